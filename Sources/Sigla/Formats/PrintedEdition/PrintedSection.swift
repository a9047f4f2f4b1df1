/// A stretch of a printed edition taken apart: its running body text, its footnotes and its
/// captions, with the way back to the source lines.
///
/// Offsets into ``text`` count Unicode scalars (`text.unicodeScalars`), the unit most
/// languages index strings by (Python's `str`, for one); ``substring(from:to:)`` and
/// ``sourceLine(atOffset:)`` turn them into text and line numbers.
public struct PrintedSection: Sendable, Hashable, Codable {
    /// The source lines (1-based, inclusive) the section spans.
    public var lines: ClosedRange<Int>
    /// The body as running text: page breaks removed, line-end hyphenation and ligatures
    /// repaired, footnote calls removed; paragraphs are separated by one `"\n"`.
    public var text: String
    /// Where each page's body begins in ``text``.
    public var pageStarts: [PrintedPageStart]
    /// Where each body source line begins in ``text``, in order.
    public var lineStarts: [PrintedLineStart]
    /// The numbered footnotes, in order, each bound to its call in ``text`` when found.
    public var notes: [PrintedNote]
    /// Notes marked with the editorial marker alone (`* …`): they annotate a heading or title.
    public var headingNotes: [String]
    /// Captions of illustrations that interrupted the text.
    public var captions: [PrintedCaption]

    /// Creates a section.
    public init(
        lines: ClosedRange<Int>, text: String, pageStarts: [PrintedPageStart] = [],
        lineStarts: [PrintedLineStart] = [], notes: [PrintedNote] = [], headingNotes: [String] = [],
        captions: [PrintedCaption] = []
    ) {
        self.lines = lines
        self.text = text
        self.pageStarts = pageStarts
        self.lineStarts = lineStarts
        self.notes = notes
        self.headingNotes = headingNotes
        self.captions = captions
    }

    /// The editorial notes (those marked `11*`), in order.
    public var editorialNotes: [PrintedNote] { notes.filter(\.isEditorial) }

    /// The note with this number, if any.
    public func note(_ number: Int) -> PrintedNote? { notes.first { $0.number == number } }

    /// The source line of the body text at a scalar offset of ``text``.
    ///
    /// - Complexity: O(log *n*), *n* the number of body lines.
    public func sourceLine(atOffset offset: Int) -> Int? {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? lineStarts.first?.line : lineStarts[low - 1].line
    }

    /// The text between two scalar offsets of ``text`` (clamped to the text).
    ///
    /// - Complexity: O(*n*), *n* the length of the text.
    public func substring(from start: Int, to end: Int) -> String {
        let scalars = text.unicodeScalars
        let count = scalars.count
        let lower = min(max(0, start), count)
        let upper = min(max(lower, end), count)
        let from = scalars.index(scalars.startIndex, offsetBy: lower)
        let to = scalars.index(from, offsetBy: upper - lower)
        return String(scalars[from..<to])
    }
}

/// Where a page's body begins in a section's text.
public struct PrintedPageStart: Sendable, Hashable, Codable {
    /// The scalar offset in the section's text.
    public var offset: Int
    /// The 1-based source line of the page's first body line.
    public var line: Int
    /// The page number printed in a running head just before, when there was one.
    public var folio: Int?

    /// Creates a page start.
    public init(offset: Int, line: Int, folio: Int? = nil) {
        self.offset = offset
        self.line = line
        self.folio = folio
    }
}

/// Where a body source line begins in a section's text.
public struct PrintedLineStart: Sendable, Hashable, Codable {
    /// The scalar offset in the section's text.
    public var offset: Int
    /// The 1-based source line.
    public var line: Int

    /// Creates a line start.
    public init(offset: Int, line: Int) {
        self.offset = offset
        self.line = line
    }
}

/// The caption of an illustration that interrupted the text.
public struct PrintedCaption: Sendable, Hashable, Codable {
    /// The caption, its lines joined.
    public var text: String
    /// Its source lines (1-based, inclusive).
    public var lines: ClosedRange<Int>

    /// Creates a caption.
    public init(text: String, lines: ClosedRange<Int>) {
        self.text = text
        self.lines = lines
    }
}
