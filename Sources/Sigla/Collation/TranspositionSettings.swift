/// When a block omitted in one place and added in another counts as moved.
///
/// A block must be the same tokens (by normalized form) on both sides, left unmatched by
/// the diff on both sides, in different changed regions, and:
/// - at least `longBlockLength` tokens, `longBlockContentTokens` of them words or
///   numbers: then at any distance (such a block does not recur by chance); or
/// - at least 2 tokens with a word or number among them, within `maximumDistance` tokens; or
/// - a single word of at least `singleWordMinimumLength` letters within `singleWordMaximumDistance`.
///
/// Short blocks are held to a distance because function-word pairs (`de la`, `, que`)
/// are dropped in one place and added in another all through a long text by chance.
public struct TranspositionSettings: Hashable, Sendable, Codable {
    /// Whether transpositions are detected at all.
    public var detects: Bool
    /// Length from which a block is recognized at any distance.
    public var longBlockLength: Int
    /// Words or numbers a long block must contain.
    public var longBlockContentTokens: Int
    /// Farthest a short block may move, in tokens.
    public var maximumDistance: Int
    /// Shortest single word that may count as moved.
    public var singleWordMinimumLength: Int
    /// Farthest a single word may move, in tokens.
    public var singleWordMaximumDistance: Int

    /// Creates settings (defaults measured on generated witnesses; see Docs/collation.md).
    public init(
        detects: Bool = true, longBlockLength: Int = 5, longBlockContentTokens: Int = 3, maximumDistance: Int = 40,
        singleWordMinimumLength: Int = 4, singleWordMaximumDistance: Int = 8
    ) {
        self.detects = detects
        self.longBlockLength = longBlockLength
        self.longBlockContentTokens = longBlockContentTokens
        self.maximumDistance = maximumDistance
        self.singleWordMinimumLength = singleWordMinimumLength
        self.singleWordMaximumDistance = singleWordMaximumDistance
    }
}
