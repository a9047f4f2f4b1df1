import Foundation
import TestSupport

/// The seed book, `../shared/seed/memorias.txt` from the package root, if present.
enum SeedText {
    static let text: String? = SharedMaterial.seedText

    static var isAvailable: Bool { text != nil }

    /// The seed from the first occurrence of `start` through the end of the first
    /// occurrence of `end` after it.
    static func passage(from start: String, through end: String) -> String? {
        guard let text, let from = text.range(of: start),
            let to = text.range(of: end, range: from.lowerBound..<text.endIndex)
        else { return nil }
        return String(text[from.lowerBound..<to.upperBound])
    }

    /// Joins words hyphenated at line ends (`tenaz-\nmente` → `tenazmente`), as the
    /// import does before the text reaches the splitter.
    static func dehyphenated(_ text: String) -> String {
        text.replacingOccurrences(of: #"(\p{Ll})- ?\n ?(\p{Ll})"#, with: "$1$2", options: .regularExpression)
    }
}
