import ArgumentParser
import Foundation
import Sigla

/// `sigla pull`: bring in the co-editors' decisions.
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Fetch the co-editors' decisions and merge them with yours.",
        discussion: """
            Decisions at different places merge into one merge commit; each keeps its own \
            commit, editor, date and justification, and the established text is written \
            again from all of them. A place you and a co-editor decided differently is an \
            editorial conflict: nothing is merged, your edition stays as it was, and \
            sigla conflicts shows both readings. Resolve each with sigla decide LOC … \
            --because "…"; the merge is made when the last one is resolved. \
            sigla pull --abort drops the waiting pull. Exit status 1 when conflicts stop the pull.
            """
    )

    @Argument(help: ArgumentHelp("The remote (default: origin, or the only one).", valueName: "REMOTE"))
    var remote: String?

    @Flag(help: "Drop a pull that waits for conflicts to be resolved.")
    var abort = false

    @Option(help: "When the merge is made: 2018-09-15 or 2018-09-15T10:30:00+02:00 (default: now).")
    var date: String?

    @OptionGroup var authorship: AuthorshipOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func validate() throws {
        if let date, Timestamp(parsing: date) == nil {
            throw ValidationError("--date '\(date)' is not a date: write it as 2018-09-15 or 2018-09-15T10:30:00+02:00")
        }
    }

    func run() throws {
        let edition = try location.openEdition()
        if abort {
            let label = try edition.abortPull()
            print("Dropped the pull from \(label); the edition is as it was")
            return
        }
        let outcome = try edition.pull(
            from: remote, editor: try authorship.person(), date: date.flatMap(Timestamp.init(parsing:)) ?? .now())
        if output.json {
            try Terminal.printJSON(outcome)
            if outcome.kind == .conflicts { throw ExitCode.failure }
            return
        }
        let count = outcome.decisions.count
        let decisions = "\(count) decision\(count == 1 ? "" : "s")"
        switch outcome.kind {
        case .upToDate:
            print("Already up to date with \(outcome.label)")
        case .fastForward:
            print("Fast-forward to \(outcome.label) (\(outcome.commit?.prefix(7) ?? "")): \(decisions)")
            for line in DecisionListing.lines(outcome.decisions) { print(line) }
        case .merged:
            print("Merged \(decisions) from \(outcome.label) in \(outcome.commit?.prefix(7) ?? "")")
            for line in DecisionListing.lines(outcome.decisions) { print(line) }
        case .conflicts:
            let places = outcome.conflicts.map(\.location)
            print(
                "Editorial conflict\(places.count == 1 ? "" : "s") with \(outcome.label) at \(places.joined(separator: ", ")): "
                    + "both sides decided \(places.count == 1 ? "this place" : "these places") differently.")
            print("Nothing was merged; your edition is as it was. See both readings with sigla conflicts;")
            print("resolve each with sigla decide LOC … --because \"…\" (the merge follows the last one),")
            print("or drop the pull with sigla pull --abort.")
            throw ExitCode.failure
        }
    }
}
