/// A chapter of a printed edition: its heading and its content.
public struct PrintedChapter: Sendable, Hashable, Codable {
    /// The chapter's number (1 for the heading `I`).
    public var number: Int
    /// The roman numeral as printed, `IV`.
    public var numeral: String
    /// The title as printed (in capitals), without its note marker and its period.
    public var title: String
    /// The years of the title, `(1920-1921)`, when printed.
    public var period: String?
    /// The 1-based source line of the numeral.
    public var headingLine: Int
    /// The body, notes and captions; its ``PrintedSection/lines`` are the chapter's lines.
    public var content: PrintedSection

    /// Creates a chapter.
    public init(
        number: Int, numeral: String, title: String, period: String? = nil, headingLine: Int,
        content: PrintedSection
    ) {
        self.number = number
        self.numeral = numeral
        self.title = title
        self.period = period
        self.headingLine = headingLine
        self.content = content
    }

    /// The chapter's source lines (1-based, inclusive), heading and first page included.
    public var lines: ClosedRange<Int> { content.lines }
}
