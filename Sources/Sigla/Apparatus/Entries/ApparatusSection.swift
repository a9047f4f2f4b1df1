/// One section (chapter) of the established text, as exporters print it: its text,
/// divided into paragraphs of cited sentences.
public struct ApparatusSection: Hashable, Sendable, Codable {
    public var id: SectionID
    /// The heading (`I. El mundo sin evasión posible`), if the section has one.
    public var title: String?
    /// The established text of the section, signs included (`[restored]`). Entry and
    /// sentence ranges are UTF-8 offsets in it.
    public var text: String
    public var paragraphs: [ApparatusParagraph]

    public init(id: SectionID, title: String? = nil, text: String, paragraphs: [ApparatusParagraph]) {
        self.id = id
        self.title = title
        self.text = text
        self.paragraphs = paragraphs
    }

    /// Every sentence, in order.
    public var sentences: [ApparatusSentence] { paragraphs.flatMap(\.sentences) }

    /// The text of a UTF-8 range of ``text``.
    public func text(_ range: TextRange) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.start)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}

/// A paragraph: the sentences between two blank lines.
public struct ApparatusParagraph: Hashable, Sendable, Codable {
    public var sentences: [ApparatusSentence]

    public init(sentences: [ApparatusSentence]) {
        self.sentences = sentences
    }
}

/// One sentence of the established text, with its citation and where each part of it
/// comes from (for a blame view).
public struct ApparatusSentence: Hashable, Sendable, Codable {
    /// `I.27`, `I.26a`.
    public var citation: String
    public var text: String
    /// Where the sentence is in its section's text.
    public var range: TextRange
    /// Where each stretch comes from, in order.
    public var parts: [Part]

    public init(citation: String, text: String, range: TextRange, parts: [Part] = []) {
        self.citation = citation
        self.text = text
        self.range = range
        self.parts = parts
    }

    /// A stretch of a sentence and its source.
    public struct Part: Hashable, Sendable, Codable {
        /// Where the stretch is in the section's text.
        public var range: TextRange
        /// The witness state the words come from (`TS`, `TS-ac`, `V1`), or `editor`.
        public var source: String
        /// The decision that put them there; nil for base text no decision touched.
        public var location: LocationID?

        public init(range: TextRange, source: String, location: LocationID? = nil) {
            self.range = range
            self.source = source
            self.location = location
        }
    }
}

/// A UTF-8 range in a section's established text, written `{"start": 12, "end": 40}` in
/// JSON. An empty range is a point (an insertion point, for an entry).
public struct TextRange: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }
    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
