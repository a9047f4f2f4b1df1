/// Splits a witness into tokens without losing a single byte.
///
/// Words are runs of letters and digits, with inner hyphens (`Jean-Paul`), apostrophes
/// (`d’un`) and digit separators (`1.500`) kept inside. Every other non-space character
/// is punctuation: one token per mark, or one per run of the same mark (`...`, `——`).
/// Digits glued to the end of a word (a footnote call, `vivos2`) are split off as a number.
///
/// Two options read the page as a PDF extraction left it:
/// - `joinsLineEndHyphenation`: a word broken at a line end (`con-⏎quista`) is one token,
///   hyphen and line break included, so that normalization can read it as `conquista`.
/// - `keepsLigatureDamage`: a `!` inside a word, or starting a word before a lowercase
///   letter, is a damaged `fi` ligature (`clasi!cados`, `!nlandeses`) and stays in the word.
public struct Tokenizer: Sendable {
    /// Whether a word hyphenated at a line end is read as one token.
    public var joinsLineEndHyphenation: Bool
    /// Whether `!` inside a word is kept as part of it (PDF ligature damage).
    public var keepsLigatureDamage: Bool

    /// Creates a tokenizer.
    public init(joinsLineEndHyphenation: Bool = true, keepsLigatureDamage: Bool = true) {
        self.joinsLineEndHyphenation = joinsLineEndHyphenation
        self.keepsLigatureDamage = keepsLigatureDamage
    }

    /// Creates the tokenizer that normalization `settings` call for.
    public init(settings: NormalizationSettings) {
        self.init(
            joinsLineEndHyphenation: settings.joinsLineEndHyphenation,
            keepsLigatureDamage: settings.repairsLigatures)
    }

    /// Splits `text` into tokens.
    ///
    /// - Returns: the whitespace before the first token, and the tokens, whose
    ///   `normalized` form is still the original text.
    /// - Complexity: O(*n*) in the length of `text`.
    public func tokenize(_ text: String) -> TokenizedText {
        var interner = TextInterner()
        return tokenize(text, interner: &interner).text
    }

    /// Tokenizes and gives each token the id of its text in `interner`.
    func tokenize(_ text: String, interner: inout TextInterner) -> (text: TokenizedText, textIDs: [Int32]) {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            tokenize(bytes: bytes, interner: &interner)
        } ?? (TokenizedText(tokens: []), [])
    }

    private func tokenize(
        bytes: UnsafeBufferPointer<UInt8>, interner: inout TextInterner
    ) -> (text: TokenizedText, textIDs: [Int32]) {
        CharacterClass.belowU0800.withUnsafeBufferPointer { classes in
            tokenize(bytes: bytes, classes: classes, interner: &interner)
        }
    }

    private func tokenize(
        bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<CharacterClass>, interner: inout TextInterner
    ) -> (text: TokenizedText, textIDs: [Int32]) {
        let scan = Scan(bytes: bytes, tokenizer: self, classes: classes)
        func string(_ from: Int, _ to: Int) -> String {
            // Most whitespace is one space, a line break or nothing; share those strings.
            switch to - from {
            case 0: return ""
            case 1 where bytes[from] == 0x20: return " "
            case 1 where bytes[from] == 0x0A: return "\n"
            default: return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
        }
        var position = scan.skipWhitespace(from: 0)
        let leading = string(0, position)
        var tokens: [Token] = []
        var ids: [Int32] = []
        tokens.reserveCapacity(bytes.count / 5)
        ids.reserveCapacity(bytes.count / 5)
        while position < bytes.count {
            // Most tokens are a run of Latin letters or one ASCII mark, followed by one
            // space or by nothing: those are scanned here, the rest by the general rules.
            let end: Int
            let kind: TokenKind
            if let wordEnd = scan.plainWordEnd(from: position) {
                (end, kind) = (wordEnd, .word)
            } else if let markEnd = scan.asciiMarkEnd(from: position) {
                (end, kind) = (markEnd, .punctuation)
            } else {
                let (tokenEnd, isWord, hasLetter) = scan.tokenEnd(from: position)
                (end, kind) = (tokenEnd, isWord ? (hasLetter ? .word : .number) : .punctuation)
            }
            let wsEnd = scan.whitespaceEnd(from: end)
            let id = interner.intern(
                UnsafeBufferPointer(rebasing: bytes[position..<end]), readable: bytes.count &- position)
            ids.append(id)
            let tokenText = interner.texts[Int(id)]
            tokens.append(
                Token(
                    text: tokenText, trailingWhitespace: string(end, wsEnd), normalized: tokenText, kind: kind,
                    offset: position))
            position = wsEnd
        }
        return (TokenizedText(leadingWhitespace: leading, tokens: tokens), ids)
    }
}

/// The result of tokenizing a text: the whitespace before the first token and the tokens.
public struct TokenizedText: Hashable, Sendable {
    /// Whitespace before the first token (the only text no token owns).
    public var leadingWhitespace: String
    /// The tokens in order.
    public var tokens: [Token]

    /// Creates a tokenized text.
    public init(leadingWhitespace: String = "", tokens: [Token]) {
        self.leadingWhitespace = leadingWhitespace
        self.tokens = tokens
    }

    /// The text these tokens were made from, byte for byte.
    public var text: String {
        var result = leadingWhitespace
        for token in tokens {
            result += token.text
            result += token.trailingWhitespace
        }
        return result
    }
}

/// The scanning rules of the tokenizer, over UTF-8 bytes (decoded where not ASCII).
///
/// Classes of scalars below U+0800 (ASCII and the two-byte sequences: Latin letters with
/// diacritics, Greek, Cyrillic…) come from a table, so that a word costs a lookup per
/// byte; other scalars are classified by their Unicode properties.
private struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokenizer: Tokenizer
    /// `CharacterClass.belowU0800`.
    let classes: UnsafeBufferPointer<CharacterClass>

    /// The scalar starting at `index` and its length in bytes.
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = 1
        var value: UInt32
        if lead & 0xE0 == 0xC0 {
            length = 2
            value = UInt32(lead & 0x1F)
        } else if lead & 0xF0 == 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else {
            length = 4
            value = UInt32(lead & 0x07)
        }
        length = min(length, bytes.count - index)
        for k in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", max(length, 1))
    }

    /// The class and the length in bytes of the scalar at `index` (in bounds).
    @inline(__always)
    func classAndLength(at index: Int) -> (CharacterClass, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (classes[Int(lead)], 1) }
        if lead & 0xE0 == 0xC0 && index + 1 < bytes.count {
            let value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
            if value < classes.count { return (classes[value], 2) }
        }
        let (scalar, length) = scalar(at: index)
        return (CharacterClass(scalar), length)
    }

    func cls(_ index: Int) -> CharacterClass {
        guard index >= 0 && index < bytes.count else { return .whitespace }
        return classAndLength(at: index).0
    }

    /// Start of the scalar before the one at `index`.
    func previous(_ index: Int) -> Int {
        var i = index - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    func next(_ index: Int) -> Int {
        index + (bytes[index] < 0x80 ? 1 : scalar(at: index).1)
    }

    func clsBefore(_ index: Int) -> CharacterClass { index <= 0 ? .whitespace : cls(previous(index)) }
    func clsAfter(_ index: Int) -> CharacterClass { index >= bytes.count ? .whitespace : cls(next(index)) }

    func isAlnum(_ c: CharacterClass) -> Bool { c == .letter || c == .digit }

    func isLowercaseLetter(_ index: Int) -> Bool {
        guard index < bytes.count, cls(index) == .letter else { return false }
        return Self.isLowercase(scalar(at: index).0)
    }

    /// Out of line, for the reason given at `CharacterClass.byProperties(_:)`.
    @inline(never)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isLowercase
    }

    /// Whether ASCII `byte` may go on a word after a letter (a letter, a digit, or `!`,
    /// `-`, `'`, which the general rules decide on).
    @inline(__always)
    private func mayContinueWord(_ byte: UInt8) -> Bool {
        let c = classes[Int(byte)]
        return c == .letter || c == .digit || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "'")
    }

    /// The end of the word at `start` if it is a run of letters below U+0800 (ASCII,
    /// accented Latin…) starting with an ASCII one and ended by an ASCII byte that cannot
    /// go on a word (a space, most punctuation) or by the text's end; else nil, for the
    /// general rules.
    @inline(__always)
    func plainWordEnd(from start: Int) -> Int? {
        let lead = bytes[start]
        guard lead < 0x80 && classes[Int(lead)] == .letter else { return nil }
        var i = start &+ 1
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if classes[Int(byte)] != .letter { return mayContinueWord(byte) ? nil : i }
                i &+= 1
            } else {
                // A two-byte letter (the table covers every two-byte scalar); else the general rules.
                guard byte & 0xE0 == 0xC0 && i &+ 1 < bytes.count else { return nil }
                let value = Int(byte & 0x1F) << 6 | Int(bytes[i &+ 1] & 0x3F)
                guard classes[value] == .letter else { return nil }
                i &+= 2
            }
        }
        return i
    }

    /// The end of the punctuation token at `start` if it is an ASCII mark (or a run of
    /// one), other than `!`, which may start a word; else nil.
    @inline(__always)
    func asciiMarkEnd(from start: Int) -> Int? {
        let lead = bytes[start]
        guard lead < 0x80 && classes[Int(lead)] == .other && lead != UInt8(ascii: "!") else { return nil }
        var i = start &+ 1
        while i < bytes.count && bytes[i] == lead { i &+= 1 }
        return i
    }

    /// `skipWhitespace(from:)` with the commonest cases (no space, or one space before
    /// an ASCII non-space) decided inline.
    @inline(__always)
    func whitespaceEnd(from index: Int) -> Int {
        guard index < bytes.count else { return index }
        let byte = bytes[index]
        if byte < 0x80 && classes[Int(byte)] != .whitespace { return index }
        if byte == 0x20 && index &+ 1 < bytes.count {
            let next = bytes[index &+ 1]
            if next < 0x80 && classes[Int(next)] != .whitespace { return index &+ 1 }
        }
        return skipWhitespace(from: index)
    }

    func skipWhitespace(from index: Int) -> Int {
        var i = index
        while i < bytes.count {
            let (c, length) = classAndLength(at: i)
            guard c == .whitespace else { return i }
            i += length
        }
        return i
    }

    /// A `!` that stands for a damaged `fi` ligature at the start of a word (`!nlandeses`).
    func isLigatureWordStart(_ index: Int) -> Bool {
        tokenizer.keepsLigatureDamage && bytes[index] == UInt8(ascii: "!") && isLowercaseLetter(index + 1)
            && !isAlnum(clsBefore(index))
    }

    func isWordStart(_ index: Int) -> Bool {
        isAlnum(cls(index)) || isLigatureWordStart(index)
    }

    /// End of the token starting at `start`, whether it is a word or number, and whether
    /// it has a letter.
    func tokenEnd(from start: Int) -> (end: Int, isWord: Bool, hasLetter: Bool) {
        let startClass = classAndLength(at: start).0
        guard startClass == .letter || startClass == .digit || isLigatureWordStart(start) else {
            // Punctuation: one mark, or a run of the same mark.
            let first = scalar(at: start)
            var i = start + first.1
            while i < bytes.count {
                let (s, length) = scalar(at: i)
                guard s == first.0 else { break }
                i += length
            }
            return (i, false, false)
        }
        var hasLetter = false
        var i = start
        var previousClass = CharacterClass.whitespace
        // Fast path: the run of ASCII letters that most words are, one table load a byte.
        while i < bytes.count && bytes[i] < 0x80 && classes[Int(bytes[i])] == .letter { i += 1 }
        if i > start {
            hasLetter = true
            previousClass = .letter
        }
        while i < bytes.count {
            let (c, length) = classAndLength(at: i)
            if c == .letter {
                hasLetter = true
                previousClass = c
                i += length
                continue
            }
            if c == .digit {
                previousClass = c
                i += length
                continue
            }
            switch scalar(at: i).0 {
            case "!"
            where tokenizer.keepsLigatureDamage && (i == start || previousClass == .letter)
                && clsAfter(i) == .letter:
                hasLetter = true
                previousClass = .letter
                i += 1
                continue
            case "-", "\u{2010}":
                if isAlnum(previousClass) && isAlnum(clsAfter(i)) {
                    previousClass = .other
                    i += length
                    continue
                }
                if tokenizer.joinsLineEndHyphenation, previousClass == .letter,
                    let resume = lineBreakContinuation(after: i + length)
                {
                    previousClass = .other
                    i = resume
                    continue
                }
            case "'", "\u{2019}":
                if previousClass == .letter && clsAfter(i) == .letter {
                    previousClass = .other
                    i += length
                    continue
                }
            case ".", ",":
                if previousClass == .digit && clsAfter(i) == .digit {
                    previousClass = .other
                    i += length
                    continue
                }
            default:
                break
            }
            break
        }
        // Digits glued to the end of a word are a footnote call (rare): checked only then.
        if hasLetter && bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39 {
            return (trimmingTrailingDigits(start, i, hasLetter: hasLetter), true, hasLetter)
        }
        return (i, true, hasLetter)
    }

    /// After a hyphen: spaces, one line break, spaces, then a lowercase letter.
    /// Returns the index of that letter.
    func lineBreakContinuation(after index: Int) -> Int? {
        var i = index
        func at(_ k: Int, _ byte: UInt8) -> Bool { k < bytes.count && bytes[k] == byte }
        while at(i, 0x20) || at(i, 0x09) { i += 1 }
        if at(i, 0x0D) { i += 1 }
        guard at(i, 0x0A) else { return nil }
        i += 1
        while at(i, 0x20) || at(i, 0x09) { i += 1 }
        return isLowercaseLetter(i) ? i : nil
    }

    /// Splits digits glued to the end of a word (a footnote call) off it.
    func trimmingTrailingDigits(_ start: Int, _ end: Int, hasLetter: Bool) -> Int {
        guard hasLetter else { return end }
        var i = end
        while i > start, bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39 { i -= 1 }
        if i < end, i > start, clsBefore(i) == .letter { return i }
        return end
    }
}
