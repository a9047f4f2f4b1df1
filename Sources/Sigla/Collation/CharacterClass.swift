/// How the tokenizer sees one Unicode scalar.
enum CharacterClass: Equatable {
    case letter
    case digit
    case whitespace
    case other

    /// Classes of the 128 ASCII bytes.
    static let ascii: [CharacterClass] = (0..<128).map { CharacterClass(Unicode.Scalar(UInt8($0))) }

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
        let properties = scalar.properties
        if properties.isWhitespace {
            self = .whitespace
        } else if properties.isAlphabetic {
            self = .letter
        } else {
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: self = .letter
            case .decimalNumber: self = .digit
            default: self = .other
            }
        }
    }
}
