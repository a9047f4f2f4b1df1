import Foundation

/// Removing diacritics from text in Latin-1 (U+0000–U+00FF), by table: `é` → `e`,
/// `Ñ` → `N`, `ÿ` → `y`; letters without a canonical decomposition (`ß`, `Ø`, `æ`) and
/// every symbol stay.
///
/// The table is made by `FormCache.removingDiacritics` itself, scalar by scalar, so it
/// cannot disagree with it; and the whole text is the concatenation of its scalars'
/// results because Latin-1 holds no combining mark, and what remains (letters without
/// marks) never composes across scalars.
enum LatinDiacritics {
    /// The UTF-8 of each Latin-1 scalar once diacritics are removed.
    private static let table: [[UInt8]] = (0..<0x100 as Range<UInt32>).map { value in
        let scalar = Unicode.Scalar(value)!  // below U+0100, always a scalar
        return Array(FormCache.removingDiacritics(String(scalar)).utf8)
    }

    /// `text` without diacritics, or nil when it is not all Latin-1 (the general way then).
    static func removing(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                } else if (byte == 0xC2 || byte == 0xC3) && i + 1 < bytes.count {
                    i += 2
                } else {
                    return nil
                }
            }
            return table.withUnsafeBufferPointer { table in
                // Room for twice the bytes, though no Latin-1 scalar grows (a mark is dropped).
                String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                    var count = 0
                    var i = 0
                    while i < bytes.count {
                        let byte = bytes[i]
                        if byte < 0x80 {
                            out[count] = byte
                            count += 1
                            i += 1
                        } else {
                            let value = Int(byte & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
                            for b in table[value] {
                                out[count] = b
                                count += 1
                            }
                            i += 2
                        }
                    }
                    return count
                }
            }
        }
    }
}
