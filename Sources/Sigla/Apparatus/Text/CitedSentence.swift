/// A sentence of the established text together with where it stands.
public struct CitedSentence: Hashable, Sendable {
    /// Its section.
    public let section: SectionID
    /// Its number in the section (1-based, across paragraphs).
    public let number: Int
    /// Its paragraph (1-based).
    public let paragraph: Int
    /// Its number within the paragraph (1-based).
    public let numberInParagraph: Int
    /// The sentence, one line.
    public let text: String

    /// The sentence's citation, `I.42`.
    public var citation: Citation { Citation(section: section, sentence: number) }

    /// The sentence's paragraph citation, `I.p3.2`.
    public var paragraphCitation: Citation {
        Citation(section: section, reference: .paragraph(paragraph, sentence: numberInParagraph))
    }
}
