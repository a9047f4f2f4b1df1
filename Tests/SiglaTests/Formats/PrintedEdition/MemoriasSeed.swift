import Foundation
import Sigla
import TestSupport

/// The seed edition, `../shared/seed/memorias.txt` from the package root, imported once.
enum MemoriasSeed {
    static var isAvailable: Bool { SharedMaterial.seed != nil }

    static let text: String? = SharedMaterial.seedText

    static let edition: PrintedEdition? = text.flatMap {
        try? PrintedEditionImporter().importEdition(text: $0, fileName: "memorias.txt")
    }

    /// The source lines of the seed, 1-based through `line(_:)`.
    static let lines: [Substring] = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []

    static func line(_ number: Int) -> String { String(lines[number - 1]) }
}
