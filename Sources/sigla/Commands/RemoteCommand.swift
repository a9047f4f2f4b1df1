import ArgumentParser
import Sigla

/// `sigla remote`: the other copies of the edition.
struct RemoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remote",
        abstract: "Add and list the remotes the edition is shared through.",
        subcommands: [RemoteListCommand.self, RemoteAddCommand.self],
        defaultSubcommand: RemoteListCommand.self
    )
}

/// `sigla remote add NAME URL`.
struct RemoteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a remote: a path, file://, ssh:// or https:// URL.")

    @Argument(help: ArgumentHelp("The remote's name, e.g. origin.", valueName: "NAME"))
    var name: String

    @Argument(help: ArgumentHelp("Where it is.", valueName: "URL"))
    var url: String

    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let remote = try location.openEdition().addRemote(named: name, url: url)
        print("Added remote \(remote.name): \(remote.url)")
    }
}

/// `sigla remote list`.
struct RemoteListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the remotes.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let remotes = try location.openEdition().remotes()
        if output.json {
            try Terminal.printJSON(remotes)
            return
        }
        for remote in remotes { print("\(remote.name)\t\(remote.url)") }
    }
}
