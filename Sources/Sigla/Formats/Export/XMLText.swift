/// Text made safe for XML 1.0: the five special characters escaped, and characters XML
/// cannot hold at all (control characters other than tab and line breaks, U+FFFE, U+FFFF)
/// replaced by U+FFFD, so every export is well-formed whatever the transcription holds.
enum XMLText {
    /// Escapes `&`, `<`, `>` and, for attribute values, `"`.
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        var needs = false
        for byte in text.utf8
        where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte < 0x20 || byte == 0xEF {
            needs = true
            break
        }
        guard needs else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\t", "\n", "\r":
                if attribute { out += "&#\(scalar.value);" } else { out.unicodeScalars.append(scalar) }
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An `xml:id` part made of name characters only: anything else becomes `_`, and a
    /// leading character that cannot start a name gets an `x` before it.
    static func name(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let ok =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            out.unicodeScalars.append(ok ? scalar : "_")
        }
        if let first = out.unicodeScalars.first, !(first.properties.isAlphabetic || first == "_") { out = "x" + out }
        return out.isEmpty ? "x" : out
    }
}
