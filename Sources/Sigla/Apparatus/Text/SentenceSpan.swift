/// One sentence of a split text, as an exact slice of the source.
public struct SentenceSpan: Hashable, Sendable {
    /// The sentence exactly as in the source, line breaks included; it never begins or
    /// ends with white space and is never empty.
    public let text: Substring
    /// The white space between this sentence and the next (or the end of the text).
    public let trailingWhitespace: Substring
    /// Whether a paragraph break follows this sentence; always true for the last one.
    public let endsParagraph: Bool

    /// The sentence's range in the source string.
    public var range: Range<String.Index> { text.startIndex..<text.endIndex }

    /// The sentence on one line, as the established text stores it: every run of white
    /// space that holds a line break becomes a single space; all else is kept.
    ///
    /// - Complexity: O(*m*) in the length of the sentence.
    public var line: String { SentenceLine.line(text) }
}
