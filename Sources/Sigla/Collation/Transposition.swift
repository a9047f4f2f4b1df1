/// A block of text that a witness has in another place than the base: omitted at one
/// place and added at another, reported as one move.
public struct Transposition: Hashable, Sendable {
    /// The witness whose block moved.
    public var siglum: String
    /// The witness it moved relative to (the base).
    public var baseSiglum: String
    /// The block's tokens in the base.
    public var baseTokens: Range<Int>
    /// The block's tokens in the witness.
    public var witnessTokens: Range<Int>
    /// Table columns of the block where the base has it (first...last).
    public var baseColumns: ClosedRange<Int>
    /// Table columns of the block where the witness has it (first...last).
    public var witnessColumns: ClosedRange<Int>

    /// Creates a transposition.
    public init(
        siglum: String, baseSiglum: String, baseTokens: Range<Int>, witnessTokens: Range<Int>,
        baseColumns: ClosedRange<Int>, witnessColumns: ClosedRange<Int>
    ) {
        self.siglum = siglum
        self.baseSiglum = baseSiglum
        self.baseTokens = baseTokens
        self.witnessTokens = witnessTokens
        self.baseColumns = baseColumns
        self.witnessColumns = witnessColumns
    }
}
