import Foundation

/// Runs the real `git` command-line tool, to check from the outside what the code under
/// test wrote into a repository.
///
/// Every run is isolated from the machine's and the user's configuration: `HOME` and
/// `XDG_CONFIG_HOME` point to an empty temporary folder, `GIT_CONFIG_NOSYSTEM=1`, and a
/// fixed identity and dates are provided for commands that make commits.
public struct GitCLI: Sendable {
    /// A `git` run that exited with a non-zero status.
    public struct Failure: Error, CustomStringConvertible {
        public var arguments: [String]
        public var status: Int32
        public var standardError: String
        public var description: String {
            "git \(arguments.joined(separator: " ")) exited with \(status): \(standardError)"
        }
    }

    /// The folder `git` runs in (`git -C`).
    public var directory: String
    /// Extra environment variables for every run.
    public var environment: [String: String]

    /// Prepares to run `git` in `directory`.
    public init(directory: String, environment: [String: String] = [:]) {
        self.directory = directory
        self.environment = environment
    }

    /// Whether a `git` executable is on the `PATH`.
    public static var isAvailable: Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/git") }
    }

    /// Runs `git arguments…` and returns its standard output.
    ///
    /// - Parameter input: text for the command's standard input, if any.
    /// - Throws: ``Failure`` when git exits with a non-zero status.
    @discardableResult
    public func run(_ arguments: String..., input: String? = nil) throws -> String {
        try run(arguments, input: input)
    }

    /// Runs `git arguments…` and returns its standard output.
    @discardableResult
    public func run(_ arguments: [String], input: String? = nil) throws -> String {
        let scratch = try TemporaryDirectory(prefix: "git-cli")
        try FileManager.default.createDirectory(atPath: scratch.path("home"), withIntermediateDirectories: true)
        try Data((input ?? "").utf8).write(to: URL(fileURLWithPath: scratch.path("stdin")))
        _ = FileManager.default.createFile(atPath: scratch.path("stdout"), contents: nil)
        _ = FileManager.default.createFile(atPath: scratch.path("stderr"), contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": scratch.path("home"),
            "XDG_CONFIG_HOME": scratch.path("home/.config"),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Test Author",
            "GIT_AUTHOR_EMAIL": "author@example.org",
            "GIT_COMMITTER_NAME": "Test Committer",
            "GIT_COMMITTER_EMAIL": "committer@example.org",
            "LC_ALL": "C",
        ]
        environment.merge(self.environment) { _, new in new }
        process.environment = environment
        // Files rather than pipes: large outputs (blame --porcelain) cannot fill a pipe
        // buffer and stall the child.
        let standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: scratch.path("stdin")))
        let standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("stdout")))
        let standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("stderr")))
        defer {
            try? standardInput.close()
            try? standardOutput.close()
            try? standardError.close()
        }
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        process.waitUntilExit()

        let output = scratch.read("stdout") ?? ""
        guard process.terminationStatus == 0 else {
            throw Failure(
                arguments: arguments, status: process.terminationStatus, standardError: scratch.read("stderr") ?? "")
        }
        return output
    }
}
