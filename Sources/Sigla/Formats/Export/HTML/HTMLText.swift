/// Text as HTML prints it.
enum HTMLText {
    /// `& < > " '` as character references (safe in text and in quoted attributes);
    /// control characters HTML forbids become U+FFFD.
    ///
    /// - Complexity: O(*n*).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A string as a token for `id` attributes: letters, digits, `.`, `-`, others as `-`.
    static func token(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == "."
                    || scalar == "-" ? Character(scalar) : "-"
            })
    }
}
