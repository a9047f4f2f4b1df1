// Character classes the sentence splitter works with, decided per Unicode scalar.
//
// The splitter walks UTF-8 bytes and decodes scalars itself (it is much faster than
// walking `Character`s); these helpers say what a scalar means for sentence boundaries.

extension Unicode.Scalar {
    /// Any white space, line breaks included (space, tab, NBSP, narrow NBSP, U+2028 …).
    @inline(__always)
    var isSentenceWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        // Below U+1680 (Ogham space) the only white space is NEL and NO-BREAK SPACE: accented
        // letters, «», ¿¡ need no property lookup.
        if value < 0x1680 { return value == 0x85 || value == 0xA0 }
        return properties.isWhitespace
    }

    /// A line break that is not by itself a paragraph break (`\n`, `\r`, VT, FF, NEL, LS).
    @inline(__always)
    var isLineBreak: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028: return true
        default: return false
        }
    }

    /// U+2029 PARAGRAPH SEPARATOR, a paragraph break on its own.
    @inline(__always)
    var isParagraphSeparator: Bool { value == 0x2029 }

    /// White space that does not break the line.
    @inline(__always)
    var isHorizontalWhitespace: Bool { isSentenceWhitespace && !isLineBreak && !isParagraphSeparator }

    /// `?`, `!`, `…` and their combinations: they end a sentence unless a lowercase word follows.
    @inline(__always)
    var isStrongTerminator: Bool {
        switch value {
        case 0x3F, 0x21, 0x2026, 0x203C, 0x203D, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }

    /// Marks that may close a sentence after its terminator: quotes, brackets, parentheses.
    ///
    /// `"` and `'` are ambiguous in general, but right after a terminator they close.
    @inline(__always)
    var isCloser: Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D,  // " ' ) ] }
            0xBB, 0x203A,  // » ›
            0x2019, 0x201D,  // ’ ”
            0x300D, 0x300F:  // 」 』
            return true
        default: return false
        }
    }

    /// Closing guillemets, which French typography separates from the text by a space.
    @inline(__always)
    var isClosingGuillemet: Bool { value == 0xBB || value == 0x203A }

    /// Marks that may open a sentence before its first word: quotes, brackets, inverted
    /// question and exclamation marks, dashes of dialogue.
    @inline(__always)
    var isOpener: Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2D,  // " ' ( [ { -
            0xAB, 0x2039,  // « ‹
            0xBF, 0xA1,  // ¿ ¡
            0x2018, 0x201C, 0x201A, 0x201E,  // ‘ “ ‚ „
            0x2010, 0x2013, 0x2014, 0x2015,  // ‐ – — ―
            0x300C, 0x300E:  // 「 『
            return true
        default: return false
        }
    }

    @inline(__always)
    var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    @inline(__always)
    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always)
    var isDecimalDigit: Bool {
        if value < 0x80 { return isASCIIDigit }
        return properties.generalCategory == .decimalNumber
    }

    /// Superscript digits, used as footnote calls by some sources.
    @inline(__always)
    var isSuperscriptDigit: Bool {
        switch value {
        case 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }

    /// A letter, a digit, or a combining mark (so that decomposed `é` stays in its word).
    @inline(__always)
    var isWordCharacter: Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || isASCIIDigit
        }
        let properties = self.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .otherNumber, .letterNumber:
            return true
        default:
            return false
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Decodes the scalar that starts at byte `i` of well-formed UTF-8.
    ///
    /// - Returns: the scalar and its length in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = UInt32(self[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let value: UInt32
        let length: Int
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(self[i + 1] & 0x3F)
            length = 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F)
            length = 3
        } else {
            value =
                (b0 & 0x07) << 18 | UInt32(self[i + 1] & 0x3F) << 12 | UInt32(self[i + 2] & 0x3F) << 6
                | UInt32(self[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The offset of the scalar that ends just before byte `i` (`i` > 0).
    @inline(__always)
    func startOfScalar(before i: Int) -> Int {
        var j = i - 1
        while j > 0 && self[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }
}
