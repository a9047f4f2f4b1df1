public import Foundation

/// A fresh, empty folder under the system's temporary folder, removed with everything
/// in it when the value is released.
///
/// Keep the value alive for as long as the test uses the folder
/// (`let directory = try TemporaryDirectory()` at the top of the test does that).
public final class TemporaryDirectory: Sendable {
    /// The folder's absolute path, symbolic links resolved, no trailing slash.
    public let path: String

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// Creates the folder; `prefix` helps to recognise it in `/tmp` when debugging.
    public init(prefix: String = "sigla-test") throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.resolvingSymlinksInPath().path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relativePath` inside the folder.
    public func path(_ relativePath: String) -> String {
        path + "/" + relativePath
    }

    /// Writes `contents` (UTF-8) to `relativePath`, creating folders as needed.
    public func write(_ contents: String, to relativePath: String) throws {
        let url = URL(fileURLWithPath: path(relativePath))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    /// Reads `relativePath` as UTF-8, or nil if there is no such file.
    public func read(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: path(relativePath)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether a file or folder exists at `relativePath`.
    public func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relativePath))
    }
}
