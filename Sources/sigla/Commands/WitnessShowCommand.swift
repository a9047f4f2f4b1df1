import ArgumentParser
import Sigla

/// `sigla witness show`: one witness in one of its states.
struct WitnessShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a witness: one of its states as text, or its transcription as markup, TEI or JSON.",
        discussion: """
            A witness revised by its author has states: TS-ac (before any revision), TS-pc \
            (after all, the default), TS-1, TS-2 … (after that stage). Name the state with \
            the siglum (`sigla witness show TS-ac`) or with --state.
            """
    )

    @Argument(help: ArgumentHelp("The witness, or witness state (TS, TS-ac, TS-2).", valueName: "SIGLUM[-STATE]"))
    var name: String

    @Option(help: ArgumentHelp("The state: ac, pc or a stage number.", valueName: "ac|pc|N"))
    var state: String?

    @Option(help: "text (the state's text), markup, tei or json (the whole transcription, with its events).")
    var format: ShowFormat = .text

    @OptionGroup var location: EditionLocationOptions

    enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markup, tei, json
    }

    func validate() throws {
        if let state, WitnessState(suffix: state) == nil {
            throw ValidationError("--state '\(state)' is not a state: give ac, pc or a stage number")
        }
    }

    func run() throws {
        let edition = try location.openEdition()
        var stateName = WitnessStateName(name) ?? WitnessStateName(siglum: name)
        if let state, let parsed = WitnessState(suffix: state) { stateName.state = parsed }
        let entry = try edition.witness(named: stateName.siglum)
        let transcription = try edition.transcription(of: entry)
        switch format {
        case .text:
            let text = transcription.state(stateName.state).text
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        case .markup:
            print(transcription.serialized(as: .markup), terminator: "")
        case .tei:
            print(transcription.serialized(as: .tei, witness: entry.witness))
        case .json:
            struct Shown: Encodable {
                var witness: WitnessSummary
                var states: [String]
                var transcription: Transcription
            }
            let states = transcription.distinctStates.map { WitnessStateName(siglum: entry.siglum.rawValue, state: $0).description }
            try Terminal.printJSON(
                Shown(witness: WitnessSummary(entry, base: edition.configuration.base), states: states, transcription: transcription))
        }
    }
}
