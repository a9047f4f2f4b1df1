/// Imports the extracted text of a printed critical edition: takes it apart into front
/// matter, chapters and back matter; each into running body text and footnotes; binds every
/// note to its call and every editorial note to the text it governs; repairs line-end
/// hyphenation and ligature damage; and reports every doubt as a diagnostic.
///
/// The importer does no I/O: give it the text and the name of the file it came from.
///
/// ```swift
/// let edition = try PrintedEditionImporter().importEdition(text: text, fileName: "memorias.txt")
/// for (chapter, note) in edition.editorialNotes {
///     print(chapter, note.number, note.governed?.text ?? "")
/// }
/// ```
///
/// How it works, in passes over the text (see `Docs/import-printed.md`):
/// 1. split into lines and find the chapter headings (numeral, title in capitals) and the
///    back-matter heading; a heading printed after its first page opens the section at the
///    start of that page;
/// 2. read the pages: sort every line into body, footnotes (joined across pages), heading
///    notes and captions;
/// 3. learn the book's words (the lexicon) from the lines printed whole;
/// 4. per section, join the body lines (repairing line-end hyphens), find the calls, repair
///    the ligatures word by word, bind the notes, find the spans of the editorial notes.
public struct PrintedEditionImporter: Sendable {
    /// The layout facts of the edition.
    public var layout: PrintedEditionLayout

    /// Creates an importer for a layout (by default, the seed edition's).
    public init(layout: PrintedEditionLayout = .memorias) {
        self.layout = layout
    }

    /// Imports the extracted text of a printed edition.
    ///
    /// - Parameters:
    ///   - text: The whole extracted text.
    ///   - fileName: The name of the file it came from, for diagnostics.
    /// - Returns: The edition taken apart, with its repairs and diagnostics.
    /// - Throws: ``PrintedEditionImportError/noChapterHeadings(file:)`` when no chapter heading
    ///   is found.
    /// - Complexity: O(*n*), *n* the length of the text.
    public func importEdition(text: String, fileName: String) throws(PrintedEditionImportError) -> PrintedEdition {
        let lines = SourceLine.lines(of: text, pageIndent: layout.pageStartIndent)
        var diagnostics: [PrintedEditionDiagnostic] = []
        let headings = PrintedHeading.find(in: lines, layout: layout, fileName: fileName, diagnostics: &diagnostics)
        guard headings.contains(where: { if case .chapter = $0.kind { true } else { false } }) else {
            throw .noChapterHeadings(file: fileName)
        }
        var reader = PrintedPageReader(lines: lines, layout: layout, fileName: fileName, headings: headings)
        reader.read()
        diagnostics += reader.diagnostics
        let damage = DamageTable(layout.ligatureDamage)
        let lexicon = PrintedLexicon(lines: lines, skipping: reader.isSkipped, damage: damage)
        let builder = PrintedSectionBuilder(
            fileName: fileName, joiner: LineJoiner(lexicon: lexicon, damage: damage),
            repairer: LigatureRepairer(damage: damage, lexicon: lexicon),
            locator: CallLocator(marker: layout.editorialMarker.unicodeScalars.first, damage: damage))

        var findings = PrintedSectionBuilder.Findings()
        var frontMatter = PrintedSection(lines: 1...1, text: "")
        var chapters: [PrintedChapter] = []
        var backMatter: PrintedSection?
        for raw in reader.sections {
            let range = (raw.range.lowerBound + 1)...max(raw.range.lowerBound + 1, raw.range.upperBound)
            let section = builder.build(raw, lines: range, findings: &findings)
            switch raw.kind {
            case .frontMatter:
                frontMatter = section
            case .backMatter:
                backMatter = section
            case .chapter(let headingIndex):
                let heading = headings[headingIndex]
                guard case .chapter(let number, let numeral, let title, let period) = heading.kind else { continue }
                chapters.append(
                    PrintedChapter(
                        number: number, numeral: numeral, title: title, period: period,
                        headingLine: heading.firstIndex + 1, content: section))
            }
        }
        diagnostics += findings.diagnostics
        diagnostics.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return PrintedEdition(
            fileName: fileName, layout: layout, frontMatter: frontMatter, chapters: chapters, backMatter: backMatter,
            repairs: findings.repairs.sorted { $0.line < $1.line }, hyphenation: findings.hyphenation,
            diagnostics: diagnostics)
    }
}
