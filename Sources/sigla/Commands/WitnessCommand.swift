import ArgumentParser

/// `sigla witness`: the witnesses of an edition.
struct WitnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "witness",
        abstract: "Add, list and show the witnesses of the edition.",
        subcommands: [
            WitnessAddCommand.self, WitnessListCommand.self, WitnessShowCommand.self, WitnessCheckCommand.self,
        ]
    )
}
