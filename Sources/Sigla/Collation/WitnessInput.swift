/// One witness handed to the collator: a siglum and its text or its tokens.
public struct WitnessInput: Hashable, Sendable {
    /// The witness's siglum (`TS`, `V1`, a file name).
    public var siglum: String
    /// What the witness reads.
    public var content: WitnessContent

    /// Creates a witness input.
    public init(siglum: String, content: WitnessContent) {
        self.siglum = siglum
        self.content = content
    }

    /// A witness given as plain text.
    public init(siglum: String, text: String) {
        self.init(siglum: siglum, content: .text(text))
    }
}

/// What a witness reads: plain text to tokenize, or tokens already made (CollateX's
/// pre-tokenized input).
public enum WitnessContent: Hashable, Sendable {
    case text(String)
    case tokens([InputToken])
}

/// A token given by the user: its text as written (trailing whitespace, if any, is kept
/// as such) and, optionally, the normalized form to match on.
public struct InputToken: Hashable, Sendable {
    /// The token as written, possibly followed by whitespace (CollateX's `t`).
    public var text: String
    /// The form to match on (CollateX's `n`); when nil, Sigla normalizes `text`.
    public var normalized: String?

    /// Creates an input token.
    public init(text: String, normalized: String? = nil) {
        self.text = text
        self.normalized = normalized
    }
}
