import Foundation

/// The form in which phrases are compared when an editor looks a sentence up: case,
/// accents and compatibility variants (ligatures `ﬁ`, `…`) ignored, typographic
/// apostrophes and quotes as their plain forms, every run of white space as one space,
/// no white space at either end.
///
/// Folds scalar by scalar, remembering each non-ASCII scalar's folded form, because
/// decomposing whole strings through Foundation is slow on long texts.
struct PhraseFolder {
    private var cache: [UInt32: [UInt8]] = [:]

    /// The folded form of `text`, as UTF-8 bytes.
    ///
    /// - Complexity: O(*n*).
    mutating func fold(_ text: some StringProtocol) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let folded: [UInt8]
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                if scalar.isSentenceWhitespace {
                    pendingSpace = !result.isEmpty
                    continue
                }
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                result.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                continue
            }
            if scalar.isSentenceWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if let cached = cache[scalar.value] {
                folded = cached
            } else {
                folded = Self.foldScalar(scalar)
                cache[scalar.value] = folded
            }
            guard !folded.isEmpty else { continue }
            if pendingSpace {
                result.append(0x20)
                pendingSpace = false
            }
            result += folded
        }
        return result
    }

    private static func foldScalar(_ scalar: Unicode.Scalar) -> [UInt8] {
        switch scalar.value {
        case 0x2018, 0x2019, 0x02BC: return [0x27]  // ' ’ ʼ → '
        case 0x201C, 0x201D: return [0x22]  // “ ” → "
        default: break
        }
        // NFKD splits accents off their letters and ligatures into letters.
        let decomposed = String(Character(scalar)).lowercased().decomposedStringWithCompatibilityMapping
        var bytes: [UInt8] = []
        for part in decomposed.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: bytes += Array(String(part).utf8)
            }
        }
        return bytes
    }
}
