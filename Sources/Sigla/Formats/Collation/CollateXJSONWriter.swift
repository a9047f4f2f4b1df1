/// Writes a collation in CollateX's JSON alignment-table format, so that tools built on
/// CollateX read Sigla's output:
///
/// ```json
/// {"witnesses":["A","B"],
///  "table":[[[{"t":"the ","n":"the"}],[{"t":"the ","n":"the"}]],
///           [[{"t":"black ","n":"black"}],[{"t":"white ","n":"white"}]], …],
///  "transpositions":[…]}
/// ```
///
/// `table` holds one entry per aligned position (column); each has one cell per witness
/// in `witnesses` order; a cell is a list of one token or empty for a gap (unsegmented).
/// `t` is the token as written with its trailing whitespace, `n` its normalized form.
/// Whitespace before a witness's first token, which CollateX has no place for, is in
/// `leadingWhitespace`, so every witness can be rebuilt exactly.
///
/// `transpositions` (Sigla's addition) lists moved blocks: the witness, the base, and the
/// half-open token ranges `[start, end)` and inclusive column ranges `[first, last]` of the
/// block in each.
public struct CollateXJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The collation as JSON text.
    ///
    /// - Complexity: O(columns · witnesses + length of the texts).
    public func format(_ collation: Collation) -> String {
        let table = collation.table
        let n = table.sigla.count
        var out = "{\"witnesses\":[" + table.sigla.map(JSONText.quoted).joined(separator: ",") + "],\n\"table\":["
        out.reserveCapacity(collation.witnesses.reduce(0) { $0 + $1.tokens.count } * 40)
        for column in 0..<table.columnCount {
            out += column == 0 ? "\n[" : ",\n["
            for w in 0..<n {
                if w > 0 { out += "," }
                if let t = table[column, w] {
                    let token = collation.witnesses[w].tokens[t]
                    out +=
                        "[{\"t\":" + JSONText.quoted(token.text + token.trailingWhitespace) + ",\"n\":"
                        + JSONText.quoted(token.normalized) + "}]"
                } else {
                    out += "[]"
                }
            }
            out += "]"
        }
        out += "],\n\"transpositions\":["
        for (index, move) in collation.transpositions.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{\"witness\":\(JSONText.quoted(move.siglum)),\"base\":\(JSONText.quoted(move.baseSiglum)),"
            out += "\"baseTokens\":[\(move.baseTokens.lowerBound),\(move.baseTokens.upperBound)],"
            out += "\"witnessTokens\":[\(move.witnessTokens.lowerBound),\(move.witnessTokens.upperBound)],"
            out += "\"baseColumns\":[\(move.baseColumns.lowerBound),\(move.baseColumns.upperBound)],"
            out += "\"witnessColumns\":[\(move.witnessColumns.lowerBound),\(move.witnessColumns.upperBound)]}"
        }
        out += "],\n\"leadingWhitespace\":{"
        out += collation.witnesses.map { JSONText.quoted($0.siglum) + ":" + JSONText.quoted($0.leadingWhitespace) }
            .joined(separator: ",")
        out += "}}\n"
        return out
    }
}
