import ArgumentParser
import Foundation
import Sigla

/// `sigla init`: makes a new edition repository.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new edition: a git repository with sigla.yaml and the edition's folders.",
        discussion: """
            Creates DIR (or uses it if it is empty), makes a git repository on branch main, \
            and commits sigla.yaml with the title and editor. Add witnesses next with \
            `sigla witness add`.
            """
    )

    @Argument(help: ArgumentHelp("The new edition's directory (default: the current directory).", valueName: "DIR"))
    var directory: String?

    @Option(help: "The edition's title.")
    var title: String

    @OptionGroup var authorship: AuthorshipOptions

    @Option(help: "How to cite the edition, what is reconstructed, its licence: recorded in sigla.yaml.")
    var note: String?

    func validate() throws {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--title is empty: give the edition's title")
        }
    }

    func run() throws {
        let path = directory ?? FileManager.default.currentDirectoryPath
        let edition = try Edition.create(at: path, title: title, editor: try authorship.person(), notes: note)
        print("Made edition “\(edition.configuration.title)” in \(edition.root)")
        print("Next: sigla witness add SIGLUM FILE --title \"…\"")
    }

}
