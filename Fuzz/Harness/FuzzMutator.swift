/// Seeded mutations of real inputs, for fuzzing where libFuzzer is not at hand (the test
/// suite, any platform): bit flips, byte and token insertions, deletions, duplications,
/// splices with another input, deep nesting, encoding damage.
///
/// The same seed and inputs give the same mutants on every machine.
public struct FuzzMutator: Sendable {
    /// Tokens that mean something to the parser (openers, closers, keys, entity syntax).
    public var dictionary: [[UInt8]]

    public init(dictionary: [String]) {
        self.dictionary = dictionary.map { Array($0.utf8) }
    }

    /// The dictionary for a target's parser.
    public init(for target: FuzzTarget) {
        self.init(dictionary: FuzzDictionary.tokens(for: target))
    }

    /// One mutant of `input`: one to four mutations, `others` supplying splices.
    ///
    /// - Complexity: O(*n*) in the length of the input (a nesting mutation adds up to a
    ///   few thousand tokens).
    public func mutate(
        _ input: [UInt8], splicingFrom others: [[UInt8]], using random: inout some RandomNumberGenerator
    ) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            mutateOnce(&bytes, others: others, random: &random)
        }
        return bytes
    }

    private func mutateOnce(_ bytes: inout [UInt8], others: [[UInt8]], random: inout some RandomNumberGenerator) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<14, using: &random) {
        case 0 where !bytes.isEmpty:  // flip a bit
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1 where !bytes.isEmpty:  // replace a byte
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        case 2:  // insert a byte, ASCII punctuation mostly
            let byte =
                Bool.random(using: &random)
                ? UInt8.random(in: 0x20...0x7E, using: &random) : UInt8.random(in: 0...255, using: &random)
            bytes.insert(byte, at: position)
        case 3, 4, 5:  // insert a parser token
            if let token = dictionary.randomElement(using: &random) { bytes.insert(contentsOf: token, at: position) }
        case 6 where !bytes.isEmpty:  // delete a stretch
            let length = Int.random(
                in: 1...max(1, min(64, bytes.count - min(position, bytes.count - 1))), using: &random)
            let start = min(position, bytes.count - 1)
            bytes.removeSubrange(start..<min(bytes.count, start + length))
        case 7 where !bytes.isEmpty:  // duplicate a stretch
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...128, using: &random))
            bytes.insert(contentsOf: bytes[start..<end], at: position)
        case 8:  // splice: this input's head, another's tail
            if let other = others.randomElement(using: &random), !other.isEmpty {
                let cut = Int.random(in: 0...other.count, using: &random)
                bytes = Array(bytes[..<min(position, bytes.count)]) + other[cut...]
            }
        case 9 where !bytes.isEmpty:  // truncate
            bytes.removeSubrange(min(position, bytes.count)...)
        case 10:  // deep nesting or a long run of one token
            if let token = dictionary.randomElement(using: &random) {
                let count = [16, 300, 3_000][Int.random(in: 0..<3, using: &random)]
                bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: count).joined()), at: position)
            }
        case 11:  // encoding damage: a BOM, a stray continuation byte, a NUL, a CR
            let damage: [[UInt8]] = [
                [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x80], [0xC3], [0x00], [0x0D], [0xF4, 0x90, 0x80, 0x80],
            ]
            bytes.insert(contentsOf: damage[Int.random(in: 0..<damage.count, using: &random)], at: position)
        case 12 where !bytes.isEmpty:  // swap two bytes
            let a = Int.random(in: 0..<bytes.count, using: &random)
            let b = Int.random(in: 0..<bytes.count, using: &random)
            bytes.swapAt(a, b)
        default:  // a digit run: numbers where numbers are read
            let digits = ["0", "-1", "9999999999999999999999", "2147483648", "1e308", "0x10"]
            bytes.insert(contentsOf: Array(digits[Int.random(in: 0..<digits.count, using: &random)].utf8), at: position)
        }
    }
}
