import ArgumentParser
import Sigla

/// `sigla fetch`: see what the co-editors did, without merging it.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download the co-editors' new decisions without merging them (sigla status lists them).")

    @Argument(help: ArgumentHelp("The remote (default: origin, or the only one).", valueName: "REMOTE"))
    var remote: String?

    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let fetched = try edition.fetch(from: remote)
        let waiting = try edition.status(remote: fetched.remote).remote
        print(
            waiting.isEmpty
                ? "\(fetched.remote)/\(fetched.branch): nothing new"
                : "\(fetched.remote)/\(fetched.branch): \(waiting.count) decision\(waiting.count == 1 ? "" : "s") to pull"
        )
        for line in DecisionListing.lines(waiting) { print(line) }
    }
}
