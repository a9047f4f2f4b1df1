public import ArgumentParser
import Foundation
import Sigla

/// `sigla witness add`: records a witness's transcription in the edition.
struct WitnessAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a witness: copy its transcription into the edition and commit it.",
        discussion: """
            The transcription is Sigla markup (see Docs/markup.md), plain text, or TEI \
            (.xml). It is read and checked first; then it is copied, byte for byte, into \
            witnesses/SIGLUM.txt or .xml and recorded in sigla.yaml, in one commit. The \
            first witness added is the base text.
            """
    )

    @Argument(help: "The witness's siglum: a letter, then letters, digits or '_' (TS, MS, V1).")
    var siglum: String

    @Argument(help: ArgumentHelp("The transcription file.", valueName: "FILE"))
    var file: String

    @Option(help: "What the witness is, e.g. \"Typescript revised by the author\".")
    var title: String

    @Option(help: "manuscript, typescript, print, edition or other.")
    var kind: Witness.Kind = .other

    @Option(help: "The witness's date, as the editor writes it (1943, 1951-03, c. 1940).")
    var date: String?

    @Option(help: "A description: where it is kept, its state, what is reconstructed.")
    var note: String?

    @Option(help: "The transcription's format: markup, tei or plain (default: guessed from the file).")
    var format: TranscriptionFormat?

    @Flag(help: "Keep the text of TEI elements Sigla does not support, with a warning, instead of refusing the file.")
    var lenient = false

    @OptionGroup var authorship: AuthorshipOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let input = try InputFile.read(file)
        let (entry, warnings) = try edition.addWitness(
            siglum: siglum, file: input, format: format, lenient: lenient,
            description: .init(title: title, kind: kind, date: date, note: note),
            editor: try authorship.person())
        for warning in warnings { Terminal.printError(warning.description) }
        print("Added witness \(entry.siglum) (\(entry.title)) as \(entry.file)")
    }
}

extension Witness.Kind: ExpressibleByArgument {}
extension TranscriptionFormat: ExpressibleByArgument {}
