/// How tokens are normalized before matching: the settings an edition keeps in
/// `sigla.yaml` under `normalization:` and the command line adjusts with `--ignore`.
///
/// Repairs of the transcription itself (Unicode NFC, words hyphenated at line ends, PDF
/// ligature damage) are on by default: they are not variants of the witness but accidents
/// of its digitization. Formal differences (case, diacritics, punctuation, editor-declared
/// spellings) are *not* ignored by default: they are reported as variant locations, but
/// classified as formal. Add them to `ignoring` to leave them out of the result entirely.
///
/// In YAML:
/// ```yaml
/// normalization:
///   ignore: [case, punctuation]
///   nfc: true
///   hyphenation: true
///   ligatures: true
///   rules:
///     - { pattern: "^mui$", replacement: "muy" }
/// ```
public struct NormalizationSettings: Hashable, Sendable {
    /// Formal differences that matching disregards.
    public var ignoring: Set<FormalDifference>
    /// Whether text is brought to Unicode canonical composition (NFC) before matching.
    public var unicodeNormalization: Bool
    /// Whether a word hyphenated at a line end (`con-⏎quista`) reads as the whole word.
    public var joinsLineEndHyphenation: Bool
    /// Whether PDF ligature damage is repaired inside words: `!` → `fi`, `8` → `ff`
    /// between letters, and `-` → `fl` between lowercase letters where the text's own
    /// vocabulary says it is no compound (`re-exiones` → `reflexiones`, but `gris-azul` stays).
    public var repairsLigatures: Bool
    /// Editor-defined spelling equivalences.
    public var rules: [SpellingRule]

    /// Creates settings; the defaults repair the transcription and ignore nothing.
    public init(
        ignoring: Set<FormalDifference> = [], unicodeNormalization: Bool = true, joinsLineEndHyphenation: Bool = true,
        repairsLigatures: Bool = true, rules: [SpellingRule] = []
    ) {
        self.ignoring = ignoring
        self.unicodeNormalization = unicodeNormalization
        self.joinsLineEndHyphenation = joinsLineEndHyphenation
        self.repairsLigatures = repairsLigatures
        self.rules = rules
    }

    /// The default settings.
    public static let `default` = NormalizationSettings()
}

extension NormalizationSettings: Codable {
    enum CodingKeys: String, CodingKey {
        case ignoring = "ignore"
        case unicodeNormalization = "nfc"
        case joinsLineEndHyphenation = "hyphenation"
        case repairsLigatures = "ligatures"
        case rules
    }

    /// Decodes settings; every key is optional and falls back to the default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = NormalizationSettings.default
        self.init(
            ignoring: Set(try container.decodeIfPresent([FormalDifference].self, forKey: .ignoring) ?? []),
            unicodeNormalization: try container.decodeIfPresent(Bool.self, forKey: .unicodeNormalization)
                ?? defaults.unicodeNormalization,
            joinsLineEndHyphenation: try container.decodeIfPresent(Bool.self, forKey: .joinsLineEndHyphenation)
                ?? defaults.joinsLineEndHyphenation,
            repairsLigatures: try container.decodeIfPresent(Bool.self, forKey: .repairsLigatures)
                ?? defaults.repairsLigatures,
            rules: try container.decodeIfPresent([SpellingRule].self, forKey: .rules) ?? [])
    }

    /// Encodes settings, with `ignore` sorted so that files diff well.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ignoring.sorted(), forKey: .ignoring)
        try container.encode(unicodeNormalization, forKey: .unicodeNormalization)
        try container.encode(joinsLineEndHyphenation, forKey: .joinsLineEndHyphenation)
        try container.encode(repairsLigatures, forKey: .repairsLigatures)
        try container.encode(rules, forKey: .rules)
    }
}
