import ArgumentParser
import Foundation

/// Starts `sigla`.
///
/// Two things ArgumentParser does not do by itself: a leading `-C DIR` (git's habit:
/// `sigla -C ed witness list`) is moved after the subcommand, where the commands expect
/// it; and usage errors exit with status 2, the Unix convention, rather than 64.
@main
enum SiglaEntryPoint {
    static func main() {
        let arguments = movingDirectoryOption(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try SiglaCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = SiglaCommand.exitCode(for: error)
            guard code == .validationFailure else { SiglaCommand.exit(withError: error) }
            FileHandle.standardError.write(Data((SiglaCommand.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }

    static func movingDirectoryOption(_ arguments: [String]) -> [String] {
        guard arguments.count >= 2, arguments[0] == "-C" else { return arguments }
        var rest = Array(arguments.dropFirst(2))
        let directory = ["-C", arguments[1]]
        if let terminator = rest.firstIndex(of: "--") {
            rest.insert(contentsOf: directory, at: terminator)
        } else {
            rest.append(contentsOf: directory)
        }
        return rest
    }
}
