/// A minimal witness generator for the benchmarks (which cannot depend on the test-support
/// target): substitutes, drops, adds and moves words at a fixed rate with a fixed seed.
public struct VariantMaker {
    private var state: UInt64
    public var rate: Double

    public init(seed: UInt64, rate: Double) {
        state = seed
        self.rate = rate
    }

    private mutating func next() -> UInt64 {  // SplitMix64
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    private mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    public mutating func derive(from text: String) -> String {
        // Units: a run of non-space characters with the spaces after it.
        var units: [(word: Substring, space: Substring)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let wordEnd = text[index...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            let spaceEnd = text[wordEnd...].firstIndex(where: { !$0.isWhitespace }) ?? text.endIndex
            units.append((text[index..<wordEnd], text[wordEnd..<spaceEnd]))
            index = spaceEnd
        }
        let vocabulary = units.prefix(5_000).map(\.word).filter { $0.count > 3 && $0.allSatisfy(\.isLetter) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 1024)
        var i = 0
        while i < units.count {
            let unit = units[i]
            guard uniform() < rate, !vocabulary.isEmpty else {
                out += unit.word
                out += unit.space
                i += 1
                continue
            }
            switch below(4) {
            case 0:  // substitution
                out += vocabulary[below(vocabulary.count)]
                out += unit.space
                i += 1
            case 1:  // omission
                i += 1 + below(2)
            case 2:  // addition
                out += vocabulary[below(vocabulary.count)]
                out += " "
                out += unit.word
                out += unit.space
                i += 1
            default:  // transposition of two words over the next three
                if i + 5 <= units.count {
                    for u in [2, 3, 4, 0, 1] {
                        out += units[i + u].word
                        out += units[i + u].space
                    }
                    i += 5
                } else {
                    out += unit.word
                    out += unit.space
                    i += 1
                }
            }
        }
        return out
    }
}
