import ArgumentParser

/// `sigla import`: takes material made elsewhere apart into what Sigla records.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import material made elsewhere (a printed critical edition).",
        subcommands: [ImportPrintedCommand.self]
    )
}
