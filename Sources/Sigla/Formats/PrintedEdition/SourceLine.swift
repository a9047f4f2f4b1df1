/// One line of the extracted text, with the layout facts the reader needs.
struct SourceLine: Sendable {
    /// The 1-based line number.
    var number: Int
    /// The line without its page indent and its trailing whitespace.
    var text: Substring
    /// Whether the line starts with the page indent (one space, then text).
    var hasPageIndent: Bool
    /// Whether the line had trailing whitespace: a word ends there, it was not broken.
    var endsWithSpace: Bool
    /// The length in characters of the line as printed, indent included, trailing space not.
    var length: Int

    var isBlank: Bool { text.isEmpty }

    /// Splits a text into lines (`\n`, `\r\n` or `\r`) and measures them, working on UTF-8.
    ///
    /// - Complexity: O(*n*), *n* the length of the text.
    static func lines(of source: String, pageIndent: String) -> [SourceLine] {
        var result: [SourceLine] = []
        let utf8 = source.utf8
        result.reserveCapacity(utf8.count / 60)
        let indent = Array(pageIndent.utf8)
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        var number = 1
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C }
        func finish(_ end: String.Index) {
            var last = end
            while last > lineStart, isSpace(utf8[utf8.index(before: last)]) { last = utf8.index(before: last) }
            var first = lineStart
            var indented = false
            if !indent.isEmpty, utf8[lineStart..<last].starts(with: indent) {
                let afterIndent = utf8.index(lineStart, offsetBy: indent.count)
                if afterIndent < last, !isSpace(utf8[afterIndent]) {
                    indented = true
                    first = afterIndent
                }
            }
            if !indented {
                // Other leading space is not a layout fact; drop it.
                while first < last, isSpace(utf8[first]) { first = utf8.index(after: first) }
            }
            // Characters are counted as scalars (UTF-8 lead bytes): near enough to compare lengths.
            let length = utf8[lineStart..<last].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            result.append(
                SourceLine(
                    number: number, text: source[first..<last], hasPageIndent: indented, endsWithSpace: last != end,
                    length: length))
            number += 1
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                finish(index)
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                index = next
                lineStart = next
            } else {
                index = utf8.index(after: index)
            }
        }
        finish(utf8.endIndex)
        return result
    }
}

extension Unicode.Scalar {
    /// A letter of any script (ASCII tested without a table look-up).
    var isWordLetter: Bool {
        if value < 128 {
            let folded = value | 0x20
            return folded >= 97 && folded <= 122
        }
        return properties.isAlphabetic
    }

    var isPlainDigit: Bool { value >= 48 && value <= 57 }

    var isBlankSpace: Bool { value == 32 || properties.isWhitespace }

    var isUppercaseWordLetter: Bool { isWordLetter && properties.isUppercase }

    var isLowercaseWordLetter: Bool { isWordLetter && properties.isLowercase }

    /// A vowel of the Latin alphabet, accented or not (a Spanish 'fl' is always followed by one).
    var isLatinVowel: Bool {
        "aeiouyáéíóúàèìòùâêîôûäëïöüAEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ".unicodeScalars.contains(self)
    }
}
