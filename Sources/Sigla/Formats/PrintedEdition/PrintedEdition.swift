/// A printed critical edition taken apart: front matter, chapters, back matter, each with its
/// running body text and its footnotes bound to their calls; the editorial notes (`11*`)
/// bound to the text they govern; and what was repaired on the way.
///
/// Made by ``PrintedEditionImporter``; ``PrintedEditionSummary`` is its JSON form.
public struct PrintedEdition: Sendable, Hashable, Codable {
    /// The name of the file the text came from, as given to the importer.
    public var fileName: String
    /// The layout the text was read with.
    public var layout: PrintedEditionLayout
    /// Everything before the first chapter (epigraphs, preface, abbreviations).
    public var frontMatter: PrintedSection
    /// The chapters, in order.
    public var chapters: [PrintedChapter]
    /// Everything after the last chapter (appendix, chronology, afterword, bibliography);
    /// `nil` when no back-matter heading was found.
    public var backMatter: PrintedSection?
    /// Every ligature repair, in text order.
    public var repairs: [LigatureRepair]
    /// What was done with line-end hyphens.
    public var hyphenation: HyphenationCounts
    /// Every doubt and problem, in source order.
    public var diagnostics: [PrintedEditionDiagnostic]

    /// Creates an edition.
    public init(
        fileName: String, layout: PrintedEditionLayout, frontMatter: PrintedSection, chapters: [PrintedChapter],
        backMatter: PrintedSection?, repairs: [LigatureRepair], hyphenation: HyphenationCounts,
        diagnostics: [PrintedEditionDiagnostic]
    ) {
        self.fileName = fileName
        self.layout = layout
        self.frontMatter = frontMatter
        self.chapters = chapters
        self.backMatter = backMatter
        self.repairs = repairs
        self.hyphenation = hyphenation
        self.diagnostics = diagnostics
    }

    /// How many repairs of each kind were made.
    ///
    /// - Complexity: O(*r*), *r* the number of repairs.
    public var repairCounts: [LigatureRepair.Kind: Int] {
        repairs.reduce(into: [:]) { counts, repair in counts[repair.kind, default: 0] += 1 }
    }

    /// The chapter with this number, if any.
    public func chapter(_ number: Int) -> PrintedChapter? { chapters.first { $0.number == number } }

    /// The editorial notes of every chapter, with their chapter number, in order.
    public var editorialNotes: [(chapter: Int, note: PrintedNote)] {
        chapters.flatMap { chapter in chapter.content.editorialNotes.map { (chapter.number, $0) } }
    }
}
