import Foundation

/// The built `sigla` executable, run as a user runs it, for end-to-end tests.
public struct SiglaBinary: Sendable {
    /// What one run printed and how it ended.
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    public let path: String

    /// Finds `sigla` beside the test bundle (both are in the build's products folder).
    public init() throws {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("sigla").path }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw SiglaBinaryError.notBuilt(searched: candidates)
        }
        path = found
    }

    /// Runs `sigla arguments…` in `directory`, with a HOME of its own so the user's git
    /// configuration does not leak in, and without colour.
    @discardableResult
    public func run(
        _ arguments: [String], in directory: String, environment extra: [String: String] = [:], input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = directory + "/.no-home"
        environment["XDG_CONFIG_HOME"] = directory + "/.no-home"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        // Output goes to files, not pipes: a child filling one pipe while we wait on the
        // other would deadlock.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sigla-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outURL)
        let error = try FileHandle(forWritingTo: errURL)
        defer {
            try? output.close()
            try? error.close()
        }
        process.standardOutput = output
        process.standardError = error
        if let input {
            let pipe = Pipe()
            process.standardInput = pipe
            try process.run()
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}

public enum SiglaBinaryError: Error, CustomStringConvertible {
    case notBuilt(searched: [String])

    public var description: String {
        "the sigla executable was not found (looked in \(searched.joined(separator: ", "))); run `swift build` first"
    }

    var searched: [String] {
        switch self { case .notBuilt(let searched): searched }
    }
}
