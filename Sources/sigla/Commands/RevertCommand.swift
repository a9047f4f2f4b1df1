import ArgumentParser
import Foundation
import Sigla

/// `sigla revert`: undo a decision with a new commit.
struct RevertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revert",
        abstract: "Undo a decision as a new commit; nothing is rewritten.",
        discussion: "DECISION is its location (I.27/1) or the hash of the commit that made it, full or abbreviated."
    )

    @Argument(help: ArgumentHelp("The decision: I.27/1, or a commit hash.", valueName: "DECISION"))
    var decision: String

    @Option(help: ArgumentHelp("Why the decision is undone.", valueName: "TEXT"))
    var because: String

    @Option(help: "When: 2018-09-15 or 2018-09-15T10:30:00+02:00 (default: now).")
    var date: String?

    @OptionGroup var authorship: AuthorshipOptions
    @OptionGroup var location: EditionLocationOptions

    func validate() throws {
        if because.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("a revert needs its justification: --because \"…\"")
        }
        if let date, Timestamp(parsing: date) == nil {
            throw ValidationError("--date '\(date)' is not a date: write it as 2018-09-15")
        }
    }

    func run() throws {
        let edition = try location.openEdition()
        let (reverted, commit) = try edition.revert(
            decision, justification: because, editor: try authorship.person(),
            date: date.flatMap(Timestamp.init(parsing:)) ?? .now())
        print("Reverted the decision at \(reverted.location) in \(commit.prefix(7))")
    }
}
