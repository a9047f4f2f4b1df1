import ArgumentParser
import Sigla

/// `sigla show`: one decision and what it changed.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a decision: its place, readings, choice, justification and commit.",
        discussion: "DECISION is its location (I.27/1), its sentence (I.27) or the hash of its commit."
    )

    @Argument(help: ArgumentHelp("The decision: I.27/1, I.27, or a commit hash.", valueName: "DECISION"))
    var reference: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let decision = try edition.findDecision(reference)
        let history = try edition.log(location: decision.location.description)
        let change: (removed: [String], added: [String]) =
            try history.first.map { try edition.textChange(of: $0.commit) } ?? ([], [])
        if output.json {
            struct Shown: Encodable {
                var decision: Decision
                var history: [Edition.LogEntry]
                var removed: [String]
                var added: [String]
            }
            try Terminal.printJSON(Shown(decision: decision, history: history, removed: change.removed, added: change.added))
            return
        }
        print("\(decision.location)  \(decision.category.rawValue)  \(decision.action.rawValue)"
            + (decision.adopted.map { " \($0)" } ?? "") + (decision.sign == .brackets ? "  [brackets]" : ""))
        print("  \(decision.editor), \(decision.date)")
        if let commit = history.first { print("  commit \(commit.commit)") }
        print("  readings:")
        for reading in decision.readings {
            print("    \(reading.state): \(reading.text.isEmpty ? "—" : "«\(reading.text)»")")
        }
        print("  text: «\(decision.text)»")
        print("")
        for line in decision.justification.split(separator: "\n", omittingEmptySubsequences: false) {
            print("  \(line)")
        }
        if !change.removed.isEmpty || !change.added.isEmpty {
            print("")
            for line in change.removed { print("- \(line)") }
            for line in change.added { print("+ \(line)") }
        }
    }
}
