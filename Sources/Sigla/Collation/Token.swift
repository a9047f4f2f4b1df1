/// The smallest unit of collation: a word, a number or a punctuation mark of one witness.
///
/// A token keeps everything needed to give the witness back byte for byte: its original
/// `text` and the `trailingWhitespace` that follows it. Concatenating
/// `text + trailingWhitespace` over a witness's tokens, after the witness's leading
/// whitespace, yields the witness exactly. Matching uses `normalized` only; output
/// always shows the original.
public struct Token: Hashable, Sendable {
    /// The token as written in the witness (for a word broken at a line end, the
    /// hyphen and line break are part of it: `con-\nquista`).
    public var text: String
    /// The whitespace that follows the token up to the next one (may be empty).
    public var trailingWhitespace: String
    /// The form used for matching, after the normalization pipeline. Empty for a
    /// token that matching ignores (punctuation when punctuation is ignored).
    public var normalized: String
    /// What the token is.
    public var kind: TokenKind
    /// Offset of `text` in the witness, in UTF-8 bytes.
    public var offset: Int

    /// Creates a token.
    public init(
        text: String, trailingWhitespace: String = "", normalized: String? = nil, kind: TokenKind? = nil,
        offset: Int = 0
    ) {
        self.text = text
        self.trailingWhitespace = trailingWhitespace
        self.normalized = normalized ?? text
        self.kind = kind ?? TokenKind.classify(text)
        self.offset = offset
    }

    /// The token as it appears in the witness, with its trailing whitespace.
    public var original: String { text + trailingWhitespace }
}

/// The kind of a token, which decides what it may be paired with in a substitution.
public enum TokenKind: String, Hashable, Sendable, Codable {
    /// A word: a run of letters (and digits), possibly with inner hyphens or apostrophes.
    case word
    /// A number: digits, possibly with inner separators (`1905-1945`, `3,5`).
    case number
    /// A punctuation mark or symbol (`,`, `«`, `—`, `…`, `¿`, `*`), or a run of one repeated mark.
    case punctuation

    /// Whether the token carries content (a word or a number), as opposed to punctuation.
    public var isContent: Bool { self != .punctuation }

    /// Classifies free text the way the tokenizer would classify a whole token.
    static func classify(_ text: String) -> TokenKind {
        var sawDigit = false
        for scalar in text.unicodeScalars {
            switch CharacterClass(scalar) {
            case .letter: return .word
            case .digit: sawDigit = true
            default: break
            }
        }
        return sawDigit ? .number : .punctuation
    }
}
