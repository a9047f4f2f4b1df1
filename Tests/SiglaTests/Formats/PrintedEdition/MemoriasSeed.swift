import Foundation
import Sigla

/// The seed edition, `../shared/seed/memorias.txt` from the package root, imported once.
enum MemoriasSeed {
    static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PrintedEdition
        .deletingLastPathComponent()  // Formats
        .deletingLastPathComponent()  // SiglaTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/seed/memorias.txt")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }

    static let text: String? = try? String(contentsOf: url, encoding: .utf8)

    static let edition: PrintedEdition? = text.flatMap {
        try? PrintedEditionImporter().importEdition(text: $0, fileName: "memorias.txt")
    }

    /// The source lines of the seed, 1-based through `line(_:)`.
    static let lines: [Substring] = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []

    static func line(_ number: Int) -> String { String(lines[number - 1]) }
}
