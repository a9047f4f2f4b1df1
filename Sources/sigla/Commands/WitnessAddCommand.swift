public import ArgumentParser
import Foundation
import Sigla

/// `sigla witness add`: records a witness's transcription in the edition.
struct WitnessAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a witness: copy its transcription into the edition and commit it.",
        discussion: """
            The transcription is Sigla markup or plain text (.txt, .md, …) or TEI (.xml). \
            It is copied into witnesses/SIGLUM.txt or .xml and recorded in sigla.yaml. The \
            first witness added is the base text until `sigla base` chooses another.
            """
    )

    @Argument(help: "The witness's siglum: a letter, then letters, digits or '_' (TS, MS, V1).")
    var siglum: String

    @Argument(help: ArgumentHelp("The transcription file.", valueName: "FILE"))
    var file: String

    @Option(help: "What the witness is, e.g. \"Typescript revised by the author\".")
    var title: String

    @Option(help: "manuscript, typescript, print, edition or other.")
    var kind: EditionConfiguration.WitnessEntry.Kind = .other

    @Option(help: "The witness's date, as the editor writes it (1943, 1951-03, c. 1940).")
    var date: String?

    @Option(help: "A description: where it is kept, its state, what is reconstructed.")
    var note: String?

    @Option(help: "The transcription's format: markup or tei (default: from the file's extension).")
    var format: EditionConfiguration.TranscriptionFileFormat?

    @OptionGroup var authorship: AuthorshipOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let input: InputFile
        do {
            input = try InputFile(path: file)
        } catch {
            throw EditionError.inputFile(error)
        }
        let entry = try edition.addWitness(
            siglum: siglum, file: input, format: format ?? Self.format(ofFile: file),
            description: .init(title: title, kind: kind, date: date, note: note),
            editor: try authorship.person())
        print("Added witness \(entry.siglum) (\(entry.title)) as \(entry.file)")
    }

    /// TEI for `.xml` and `.tei` files, Sigla markup for anything else.
    static func format(ofFile path: String) -> EditionConfiguration.TranscriptionFileFormat {
        ["xml", "tei"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()) ? .tei : .markup
    }
}

extension EditionConfiguration.WitnessEntry.Kind: ExpressibleByArgument {}
extension EditionConfiguration.TranscriptionFileFormat: ExpressibleByArgument {}
