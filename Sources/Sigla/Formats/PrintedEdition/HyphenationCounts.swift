/// What the importer did with the hyphens at line ends.
public struct HyphenationCounts: Sendable, Hashable, Codable {
    /// Hyphens removed because a word was broken across lines (`con-` / `quista`).
    public var joined: Int
    /// Hyphens kept because they join a compound or a range (`Jean-` / `Paul`, `1884-` / `1925`).
    public var kept: Int

    /// Creates counts.
    public init(joined: Int = 0, kept: Int = 0) {
        self.joined = joined
        self.kept = kept
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        HyphenationCounts(joined: lhs.joined + rhs.joined, kept: lhs.kept + rhs.kept)
    }
}
