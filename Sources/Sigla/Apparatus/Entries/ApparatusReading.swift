/// One distinct reading at an apparatus entry, with the witness states that read it, how
/// the apparatus abbreviates it, and the revisions on the page behind it.
public struct ApparatusReading: Hashable, Sendable, Codable {
    /// What the states read here (empty for an omission or a deletion).
    public var text: String
    /// The text as printed, long readings shortened `first … last`.
    public var shortened: String
    public var witnesses: [WitnessReference]
    /// The abbreviations that describe the reading: `om.`, `add.`, `transp.`, `del.`,
    /// `in marg.`; none for a plain variant.
    public var notations: [ApparatusNotation]
    /// Whether the reading is the lemma's (the established text here).
    public var agreesWithLemma: Bool
    /// The revisions in the witness's transcription that made or unmade this reading
    /// (struck in black pencil by Serge; written in the margin; «Reservar» in the margin).
    public var revisions: [RevisionDetail]

    public init(
        text: String, shortened: String? = nil, witnesses: [WitnessReference], notations: [ApparatusNotation] = [],
        agreesWithLemma: Bool = false, revisions: [RevisionDetail] = []
    ) {
        self.text = text
        self.shortened = shortened ?? LemmaShortener.reading.shortened(text)
        self.witnesses = witnesses
        self.notations = notations
        self.agreesWithLemma = agreesWithLemma
        self.revisions = revisions
    }
}

/// A witness state as an entry cites it: `TS`, or `TS a.c.` / `TS p.c.` / `TS¹` where the
/// states of TS read differently at the place.
public struct WitnessReference: Hashable, Sendable, Codable {
    /// The state as collation and decisions name it: `TS`, `TS-ac`, `TS-1`.
    public var state: String
    /// The witness: `TS`.
    public var siglum: String
    /// Which state is meant, when the entry must tell the witness's states apart; nil when
    /// all states of the witness agree here (or it has only one).
    public var correction: Correction?

    public enum Correction: Hashable, Sendable, Codable {
        /// *Ante correctionem*: before the author's revisions.
        case before
        /// *Post correctionem*: after all revisions.
        case after
        /// After revision stage *k*.
        case stage(Int)

        /// `ac`, `pc`, or the stage number, as in the state's name.
        public var suffix: String {
            switch self {
            case .before: "ac"
            case .after: "pc"
            case .stage(let k): String(k)
            }
        }

        init?(suffix: String) {
            switch WitnessState(suffix: suffix) {
            case .beforeRevision: self = .before
            case .afterRevision: self = .after
            case .afterStage(let k): self = .stage(k)
            case nil: return nil
            }
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let value = Correction(suffix: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not a state (ac, pc or a stage number)")
            }
            self = value
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(suffix)
        }
    }

    public init(state: String, siglum: String, correction: Correction? = nil) {
        self.state = state
        self.siglum = siglum
        self.correction = correction
    }

    /// The reference as printed: `TS`, `TS a.c.`, `TS p.c.`, `TS¹`.
    public func label(_ terms: ApparatusTerms) -> String {
        switch correction {
        case nil: siglum
        case .before: "\(siglum) \(terms.beforeCorrection)"
        case .after: "\(siglum) \(terms.afterCorrection)"
        case .stage(let k): siglum + Self.superscript(k)
        }
    }

    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
