/// The layout facts of a printed edition's extracted text, each one an option.
///
/// The defaults describe the seed edition (Victor Serge, *Memorias de un revolucionario*,
/// text extracted from the PDF of the printed book), measured by reading it:
///
/// - a page's first body line starts with one space (``pageStartIndent``);
/// - the body and the footnotes of a page are separated by a blank line, and footnote lines,
///   set in a smaller type, are longer than body lines (``noteLineMinimumLength``);
/// - footnotes are numbered, and the numbering restarts in each chapter
///   (``notesRestartPerChapter``); a note that does not fit on its page continues at the top
///   of the next page's notes without a number (``notesContinueWithoutNumber``);
/// - an editorial note carries a marker after its number, `11*` (``editorialMarker``); an
///   unnumbered note starting with the marker alone annotates a heading;
/// - a chapter heading (its roman numeral on a line, its title in capitals on the next) comes
///   out after the body and notes of the chapter's first page, not before them
///   (``headingsFollowFirstPage``);
/// - photo captions interrupt the text after a run of blank lines (``captionBlankLines``);
/// - a few pages keep a running head, `82 | Memorias de un revolucionario`
///   (``runningHeadSeparator``);
/// - the back matter starts at a heading such as `Apéndice` (``backMatterHeadings``);
/// - ligatures were damaged by the extraction (``ligatureDamage``).
public struct PrintedEditionLayout: Sendable, Hashable {
    /// Whether footnote numbering starts again at 1 in each chapter.
    public var notesRestartPerChapter: Bool
    /// What a page's first body line starts with (one space); empty when pages are not marked.
    public var pageStartIndent: String
    /// A block after the body with a line at least this many characters long is footnotes.
    public var noteLineMinimumLength: Int
    /// Whether a chapter heading is printed after the body and notes of its first page.
    public var headingsFollowFirstPage: Bool
    /// Whether a footnote may continue on the next page without a number.
    public var notesContinueWithoutNumber: Bool
    /// After this many blank lines, text that is neither body nor notes is a caption; `nil`
    /// when the edition has no captions.
    public var captionBlankLines: Int?
    /// The marker of an editorial note, after its number (`11*`) or alone before a heading note.
    public var editorialMarker: String
    /// The separator of a running head between a page number and a title; `nil` for none.
    public var runningHeadSeparator: String?
    /// Headings (compared without case) that start the back matter after the last chapter.
    public var backMatterHeadings: [String]
    /// The ligature damage of the extraction.
    public var ligatureDamage: [LigatureDamage]

    /// Creates a layout; every argument defaults to the seed edition's value.
    public init(
        notesRestartPerChapter: Bool = true,
        pageStartIndent: String = " ",
        noteLineMinimumLength: Int = 81,
        headingsFollowFirstPage: Bool = true,
        notesContinueWithoutNumber: Bool = true,
        captionBlankLines: Int? = 3,
        editorialMarker: String = "*",
        runningHeadSeparator: String? = " | ",
        backMatterHeadings: [String] = ["Apéndice"],
        ligatureDamage: [LigatureDamage] = LigatureDamage.pdfDefaults
    ) {
        self.notesRestartPerChapter = notesRestartPerChapter
        self.pageStartIndent = pageStartIndent
        self.noteLineMinimumLength = noteLineMinimumLength
        self.headingsFollowFirstPage = headingsFollowFirstPage
        self.notesContinueWithoutNumber = notesContinueWithoutNumber
        self.captionBlankLines = captionBlankLines
        self.editorialMarker = editorialMarker
        self.runningHeadSeparator = runningHeadSeparator
        self.backMatterHeadings = backMatterHeadings
        self.ligatureDamage = ligatureDamage
    }

    /// The layout of the seed edition (the defaults).
    public static let memorias = PrintedEditionLayout()
}
