/// The collation as a table: one row per witness, one column per aligned position, each
/// cell one token of that witness or a gap.
///
/// Each witness's tokens appear in its row in order, each exactly once, so the row gives
/// the witness back (see `Collation.reconstructedText(of:)`). Storage is one flat array
/// of token indices, column by column.
public struct AlignmentTable: Hashable, Sendable {
    /// The sigla, in row order (the order the witnesses were given).
    public let sigla: [String]
    /// Number of columns.
    public let columnCount: Int
    /// Token indices (−1 for a gap), column by column.
    let cells: [Int32]

    init(sigla: [String], cells: [Int32]) {
        self.sigla = sigla
        self.cells = cells
        self.columnCount = sigla.isEmpty ? 0 : cells.count / sigla.count
    }

    /// The index of the token that `witness` (a row) has in `column`, or nil for a gap.
    ///
    /// - Complexity: O(1).
    public subscript(column: Int, witness: Int) -> Int? {
        let value = cells[column * sigla.count + witness]
        return value < 0 ? nil : Int(value)
    }

    /// The token indices of one row: for each column, the witness's token or nil.
    ///
    /// - Complexity: O(columns).
    public func row(_ witness: Int) -> [Int?] {
        (0..<columnCount).map { self[$0, witness] }
    }
}
