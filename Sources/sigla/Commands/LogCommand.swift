import ArgumentParser
import Sigla

/// `sigla log`: the decisions, newest first.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the decisions, newest first, with editor, date, category and justification."
    )

    @Argument(help: ArgumentHelp("Only this location or sentence (I.27/1, I.27).", valueName: "LOC"))
    var locator: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let entries = try edition.log(location: locator)
        if output.json {
            try Terminal.printJSON(entries)
            return
        }
        for entry in entries {
            print("\(entry.commit.prefix(7))  \(entry.location)  \(entry.date.prefix(10))  \(entry.editor)")
            print("    \(entry.subject)")
            if let merge = entry.mergedIn {
                print("    merged from \(entry.mergedFrom ?? "another branch") in \(merge.prefix(7))")
            }
            for line in entry.justification.split(separator: "\n", omittingEmptySubsequences: false) {
                print("    \(line)")
            }
        }
    }
}
