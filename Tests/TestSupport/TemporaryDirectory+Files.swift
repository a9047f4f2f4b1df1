import Foundation

extension TemporaryDirectory {
    /// Writes `text` (UTF-8) to `relativePath` and returns the file's absolute path.
    @discardableResult
    public func write(_ relativePath: String, text: String) throws -> String {
        try write(relativePath, bytes: Array(text.utf8))
    }

    /// Writes `bytes` exactly to `relativePath` and returns the file's absolute path.
    @discardableResult
    public func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: path(relativePath))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }
}

extension GitCLI {
    /// Runs `git arguments…` and returns its output without the final newline.
    public func output(_ arguments: [String], input: String? = nil) throws -> String {
        var text = try run(arguments, input: input)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
