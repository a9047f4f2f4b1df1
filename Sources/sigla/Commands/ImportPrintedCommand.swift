import ArgumentParser
import Foundation
import Sigla

/// `sigla import printed`: a printed critical edition, as PDF-extracted text.
struct ImportPrintedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printed",
        abstract: "Read the text of a printed critical edition: body, chapters, footnotes, editorial notes.",
        discussion: """
            FILE is text extracted from the PDF of a printed edition. Sigla repairs ligature \
            damage ('fi' printed as '!') and line-end hyphenation, finds chapters and pages, \
            separates the footnotes from the body, binds each note to its call, and binds \
            each editorial note (call with an asterisk, 11*) to the text it governs. \
            Repairs it was unsure of are listed as warnings. See Docs/import-printed.md; \
            --layout FILE gives the layout facts of another book as JSON.
            """
    )

    @Argument(help: ArgumentHelp("The PDF-extracted text of the edition.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("The book's layout facts, as JSON (see Docs/import-printed.md).", valueName: "FILE"))
    var layout: String?

    @Flag(help: "List every diagnostic, not only the count.")
    var diagnostics = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let input = try InputFile.read(file)
        var importer = PrintedEditionImporter()
        if let layout {
            do {
                importer.layout = try JSONDecoder().decode(PrintedEditionLayout.self, from: try InputFile.read(layout).data)
            } catch let error as DecodingError {
                throw ValidationError("--layout \(layout): not a layout description (\(error))")
            }
        }
        let edition = try importer.importEdition(text: input.text, fileName: file)
        if output.json {
            print(try edition.summaryJSON())
            return
        }
        let summary = PrintedEditionSummary(edition)
        for chapter in summary.chapters {
            print("\(chapter.numeral). \(chapter.title)  lines \(chapter.firstLine)–\(chapter.lastLine)  "
                + "\(chapter.noteCount) notes, \(chapter.editorialNoteCount) editorial")
        }
        let editorial = summary.chapters.reduce(0) { $0 + $1.editorialNoteCount }
        let repaired = summary.repairs.reduce(0) { $0 + $1.count }
        let unsure = summary.repairs.reduce(0) { $0 + $1.unsure }
        print("\(summary.chapters.count) chapters, \(summary.notes.count) notes (\(editorial) editorial), "
            + "\(repaired) ligature repairs (\(unsure) unsure), \(summary.hyphenation.joined) hyphenations joined, "
            + "\(summary.diagnostics.count) diagnostics")
        if diagnostics {
            for diagnostic in summary.diagnostics { Terminal.printError(diagnostic.description) }
        }
    }

}
