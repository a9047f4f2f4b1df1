import ArgumentParser
import Sigla

/// `sigla conflicts`: the places two editors decided differently.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Show the editorial conflicts of a waiting pull: both readings, each editor's justification.",
        discussion: "Resolve each with sigla decide LOC … --because \"…\"; sigla pull --abort drops the pull."
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let conflicts = try edition.editorialConflicts()
        if output.json {
            try Terminal.printJSON(conflicts)
            return
        }
        guard let pending = try edition.pendingPull() else {
            print("No editorial conflicts: no pull is waiting")
            return
        }
        guard !conflicts.isEmpty else {
            print("Every conflict with \(pending.label) is resolved: sigla pull finishes the merge")
            return
        }
        print("\(conflicts.count) editorial conflict\(conflicts.count == 1 ? "" : "s") with \(pending.label):")
        for conflict in conflicts {
            print("")
            print("\(conflict.location)  (sentence \(conflict.citation))")
            for line in DecisionListing.side(conflict.ours, label: "yours ") { print(line) }
            for line in DecisionListing.side(conflict.theirs, label: "theirs") { print(line) }
            var choices: [String] = []
            for side in [conflict.ours, conflict.theirs] {
                guard let decision = side.decision else { continue }
                let choice = "sigla decide \(conflict.location) \(DecisionListing.options(decision)) --because \"…\""
                if !choices.contains(choice) { choices.append(choice) }
            }
            if conflict.ours.decision == nil || conflict.theirs.decision == nil, conflict.ours.decision != nil {
                choices.append("sigla revert \(conflict.location) --because \"…\"")
            }
            print("  resolve: " + choices.joined(separator: "\n       or: "))
        }
    }
}
