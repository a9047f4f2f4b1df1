import Foundation

/// What the bytes of a text tell about its Unicode form, so that hot paths skip
/// Foundation's normalization where it cannot change anything.
///
/// Swift compares strings by canonical equivalence, that is by their NFC form; so the
/// bytes of text known to be NFC are what a byte-level hash table can key on and still
/// agree with `String ==` (`CanonicalInterner`).
enum CanonicalText {
    /// Whether the UTF-8 `bytes` are certainly in NFC, judged from the bytes alone.
    ///
    /// True when every scalar is below U+0300 (ASCII, Latin-1, Latin Extended-A and -B,
    /// IPA, spacing modifiers) or general punctuation U+2010–U+2027 or U+2030–U+205E
    /// (dashes, quotation marks, the ellipsis). Each of these has NFC_Quick_Check = Yes and
    /// combining class 0, and none is the second character of a canonical composition, so
    /// any sequence of them is in NFC (the quick check of UAX #15). False means "maybe
    /// not": the caller normalizes. (`CanonicalTextTests` checks every such scalar.)
    ///
    /// - Complexity: O(*n*) in bytes.
    static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            // ASCII, continuation bytes, and the lead bytes of U+0080–U+02FF.
            if byte < 0xCC {
                i += 1
                continue
            }
            if byte == 0xE2 && i + 2 < n {
                let second = bytes[i + 1]
                let third = bytes[i + 2]
                if (second == 0x80 && ((0x90...0xA7).contains(third) || (0xB0...0xBF).contains(third)))
                    || (second == 0x81 && third <= 0x9E)
                {
                    i += 3
                    continue
                }
            }
            return false
        }
        return true
    }

    /// Whether `text` is certainly in NFC (see `isKnownNFC(_:)` on bytes).
    static func isKnownNFC(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { isKnownNFC($0) }
    }

    /// Whether `a` and `b` are the same bytes (not merely canonically equivalent).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                guard let xs = x.baseAddress, let ys = y.baseAddress else { return true }  // both empty
                return memcmp(xs, ys, x.count) == 0
            }
        }
    }

    /// `text.lowercased()`, without the Unicode machinery for text in Latin-1 (U+0000–U+00FF),
    /// where lowercasing maps `A`–`Z` and `À`–`Þ` (but `×`) one to one and nothing else.
    static func lowercased(_ text: String) -> String {
        enum Outcome {
            case unchanged, lowered(String), beyondLatin1
        }
        var copy = text
        let outcome = copy.withUTF8 { bytes -> Outcome in
            var hasUpper = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
                    i += 1
                } else if (byte == 0xC2 || byte == 0xC3) && i + 1 < bytes.count {
                    if byte == 0xC3 && isLatin1Upper(bytes[i + 1]) { hasUpper = true }
                    i += 2
                } else {
                    return .beyondLatin1
                }
            }
            guard hasUpper else { return .unchanged }
            return .lowered(
                String(unsafeUninitializedCapacity: bytes.count) { out in
                    lowercaseLatin1(bytes, into: out)
                    return bytes.count
                })
        }
        switch outcome {
        case .unchanged: return text
        case .lowered(let lowered): return lowered
        case .beyondLatin1: return text.lowercased()
        }
    }

    /// Writes the lowercase of `bytes`, UTF-8 of Latin-1 text (U+0000–U+00FF), into `out`
    /// (as many bytes: Latin-1 lowercases within its two-byte range).
    static func lowercaseLatin1(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 || i + 1 >= bytes.count {
                out[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                i += 1
            } else {
                let next = bytes[i + 1]
                out[i] = byte
                out[i + 1] = byte == 0xC3 && isLatin1Upper(next) ? next + 0x20 : next
                i += 2
            }
        }
    }

    /// Whether `0xC3, byte` encodes an uppercase letter of Latin-1 (`À`–`Þ` but `×`).
    private static func isLatin1Upper(_ byte: UInt8) -> Bool {
        byte >= 0x80 && byte <= 0x9E && byte != 0x97
    }
}

/// What one pass over a text's UTF-8 bytes tells the normalization pipeline: which of
/// its steps can change the text at all.
struct ByteFacts: OptionSet {
    let rawValue: UInt8

    /// A byte ≥ 0x80.
    static let nonASCII = ByteFacts(rawValue: 1 << 0)
    /// Not certainly NFC (see `CanonicalText.isKnownNFC(_:)`).
    static let maybeNotNFC = ByteFacts(rawValue: 1 << 1)
    /// A line feed or carriage return.
    static let lineBreak = ByteFacts(rawValue: 1 << 2)
    /// `!` or `8`, which ligature repair may replace.
    static let ligatureMark = ByteFacts(rawValue: 1 << 3)
    /// `-`.
    static let hyphen = ByteFacts(rawValue: 1 << 4)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ text: String) {
        var copy = text
        self = copy.withUTF8 { bytes in
            var facts: ByteFacts = []
            for byte in bytes {
                switch byte {
                case 0x0A, 0x0D: facts.insert(.lineBreak)
                case UInt8(ascii: "!"), UInt8(ascii: "8"): facts.insert(.ligatureMark)
                case UInt8(ascii: "-"): facts.insert(.hyphen)
                case 0x80...: facts.insert(.nonASCII)
                default: break
                }
            }
            if facts.contains(.nonASCII) && !CanonicalText.isKnownNFC(bytes) { facts.insert(.maybeNotNFC) }
            return facts
        }
    }
}
