/// How the tokenizer sees one Unicode scalar.
enum CharacterClass: Equatable {
    case letter
    case digit
    case whitespace
    case other

    /// Classes of the scalars U+0000–U+07FF (one- and two-byte UTF-8), by scalar value:
    /// the tokenizer's lookup table, and `init(_:)`'s below U+0800.
    static let belowU0800: [CharacterClass] = (0..<0x800 as Range<UInt32>).map { value in
        Unicode.Scalar(value).map { CharacterClass(byProperties: $0) } ?? .other
    }

    /// Classes of General Punctuation, U+2000–U+206F (dashes, quotation marks, the
    /// ellipsis, spaces): the commonest scalars beyond U+0800 in Western text.
    static let generalPunctuation: [CharacterClass] = (0x2000..<0x2070 as Range<UInt32>).map { value in
        Unicode.Scalar(value).map { CharacterClass(byProperties: $0) } ?? .other
    }

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            // ASCII fast path: the bulk of most texts.
            switch value {
            case 0x30...0x39: self = .digit
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x09...0x0D, 0x20: self = .whitespace
            default: self = .other
            }
            return
        }
        // Accented Latin letters and the like: a property lookup costs a thousand
        // instructions, the table one load.
        if value < 0x800 {
            self = Self.belowU0800[Int(value)]
            return
        }
        if value >= 0x2000 && value < 0x2070 {
            self = Self.generalPunctuation[Int(value - 0x2000)]
            return
        }
        self = Self.byProperties(scalar)
    }

    /// The class by Unicode properties alone (what the table holds): for checking it.
    init(byProperties scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            self.init(scalar)
        } else {
            self = Self.byProperties(scalar)
        }
    }

    /// The class of a scalar beyond ASCII, from its Unicode properties. Kept out of line:
    /// inlined, its resilient property types would cost every caller a metadata lookup.
    @inline(never)
    private static func byProperties(_ scalar: Unicode.Scalar) -> CharacterClass {
        let properties = scalar.properties
        if properties.isWhitespace {
            return .whitespace
        } else if properties.isAlphabetic {
            return .letter
        } else {
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
            case .decimalNumber: return .digit
            default: return .other
            }
        }
    }
}
