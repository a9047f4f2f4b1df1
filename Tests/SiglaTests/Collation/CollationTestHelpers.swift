import Sigla

/// Collates plain strings with sigla A, B, C… in order.
func collate(_ texts: String..., configuration: CollationConfiguration = CollationConfiguration()) throws -> Collation {
    let sigla = ["A", "B", "C", "D", "E", "F"]
    return try Collator(configuration: configuration).collate(
        texts.enumerated().map { (siglum: sigla[$0.offset], text: $0.element) })
}

extension Collation {
    /// Each witness's readings at each variant location, as "A: x | B: y" lines.
    var apparatusLines: [String] {
        variantLocations.map { location in
            location.readings.map { "\($0.siglum): \($0.text)" }.joined(separator: " | ")
        }
    }

    /// The table as rows of original token texts, "-" for gaps.
    var tableRows: [[String]] {
        witnesses.indices.map { w in
            table.row(w).map { $0.map { witnesses[w].tokens[$0].text } ?? "-" }
        }
    }
}
