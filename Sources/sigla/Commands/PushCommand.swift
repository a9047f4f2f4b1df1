import ArgumentParser
import Sigla

/// `sigla push`: share your decisions.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send your decisions to the remote.",
        discussion: """
            Refused, with nothing sent, when the remote has decisions you do not have yet: \
            run sigla pull, then push again.
            """
    )

    @Argument(help: ArgumentHelp("The remote (default: origin, or the only one).", valueName: "REMOTE"))
    var remote: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let result = try location.openEdition().push(to: remote)
        if output.json {
            try Terminal.printJSON(result)
            return
        }
        if result.upToDate {
            print("\(result.remote)/\(result.branch) is up to date")
            return
        }
        let count = result.decisions.count
        print(
            "Pushed \(count) decision\(count == 1 ? "" : "s") to \(result.remote)/\(result.branch) "
                + "(\(result.old.map { String($0.prefix(7)) + ".." } ?? "new branch at ")\(result.new.prefix(7)))")
        for line in DecisionListing.lines(result.decisions) { print(line) }
    }
}
