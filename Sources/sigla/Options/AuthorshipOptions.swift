import ArgumentParser
import Sigla

/// `--editor`: who makes a change, as recorded in its commit (author and committer).
struct AuthorshipOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The editor making the change, as \"Name <mail>\" (default: the edition's first editor, else git's user).",
        valueName: "NAME <MAIL>"))
    var editor: String?

    func validate() throws {
        if let editor { _ = try parsedEditor(editor) }
    }

    /// The editor given, if any.
    func person() throws -> Person? {
        try editor.map(parsedEditor)
    }

    private func parsedEditor(_ text: String) throws -> Person {
        do {
            return try Person(parsing: text)
        } catch {
            throw ValidationError("--editor: \(error.description)")
        }
    }
}
