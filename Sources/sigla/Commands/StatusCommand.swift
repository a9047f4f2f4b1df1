import ArgumentParser
import Sigla

/// `sigla status`: what is local, what is on the remote, what conflicts.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say what is only here (to push), what is only on the remote (to pull), and what conflicts.",
        discussion: "The remote is as the last pull or fetch saw it; --fetch asks it first."
    )

    @Argument(help: ArgumentHelp("The remote (default: origin, or the only one).", valueName: "REMOTE"))
    var remote: String?

    @Flag(help: "Ask the remote first.")
    var fetch = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let status = try location.openEdition().status(remote: remote, fetch: fetch)
        if output.json {
            try Terminal.printJSON(status)
            return
        }
        print("On branch \(status.branch ?? "(detached)")" + (status.upstream.map { ", following \($0)" } ?? ""))
        if status.upstream == nil { print("No remote branch to compare with (sigla remote add, sigla push)") }
        if status.local.isEmpty && status.remote.isEmpty && status.upstream != nil {
            print("Up to date with \(status.upstream ?? "")")
        }
        if !status.local.isEmpty {
            print("Only here, to push (\(status.local.count)):")
            for line in DecisionListing.lines(status.local) { print(line) }
        }
        if !status.remote.isEmpty {
            print("Only on \(status.upstream ?? "the remote"), to pull (\(status.remote.count)):")
            for line in DecisionListing.lines(status.remote) { print(line) }
        }
        if let pending = status.pendingPull {
            let open = pending.unresolved
            if open.isEmpty {
                print("A pull from \(pending.label) has every conflict resolved: sigla pull finishes it")
            } else {
                print(
                    "A pull from \(pending.label) waits for \(open.count) editorial conflict\(open.count == 1 ? "" : "s"): "
                        + open.joined(separator: ", ") + " (sigla conflicts)")
            }
        }
        if !status.uncommitted.isEmpty {
            print("Changed by hand and not committed:")
            for path in status.uncommitted { print("  \(path)") }
        }
    }
}
