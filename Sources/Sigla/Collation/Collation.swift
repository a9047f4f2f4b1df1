/// The result of collating witnesses: their tokens, the alignment table, the moved
/// blocks and the variant locations.
public struct Collation: Hashable, Sendable {
    /// The witnesses, in the order given (the table's row order).
    public let witnesses: [CollatedWitness]
    /// Row of the base witness.
    public let baseIndex: Int
    /// The alignment table.
    public let table: AlignmentTable
    /// Blocks that a witness has in another place than the base.
    public let transpositions: [Transposition]
    /// The places where witnesses differ, in table order.
    public let variantLocations: [VariantLocation]
    /// The configuration used.
    public let configuration: CollationConfiguration

    /// The sigla in row order.
    public var sigla: [String] { table.sigla }

    /// The base witness.
    public var base: CollatedWitness { witnesses[baseIndex] }

    /// The text of the witness in `row`, rebuilt from the alignment table alone.
    ///
    /// - Complexity: O(columns + length of the text).
    public func reconstructedText(of row: Int) -> String {
        let witness = witnesses[row]
        var result = witness.leadingWhitespace
        for column in 0..<table.columnCount {
            if let index = table[column, row] {
                result += witness.tokens[index].text
                result += witness.tokens[index].trailingWhitespace
            }
        }
        return result
    }
}
