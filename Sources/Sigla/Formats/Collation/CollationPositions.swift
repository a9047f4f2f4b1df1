/// Line and column of each token of a witness (1-based, columns in characters), for
/// pointing a reader to a place in the file.
struct CollationPositions {
    private var lines: [Int32] = []
    private var columns: [Int32] = []

    init(_ witness: CollatedWitness) {
        var line: Int32 = 1
        var column: Int32 = 1
        func advance(_ text: String) {
            for scalar in text.unicodeScalars {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        advance(witness.leadingWhitespace)
        lines.reserveCapacity(witness.tokens.count + 1)
        for token in witness.tokens {
            lines.append(line)
            columns.append(column)
            advance(token.text)
            advance(token.trailingWhitespace)
        }
        lines.append(line)
        columns.append(column)
    }

    /// Line and column where token `index` starts (or where the text ends, for `count`).
    func position(ofToken index: Int) -> (line: Int, column: Int) {
        let i = min(max(index, 0), lines.count - 1)
        return (Int(lines[i]), Int(columns[i]))
    }
}

extension Collation {
    /// Whether each column lies inside a variant location.
    var variantColumns: [Bool] {
        var flags = [Bool](repeating: false, count: table.columnCount)
        for location in variantLocations {
            for column in location.columns { flags[column] = true }
        }
        return flags
    }
}

extension VariantSignificance {
    /// "substantive", or "formal: case, punctuation".
    var label: String {
        switch self {
        case .substantive: return "substantive"
        case .formal(let differences):
            let names = differences.sorted().map(\.rawValue)
            return names.isEmpty ? "formal" : "formal: " + names.joined(separator: ", ")
        }
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
