import ArgumentParser
import Foundation
import Sigla

/// `sigla clone`: a co-editor's copy of an edition.
struct CloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: "Copy an edition from a remote (a path, file://, ssh:// or https:// URL) to work on it.",
        discussion: """
            The copy records the source as the remote origin: sigla pull brings in the \
            co-editors' decisions, sigla push sends yours. DIR defaults to the last part of \
            URL without .git.
            """
    )

    @Argument(help: ArgumentHelp("Where the edition is.", valueName: "URL"))
    var url: String

    @Argument(help: ArgumentHelp("The new directory.", valueName: "DIR"))
    var directory: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let target = directory ?? Self.defaultDirectory(for: url)
        let edition = try Edition.clone(from: url, to: target)
        let decisions = try edition.decisions().count
        if output.json {
            struct Shown: Encodable {
                var root: String
                var title: String
                var witnesses: [String]
                var decisions: Int
            }
            try Terminal.printJSON(
                Shown(
                    root: edition.root, title: edition.configuration.title,
                    witnesses: edition.witnesses.map(\.siglum.rawValue), decisions: decisions))
            return
        }
        print("Cloned “\(edition.configuration.title)” into \(edition.root)")
        print(
            "\(edition.witnesses.count) witness\(edition.witnesses.count == 1 ? "" : "es"), "
                + "\(decisions) decision\(decisions == 1 ? "" : "s"); origin is \(try edition.remotes().first?.url ?? url)"
        )
    }

    /// `…/memorias.git` → `memorias`.
    static func defaultDirectory(for url: String) -> String {
        var name = url
        while name.hasSuffix("/") { name.removeLast() }
        if let slash = name.lastIndex(where: { $0 == "/" || $0 == ":" }) {
            name = String(name[name.index(after: slash)...])
        }
        if name.hasSuffix(".git") { name.removeLast(4) }
        return name.isEmpty ? "edition" : name
    }
}
