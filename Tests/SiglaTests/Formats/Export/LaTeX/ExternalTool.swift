import Foundation

/// A program the users themselves run on an export (pdflatex, pdftotext, chromium),
/// found on the PATH, run to completion.
struct ExternalTool {
    let path: String

    /// The first of `names` on the PATH, or nil.
    init?(_ names: String...) {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let found = names.lazy.compactMap({ name in
                paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
            }).first
        else { return nil }
        path = found
    }

    /// Runs the tool in `directory`; its exit status and what it printed (both streams).
    @discardableResult
    func run(_ arguments: [String], in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
