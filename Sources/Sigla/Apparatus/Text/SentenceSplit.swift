/// The result of splitting a text: its sentences, in order, with the white space around
/// them, so that nothing of the source is lost.
public struct SentenceSplit: Hashable, Sendable {
    /// The text that was split.
    public let source: String
    /// White space before the first sentence (all of the source if it has no sentence).
    public let leadingWhitespace: Substring
    /// The sentences, in order.
    public let sentences: [SentenceSpan]
    /// Corrections that could not be applied, with the reason, in the order given.
    public let unappliedCorrections: [UnappliedCorrection]

    init(source: String, bounds: [RawSentence], unapplied: [UnappliedCorrection]) {
        self.source = source
        let utf8 = source.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let firstStart = bounds.first?.start ?? utf8.count
        leadingWhitespace = source[source.startIndex..<index(firstStart)]
        var sentences: [SentenceSpan] = []
        sentences.reserveCapacity(bounds.count)
        for (k, bound) in bounds.enumerated() {
            let next = k + 1 < bounds.count ? bounds[k + 1].start : utf8.count
            let start = index(bound.start)
            let end = index(bound.end)
            sentences.append(
                SentenceSpan(
                    text: source[start..<end],
                    trailingWhitespace: source[end..<index(next)],
                    endsParagraph: bound.endsParagraph
                )
            )
        }
        self.sentences = sentences
        self.unappliedCorrections = unapplied
    }

    /// The source, put back together from the leading white space and each sentence
    /// with its trailing white space; always equal to ``source``.
    ///
    /// - Complexity: O(*n*).
    public func reassembled() -> String {
        var result = String(leadingWhitespace)
        result.reserveCapacity(source.utf8.count)
        for sentence in sentences {
            result += sentence.text
            result += sentence.trailingWhitespace
        }
        return result
    }

    /// The sentences grouped into paragraphs, each sentence as one line (``SentenceSpan/line``).
    ///
    /// - Complexity: O(*n*).
    public func paragraphs() -> [EstablishedText.Paragraph] {
        var paragraphs: [EstablishedText.Paragraph] = []
        var current: [String] = []
        for sentence in sentences {
            current.append(sentence.line)
            if sentence.endsParagraph {
                paragraphs.append(EstablishedText.Paragraph(current))
                current = []
            }
        }
        if !current.isEmpty { paragraphs.append(EstablishedText.Paragraph(current)) }
        return paragraphs
    }
}
