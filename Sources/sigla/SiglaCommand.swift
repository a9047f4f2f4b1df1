import ArgumentParser

/// The `sigla` command: a git-style tool for critical editions.
///
/// The root command holds only configuration; each subcommand lives in its own file
/// under `Commands/`.
struct SiglaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sigla",
        abstract: "Record witnesses, collate them, decide, blame and export a critical edition.",
        discussion: """
            An edition is an ordinary git repository: every editorial decision is a commit \
            with its justification, so every git tool works on it. Commands that work on an \
            edition find it from the current directory upward, or from -C DIR (given before \
            or after the command).
            """,
        version: SiglaVersion.current,
        subcommands: [
            InitCommand.self,
            WitnessCommand.self,
            CollateCommand.self,
            BaseCommand.self,
            VariantsCommand.self,
            DecideCommand.self,
            LogCommand.self,
            ShowCommand.self,
            RevertCommand.self,
            BlameCommand.self,
            CloneCommand.self,
            RemoteCommand.self,
            FetchCommand.self,
            PullCommand.self,
            PushCommand.self,
            StatusCommand.self,
            ConflictsCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            DemoCommand.self,
        ]
    )
}
