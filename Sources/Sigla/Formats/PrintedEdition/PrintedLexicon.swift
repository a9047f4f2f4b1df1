/// The words of a book, learnt from the book itself, to decide ambiguous repairs.
///
/// Only words printed whole are learnt: a word broken at a line end (`con-` / `quista`) is
/// not, nor a fragment. Three sets are kept, all in lowercase:
/// - ``clean``: words printed without any damaged character (`reflexiones` is there only if
///   the book prints it undamaged somewhere), and not as part of a hyphenated word;
/// - ``printed``: words as printed, damage included (`o!cial`), to recognise a word broken at
///   a line end by its printed form;
/// - ``compounds``: pairs printed joined by a hyphen inside a line (`social-demócratas`, but
///   also the damaged `in-uencia`), to keep a line-end hyphen that is part of the word.
struct PrintedLexicon: Sendable {
    private(set) var clean: Set<String> = []
    private(set) var printed: Set<String> = []
    private(set) var compounds: Set<String> = []
    /// The first five letters of the clean words of five letters or more.
    private(set) var stems: Set<String> = []

    init() {}

    /// Learns the words of the given lines.
    ///
    /// - Complexity: O(*n*), *n* the length of the text.
    init(lines: [SourceLine], skipping isSkipped: (Int) -> Bool, damage: DamageTable) {
        var previousBroken = false
        for (index, line) in lines.enumerated() {
            if isSkipped(index) || line.isBlank {
                previousBroken = false
                continue
            }
            let scalars = Array(line.text.unicodeScalars)
            let broken = scalars.last == "-" && !line.endsWithSpace
            var tokens: [(start: Int, end: Int)] = []
            var position = 0
            while position < scalars.count {
                let scalar = scalars[position]
                guard scalar.isWordLetter || damage.isInWordToken(scalar) else {
                    position += 1
                    continue
                }
                var end = position + 1
                while end < scalars.count, scalars[end].isWordLetter || damage.isInWordToken(scalars[end]) {
                    end += 1
                }
                tokens.append((position, end))
                position = end
            }
            for (number, token) in tokens.enumerated() {
                if number == 0, previousBroken, token.start == 0 { continue }
                if number == tokens.count - 1, broken, token.end == scalars.count - 1 { continue }
                // A part of a hyphenated word is not learnt: the hyphen may be a damaged 'fl'
                // (`in-uencia` must not teach `uencia`).
                let afterHyphen = token.start > 0 && damage[scalars[token.start - 1]]?.ordinaryUse == .hyphen
                let beforeHyphen =
                    token.end + 1 < scalars.count
                    && damage[scalars[token.end]]?.ordinaryUse == .hyphen && scalars[token.end + 1].isWordLetter
                // Nor a word stuck to a damaged digit (`Sokolo8` must not teach `sokolo`).
                let stuckToDigit =
                    (token.end < scalars.count && damage[scalars[token.end]]?.ordinaryUse == .digit)
                    || (token.start > 0 && damage[scalars[token.start - 1]]?.ordinaryUse == .digit)
                if !afterHyphen, !beforeHyphen, !stuckToDigit {
                    learn(scalars[token.start..<token.end], damage: damage)
                }
                // A compound: this token, a hyphen, and the next token, all inside the line.
                if number + 1 < tokens.count, token.end < scalars.count, scalars[token.end] == "-",
                    tokens[number + 1].start == token.end + 1,
                    !(number + 1 == tokens.count - 1 && broken && tokens[number + 1].end == scalars.count - 1)
                {
                    let pair = String(scalars: scalars[token.start..<tokens[number + 1].end])
                    compounds.insert(pair.lowercased())
                }
            }
            previousBroken = broken
        }
    }

    private mutating func learn(_ token: ArraySlice<Unicode.Scalar>, damage: DamageTable) {
        var word = token
        // A trailing `!` or `"` closes the word; it is not part of it.
        while let last = word.last, let entry = damage[last],
            entry.ordinaryUse == .closingPunctuation || entry.ordinaryUse == .quotation
        {
            word = word.dropLast()
        }
        guard !word.isEmpty else { return }
        let text = Self.lowercased(word)
        printed.insert(text)
        if !word.contains(where: damage.contains), clean.insert(text).inserted, word.count >= Self.stemLength {
            stems.insert(String(text.unicodeScalars.prefix(Self.stemLength)))
        }
    }

    /// Lowercases scalars into a string in one pass (ASCII without a table look-up).
    static func lowercased<S: Collection>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            if scalar.value < 128 {
                let value = UInt8(scalar.value)
                bytes.append(value >= 65 && value <= 90 ? value + 32 : value)
            } else if scalar.properties.isUppercase {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    UTF8.encode(lower) { bytes.append($0) }
                }
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let stemLength = 5

    /// Whether a word of the book starts like this one (its first five letters), so the word
    /// is probably a real one, inflected or derived: `autoritaire` starts like `autoritario`.
    func knowsStem(of word: String) -> Bool {
        let scalars = word.lowercased().unicodeScalars
        guard scalars.count >= Self.stemLength else { return false }
        return stems.contains(String(scalars: scalars.prefix(Self.stemLength)))
    }

    /// Whether a word (any case) was printed undamaged somewhere in the book.
    func knows(_ word: String) -> Bool { clean.contains(word.lowercased()) }

    /// Whether a word (any case, damage included) was printed whole somewhere in the book.
    func knowsPrinted(_ word: String) -> Bool { printed.contains(word.lowercased()) }

    /// Whether `first-second` was printed inside a line somewhere in the book.
    func knowsCompound(_ first: String, _ second: String) -> Bool {
        compounds.contains((first + "-" + second).lowercased())
    }
}
