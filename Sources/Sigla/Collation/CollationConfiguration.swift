/// Everything that decides how witnesses are collated; an edition keeps it in
/// `sigla.yaml` under `collation:`, and the command line overrides parts of it.
public struct CollationConfiguration: Hashable, Sendable {
    /// How tokens are normalized for matching.
    public var normalization: NormalizationSettings
    /// The siglum of the base witness; when nil, the first siglum in sorted order, so
    /// that the result does not depend on the order in which witnesses are given.
    public var base: String?
    /// Whether changed regions are refined by near matching (edit distance).
    public var nearMatching: Bool
    /// Least similarity (1 − edit distance / length) for two words to be a near match.
    public var nearMatchThreshold: Double
    /// When moved blocks are recognized.
    public var transpositions: TranspositionSettings

    /// Creates a configuration.
    public init(
        normalization: NormalizationSettings = .default, base: String? = nil, nearMatching: Bool = true,
        nearMatchThreshold: Double = 0.6, transpositions: TranspositionSettings = TranspositionSettings()
    ) {
        self.normalization = normalization
        self.base = base
        self.nearMatching = nearMatching
        self.nearMatchThreshold = nearMatchThreshold
        self.transpositions = transpositions
    }
}

extension CollationConfiguration: Codable {
    enum CodingKeys: String, CodingKey {
        case normalization, base
        case nearMatching = "near-match"
        case nearMatchThreshold = "near-match-threshold"
        case transpositions
    }

    /// Decodes a configuration; every key is optional and falls back to the default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = CollationConfiguration()
        self.init(
            normalization: try c.decodeIfPresent(NormalizationSettings.self, forKey: .normalization) ?? d.normalization,
            base: try c.decodeIfPresent(String.self, forKey: .base),
            nearMatching: try c.decodeIfPresent(Bool.self, forKey: .nearMatching) ?? d.nearMatching,
            nearMatchThreshold: try c.decodeIfPresent(Double.self, forKey: .nearMatchThreshold)
                ?? d.nearMatchThreshold,
            transpositions: try c.decodeIfPresent(TranspositionSettings.self, forKey: .transpositions)
                ?? d.transpositions)
    }
}
