/// Writes the alignment table as plain text, one aligned position per line and one
/// column per witness (a book has far more positions than a screen has columns), with
/// `-` for a gap and `*` marking positions inside a variant location.
///
/// ```
///   | A     | B
/// --+-------+-------
///   | the   | the
/// * | black | white
///   | cat   | cat
/// ```
public struct AlignmentTableFormatter: Sendable {
    /// Widest a cell is shown (longer tokens are cut with `…`).
    public var maximumCellWidth: Int

    /// Creates a formatter.
    public init(maximumCellWidth: Int = 24) {
        self.maximumCellWidth = maximumCellWidth
    }

    /// The table as text.
    ///
    /// - Complexity: O(columns · witnesses).
    public func format(_ collation: Collation) -> String {
        let table = collation.table
        let n = table.sigla.count
        func cell(_ column: Int, _ w: Int) -> String {
            guard let t = table[column, w] else { return "-" }
            let text = VariantListFormatter.oneLine(collation.witnesses[w].tokens[t].text)
            return text.count > maximumCellWidth ? String(text.prefix(maximumCellWidth - 1)) + "…" : text
        }
        var widths = table.sigla.map(\.count)
        for column in 0..<table.columnCount {
            for w in 0..<n { widths[w] = max(widths[w], cell(column, w).count) }
        }
        func line(_ mark: String, _ cells: [String]) -> String {
            mark + " | "
                + cells.enumerated().map { w, text in
                    w == n - 1 ? text : text.rightPadded(to: widths[w])
                }.joined(separator: " | ") + "\n"
        }
        var out = line(" ", table.sigla)
        out += "--+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "\n"
        let variant = collation.variantColumns
        for column in 0..<table.columnCount {
            out += line(variant[column] ? "*" : " ", (0..<n).map { cell(column, $0) })
        }
        return out
    }
}
