import Foundation
import Testing

/// Golden files for the exports: the expected output of each format on the sample
/// edition, kept in `Golden/` beside this file. Run the tests with
/// `SIGLA_UPDATE_GOLDEN=1` to write them afresh after a deliberate change, then read the
/// diff before committing.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Commit hashes depend on when the test edition was committed: they are masked.
    static func masked(_ text: String) -> String {
        text.replacing(#/[0-9a-f]{40}/#, with: "<commit>")
    }

    /// Compares `actual` (masked) with the golden file `name`, naming the first line that differs.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = masked(actual)
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SIGLA_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no golden file \(url.path); run the tests with SIGLA_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? String(actualLines[line]) : "(end of output)"
        let wanted = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
        Issue.record(
            "\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(got)",
            sourceLocation: sourceLocation)
    }
}
