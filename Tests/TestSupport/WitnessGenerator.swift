/// Derives a variant witness from a text by applying known edits at random (with a fixed
/// seed), and records each edit, so that a collation can be scored against the truth.
///
/// The text is read as whitespace-separated units; edits touch only units that are
/// plain words (letters only), and are kept at least `separation` units apart so that
/// each stays a distinct variant location.
public struct WitnessGenerator {
    /// The kinds of edit the generator applies.
    public enum EditKind: String, CaseIterable, Sendable {
        /// A word replaced by another word of the text.
        case substitution
        /// One to three words dropped.
        case omission
        /// One or two words inserted.
        case addition
        /// Two or three words moved two to six units further on.
        case transposition
        /// An accent dropped or a word capitalized: a formal variant.
        case spelling
    }

    /// One applied edit.
    public struct Edit: Hashable, Sendable {
        /// The kind of edit.
        public var kind: EditKind
        /// UTF-8 byte range in the original text that the edit touches: the word(s)
        /// replaced or dropped, the insertion point (empty) for an addition, and, for a
        /// transposition, the moved block together with the units it moved over.
        public var originalRange: Range<Int>
        /// UTF-8 byte range of the result in the derived text.
        public var derivedRange: Range<Int>
    }

    /// The derived witness and its edits, in text order.
    public struct Output: Sendable {
        public var text: String
        public var edits: [Edit]
    }

    /// Probability that an edit starts at an eligible unit.
    public var rate: Double
    /// Kinds applied, chosen uniformly.
    public var kinds: [EditKind]
    /// Least number of untouched units between two edits.
    public var separation: Int
    private var random: SeededRandomNumberGenerator

    /// Creates a generator.
    public init(seed: UInt64, rate: Double = 0.02, kinds: [EditKind] = EditKind.allCases, separation: Int = 4) {
        self.random = SeededRandomNumberGenerator(seed: seed)
        self.rate = rate
        self.kinds = kinds
        self.separation = separation
    }

    private struct Unit {
        var word: String
        var space: String
        var start: Int
        var isPlainWord: Bool { word.count >= 2 && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
    }

    /// Applies edits to `text`.
    public mutating func derive(from text: String) -> Output {
        let units = Self.units(text)
        let vocabulary = Array(Set(units.filter { $0.isPlainWord && $0.word.count >= 3 }.map { $0.word.lowercased() }))
            .sorted()
        var out = ""
        var outBytes = 0
        var edits: [Edit] = []
        var quiet = separation
        func emit(_ s: String) {
            out += s
            outBytes += s.utf8.count
        }
        var i = 0
        if let first = units.first { emit(String(text.utf8.prefix(first.start))!) }
        while i < units.count {
            let unit = units[i]
            let end = unit.start + unit.word.utf8.count
            guard quiet >= separation, unit.isPlainWord, !vocabulary.isEmpty,
                Double.random(in: 0..<1, using: &random) < rate
            else {
                emit(unit.word + unit.space)
                quiet += 1
                i += 1
                continue
            }
            let kind = kinds.randomElement(using: &random)!
            let before = outBytes
            switch kind {
            case .substitution:
                var replacement = unit.word
                while Self.fold(replacement) == Self.fold(unit.word) || replacement.count < 3 {
                    replacement = vocabulary.randomElement(using: &random)!
                }
                emit(replacement)
                edits.append(Edit(kind: kind, originalRange: unit.start..<end, derivedRange: before..<outBytes))
                emit(unit.space)
                i += 1
            case .omission:
                var k = 1
                let wanted = Int.random(in: 1...3, using: &random)
                while k < wanted && i + k < units.count && units[i + k].isPlainWord { k += 1 }
                let last = units[i + k - 1]
                edits.append(
                    Edit(
                        kind: kind, originalRange: unit.start..<(last.start + last.word.utf8.count),
                        derivedRange: before..<before))
                i += k
            case .addition:
                let words = (0..<Int.random(in: 1...2, using: &random)).map { _ in
                    vocabulary.randomElement(using: &random)!
                }
                emit(words.joined(separator: " "))
                edits.append(Edit(kind: kind, originalRange: unit.start..<unit.start, derivedRange: before..<outBytes))
                emit(" ")
                emit(unit.word + unit.space)
                i += 1
            case .transposition:
                let k = Int.random(in: 2...3, using: &random)
                let d = Int.random(in: 2...6, using: &random)
                guard i + k + d <= units.count,
                    units[i..<(i + k + d)].allSatisfy({ $0.isPlainWord && !$0.space.contains("\n") })
                else {
                    emit(unit.word + unit.space)
                    i += 1
                    continue
                }
                let block = units[i..<(i + k)]
                let skipped = units[(i + k)..<(i + k + d)]
                let lastUnit = units[i + k + d - 1]
                let moved = Array(skipped) + Array(block)
                // Words move; the whitespace pattern stays where it was.
                let spaces = units[i..<(i + k + d)].map(\.space)
                for (m, u) in moved.enumerated() { emit(u.word + (m < moved.count - 1 ? spaces[m] : "")) }
                edits.append(
                    Edit(
                        kind: kind, originalRange: unit.start..<(lastUnit.start + lastUnit.word.utf8.count),
                        derivedRange: before..<outBytes))
                emit(spaces[spaces.count - 1])
                i += k + d
            case .spelling:
                let respelled = Self.respell(unit.word)
                emit(respelled)
                edits.append(Edit(kind: kind, originalRange: unit.start..<end, derivedRange: before..<outBytes))
                emit(unit.space)
                i += 1
            }
            quiet = 0
        }
        return Output(text: out, edits: edits)
    }

    /// Drops the first accent, or else toggles the case of the first letter.
    static func respell(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        let plain: [Unicode.Scalar: Unicode.Scalar] = [
            "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U",
        ]
        if let index = scalars.firstIndex(where: { plain[$0] != nil }) {
            scalars[index] = plain[scalars[index]]!
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars)
            return String(result)
        }
        let first = String(word.prefix(1))
        let toggled = first == first.lowercased() ? first.uppercased() : first.lowercased()
        return toggled + word.dropFirst()
    }

    static func fold(_ word: String) -> String {
        word.lowercased().unicodeScalars.filter { !$0.properties.isDiacritic && $0.properties.isAlphabetic }
            .map(String.init).joined()
    }

    private static func units(_ text: String) -> [Unit] {
        var units: [Unit] = []
        var word = ""
        var space = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            if scalar.properties.isWhitespace {
                space.unicodeScalars.append(scalar)
            } else {
                if !space.isEmpty && !word.isEmpty {
                    units.append(Unit(word: word, space: space, start: start))
                    word = ""
                    space = ""
                }
                if word.isEmpty {
                    start = offset
                    space = ""  // leading whitespace is not a unit's
                }
                word.unicodeScalars.append(scalar)
            }
            offset += width
        }
        if !word.isEmpty { units.append(Unit(word: word, space: space, start: start)) }
        return units
    }
}
