/// Finds sentences of an established text by citation or by a phrase they contain.
///
/// Built once for a text (O(*n*)), it answers a citation in O(log *p*) and a phrase
/// search in O(*n* + *m*).
public struct CitationIndex: Sendable {
    /// The indexed text.
    public let text: EstablishedText
    private let sectionPositions: [SectionID: Int]
    /// For each section, each sentence folded for phrase search (``PhraseFolder``).
    private let folded: [[[UInt8]]]

    /// Indexes `text`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ text: EstablishedText) {
        self.text = text
        var positions: [SectionID: Int] = [:]
        for (k, section) in text.sections.enumerated() { positions[section.id] = k }
        self.sectionPositions = positions
        var folder = PhraseFolder()
        self.folded = text.sections.map { section in
            section.paragraphs.flatMap { $0.sentences.map { folder.fold($0) } }
        }
    }

    /// The sentences `citation` names, in order (one, or several for a range).
    ///
    /// - Throws: ``CitationError`` if the section or a sentence does not exist.
    /// - Complexity: O(log *p* + *r*) for *p* paragraphs and *r* sentences returned.
    public func sentences(at citation: Citation) throws(CitationError) -> [CitedSentence] {
        guard let k = sectionPositions[citation.section] else {
            throw .unknownSection(citation.section, known: text.sections.map(\.id))
        }
        let section = text.sections[k]
        switch citation.reference {
        case .sentence(let n):
            guard let sentence = cited(section, n) else {
                throw .noSuchSentence(citation, sentenceCount: section.sentenceCount)
            }
            return [sentence]
        case .sentences(let range):
            guard range.upperBound <= section.sentenceCount else {
                throw .noSuchSentence(citation, sentenceCount: section.sentenceCount)
            }
            return range.compactMap { cited(section, $0) }
        case .paragraph(let p, let s):
            guard section.paragraphs.indices.contains(p - 1) else {
                throw .noSuchParagraph(citation, paragraphCount: section.paragraphs.count)
            }
            guard let n = section.sentenceNumber(paragraph: p, sentence: s), let sentence = cited(section, n) else {
                throw .noSuchSentenceInParagraph(citation, sentenceCount: section.paragraphs[p - 1].sentences.count)
            }
            return [sentence]
        }
    }

    /// The one sentence `citation` names; a range names its first sentence.
    ///
    /// - Throws: ``CitationError`` if the section or the sentence does not exist.
    public func sentence(at citation: Citation) throws(CitationError) -> CitedSentence {
        guard let first = try sentences(at: citation).first else {
            throw .noSuchSentence(citation, sentenceCount: 0)
        }
        return first
    }

    /// Every sentence that contains `phrase`, in text order, ignoring case, accents and
    /// differences of white space (case, accents, ligatures and typographic quotes folded). Empty if the phrase is blank.
    ///
    /// The caller decides what several matches mean (for `sigla blame "…"`: list them
    /// and ask for a longer phrase or a citation).
    ///
    /// - Complexity: O(*n* + *m*) for a text of length *n* and a phrase of length *m*.
    public func sentences(containing phrase: String) -> [CitedSentence] {
        var folder = PhraseFolder()
        let pattern = folder.fold(phrase)
        guard !pattern.isEmpty else { return [] }
        let search = SubstringSearch(pattern)
        var result: [CitedSentence] = []
        for (k, section) in text.sections.enumerated() {
            for (i, sentence) in folded[k].enumerated() where search.occurs(in: sentence) {
                if let cited = cited(section, i + 1) { result.append(cited) }
            }
        }
        return result
    }

    private func cited(_ section: EstablishedText.Section, _ number: Int) -> CitedSentence? {
        guard let (p, s) = section.position(ofSentence: number) else { return nil }
        return CitedSentence(
            section: section.id,
            number: number,
            paragraph: p,
            numberInParagraph: s,
            text: section.paragraphs[p - 1].sentences[s - 1]
        )
    }
}

/// A citation that names no sentence of the text.
public enum CitationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The section does not exist; `known` lists those that do.
    case unknownSection(SectionID, known: [SectionID])
    /// The sentence number (or a range's end) is past the section's last sentence.
    case noSuchSentence(Citation, sentenceCount: Int)
    /// The paragraph number is past the section's last paragraph.
    case noSuchParagraph(Citation, paragraphCount: Int)
    /// The sentence number is past the paragraph's last sentence.
    case noSuchSentenceInParagraph(Citation, sentenceCount: Int)

    public var description: String {
        switch self {
        case .unknownSection(let id, let known):
            let list =
                known.isEmpty ? "the text has no section" : "sections: " + known.map(\.rawValue).joined(separator: ", ")
            return "there is no section «\(id)» (\(list))"
        case .noSuchSentence(let citation, let count):
            return "\(citation): section \(citation.section) has \(count) sentence\(count == 1 ? "" : "s")"
        case .noSuchParagraph(let citation, let count):
            return "\(citation): section \(citation.section) has \(count) paragraph\(count == 1 ? "" : "s")"
        case .noSuchSentenceInParagraph(let citation, let count):
            return "\(citation): that paragraph has \(count) sentence\(count == 1 ? "" : "s")"
        }
    }
}
