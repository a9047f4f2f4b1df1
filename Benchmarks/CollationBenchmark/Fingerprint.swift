import Sigla

/// A stable digest of everything a collation reports (tokens with their normalized forms,
/// the table, the transpositions, the variant locations with readings, kinds and
/// significance), so that an optimisation can be checked to leave the output unchanged:
/// `CollationBenchmark --fingerprint` before and after must print the same lines.
struct Fingerprint {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, stable across runs

    private mutating func add(_ text: String) {
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3  // separator
    }

    private mutating func add(_ value: Int) { add(String(value)) }

    static func of(_ collation: Collation) -> String {
        var f = Fingerprint()
        for witness in collation.witnesses {
            f.add(witness.siglum)
            f.add(witness.leadingWhitespace)
            for token in witness.tokens {
                f.add(token.text)
                f.add(token.trailingWhitespace)
                f.add(token.normalized)
                f.add(token.kind.rawValue)
                f.add(token.offset)
            }
        }
        let table = collation.table
        f.add(table.columnCount)
        for column in 0..<table.columnCount {
            for row in table.sigla.indices { f.add(table[column, row] ?? -1) }
        }
        for move in collation.transpositions {
            f.add("\(move.siglum) \(move.baseSiglum) \(move.baseTokens) \(move.witnessTokens)")
            f.add("\(move.baseColumns) \(move.witnessColumns)")
        }
        for location in collation.variantLocations {
            f.add("\(location.columns) \(location.kind.rawValue) \(location.transpositions)")
            switch location.significance {
            case .substantive: f.add("substantive")
            case .formal(let differences): f.add("formal \(differences.sorted())")
            }
            for reading in location.readings {
                f.add("\(reading.siglum) \(reading.tokens)")
                f.add(reading.text)
            }
        }
        let locations = collation.variantLocations
        let counts = VariantKind.allCases.map { kind in locations.filter { $0.kind == kind }.count }
        let formal = locations.filter { !$0.significance.isSubstantive }.count
        return String(f.hash, radix: 16) + " locations \(locations.count) by kind \(counts) formal \(formal)"
            + " columns \(table.columnCount) moves \(collation.transpositions.count)"
    }
}
