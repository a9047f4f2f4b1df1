/// A witness as collated: its siglum and its tokens.
public struct CollatedWitness: Hashable, Sendable {
    /// The siglum.
    public var siglum: String
    /// Whitespace before the first token.
    public var leadingWhitespace: String
    /// The tokens, whose originals give back the witness's text.
    public var tokens: [Token]

    /// Creates a collated witness.
    public init(siglum: String, leadingWhitespace: String = "", tokens: [Token]) {
        self.siglum = siglum
        self.leadingWhitespace = leadingWhitespace
        self.tokens = tokens
    }

    /// The witness's text, byte for byte.
    public var text: String {
        TokenizedText(leadingWhitespace: leadingWhitespace, tokens: tokens).text
    }
}
