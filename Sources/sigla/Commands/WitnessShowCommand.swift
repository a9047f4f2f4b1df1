import ArgumentParser
import Sigla

/// `sigla witness show`: one witness and its transcription.
struct WitnessShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a witness: its description and its transcription."
    )

    @Argument(help: "The witness's siglum.")
    var siglum: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let entry = try edition.witness(named: siglum)
        let text = try edition.transcriptionText(of: entry)
        if output.json {
            struct Shown: Encodable {
                var witness: WitnessSummary
                var text: String
            }
            try Terminal.printJSON(Shown(witness: WitnessSummary(entry, base: edition.configuration.base), text: text))
            return
        }
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
