/// The contents of an edition's `sigla.yaml`: what the edition is, who makes it, its
/// witnesses, and the conventions its collation and apparatus follow.
///
/// The file is the editor's as much as Sigla's: it is plain YAML, diffs and merges well,
/// and may be edited by hand. Unknown keys are refused (a misspelt key would otherwise
/// be silently ignored).
public struct EditionConfiguration: Equatable, Sendable, Codable {
    /// The version of the `sigla.yaml` format this value was read from or is written as.
    public var formatVersion: Int
    public var title: String
    public var editors: [Person]
    /// The witness (or witness state, `TS-pc`) the established text is built from; the
    /// first witness added until the editor chooses another.
    public var base: String?
    public var witnesses: [WitnessEntry]
    /// How witnesses are collated: normalization, near matching, transpositions. (The
    /// base is the edition's `base`.)
    public var collation: CollationConfiguration
    public var signs: Signs
    /// The editor's corrections to the sentence splitter, by section (`I: [{merge-after-sentence: 12}]`).
    /// They renumber the sentences after them: make them before deciding.
    public var sentences: [String: SplitCorrections]
    public var apparatus: ApparatusConventions
    /// Free text: how to cite the edition, what is reconstructed, licence.
    public var notes: String?

    /// The format version this build of Sigla writes.
    public static let currentFormatVersion = 1

    public init(
        title: String,
        editors: [Person] = [],
        base: String? = nil,
        witnesses: [WitnessEntry] = [],
        collation: CollationConfiguration = CollationConfiguration(),
        signs: Signs = Signs(),
        sentences: [String: SplitCorrections] = [:],
        apparatus: ApparatusConventions = ApparatusConventions(),
        notes: String? = nil
    ) {
        self.formatVersion = Self.currentFormatVersion
        self.title = title
        self.editors = editors
        self.base = base
        self.witnesses = witnesses
        self.collation = collation
        self.signs = signs
        self.sentences = sentences
        self.apparatus = apparatus
        self.notes = notes
    }

    /// The entry of the witness with this siglum, if the edition has one.
    public func witness(_ siglum: Siglum) -> WitnessEntry? {
        witnesses.first { $0.siglum == siglum }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case formatVersion = "sigla"
        case title, editors, base, witnesses, collation, signs, sentences, apparatus, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        title = try container.decode(String.self, forKey: .title)
        editors = try container.decodeIfPresent([Person].self, forKey: .editors) ?? []
        base = try container.decodeIfPresent(String.self, forKey: .base)
        witnesses = try container.decodeIfPresent([WitnessEntry].self, forKey: .witnesses) ?? []
        collation = try container.decodeIfPresent(CollationConfiguration.self, forKey: .collation)
            ?? CollationConfiguration()
        signs = try container.decodeIfPresent(Signs.self, forKey: .signs) ?? Signs()
        sentences = try container.decodeIfPresent([String: SplitCorrections].self, forKey: .sentences) ?? [:]
        apparatus = try container.decodeIfPresent(ApparatusConventions.self, forKey: .apparatus)
            ?? ApparatusConventions()
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(formatVersion, forKey: .formatVersion)
        try container.encode(title, forKey: .title)
        try container.encode(editors, forKey: .editors)
        try container.encodeIfPresent(base, forKey: .base)
        try container.encode(witnesses, forKey: .witnesses)
        try container.encode(collation, forKey: .collation)
        try container.encode(signs, forKey: .signs)
        // Written only when the editor has corrections, so a new file stays short.
        if !sentences.isEmpty { try container.encode(sentences, forKey: .sentences) }
        try container.encode(apparatus, forKey: .apparatus)
        try container.encodeIfPresent(notes, forKey: .notes)
    }
}

extension EditionConfiguration {
    /// One witness as the edition records it.
    public struct WitnessEntry: Equatable, Sendable, Codable {
        public var siglum: Siglum
        public var title: String
        public var kind: Witness.Kind
        public var date: String?
        public var note: String?
        /// The transcription, relative to the edition root (`witnesses/TS.txt`).
        public var file: String
        /// How the transcription is written.
        public var format: TranscriptionFormat

        public init(
            siglum: Siglum, title: String, kind: Witness.Kind = .other, date: String? = nil, note: String? = nil,
            file: String, format: TranscriptionFormat
        ) {
            self.siglum = siglum
            self.title = title
            self.kind = kind
            self.date = date
            self.note = note
            self.file = file
            self.format = format
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case siglum, title, kind, date, note, file, format
        }

        /// The witness as the witness model describes it.
        public var witness: Witness {
            Witness(siglum: siglum.rawValue, title: title, kind: kind, date: date, description: note)
        }
    }

    /// How the established text shows what the editor did.
    public struct Signs: Equatable, Sendable, Codable {
        /// How text the author struck and the editor restored is shown.
        public var restored: RestoredSign

        public init(restored: RestoredSign = .brackets) {
            self.restored = restored
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case restored }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            restored = try container.decodeIfPresent(RestoredSign.self, forKey: .restored) ?? Signs().restored
        }

        /// The sign around restored text.
        public enum RestoredSign: String, Sendable, Codable, CaseIterable {
            /// `[restored text]`, the seed edition's convention.
            case brackets
            /// `⟨restored text⟩`.
            case angleBrackets = "angle-brackets"
            /// No sign; the apparatus alone says it.
            case none
        }
    }

    /// How the apparatus criticus is written.
    public struct ApparatusConventions: Equatable, Sendable, Codable {
        /// The language of its abbreviations: `latin` (om., add., transp.), `spanish`, `english`.
        public var language: Language
        /// Negative (only dissenting witnesses) or positive (every witness named).
        public var type: ApparatusType

        public init(language: Language = .latin, type: ApparatusType = .negative) {
            self.language = language
            self.type = type
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case language, type }

        public init(from decoder: any Decoder) throws {
            let defaults = ApparatusConventions()
            let container = try decoder.container(keyedBy: CodingKeys.self)
            language = try container.decodeIfPresent(Language.self, forKey: .language) ?? defaults.language
            type = try container.decodeIfPresent(ApparatusType.self, forKey: .type) ?? defaults.type
        }

        public enum Language: String, Sendable, Codable, CaseIterable {
            case latin, spanish, english
        }

        public enum ApparatusType: String, Sendable, Codable, CaseIterable {
            case negative, positive
        }
    }
}
