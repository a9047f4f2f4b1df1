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
    public var normalization: Normalization
    public var signs: Signs
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
        normalization: Normalization = Normalization(),
        signs: Signs = Signs(),
        apparatus: ApparatusConventions = ApparatusConventions(),
        notes: String? = nil
    ) {
        self.formatVersion = Self.currentFormatVersion
        self.title = title
        self.editors = editors
        self.base = base
        self.witnesses = witnesses
        self.normalization = normalization
        self.signs = signs
        self.apparatus = apparatus
        self.notes = notes
    }

    /// The entry of the witness with this siglum, if the edition has one.
    public func witness(_ siglum: Siglum) -> WitnessEntry? {
        witnesses.first { $0.siglum == siglum }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case formatVersion = "sigla"
        case title, editors, base, witnesses, normalization, signs, apparatus, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        title = try container.decode(String.self, forKey: .title)
        editors = try container.decodeIfPresent([Person].self, forKey: .editors) ?? []
        base = try container.decodeIfPresent(String.self, forKey: .base)
        witnesses = try container.decodeIfPresent([WitnessEntry].self, forKey: .witnesses) ?? []
        normalization = try container.decodeIfPresent(Normalization.self, forKey: .normalization) ?? Normalization()
        signs = try container.decodeIfPresent(Signs.self, forKey: .signs) ?? Signs()
        apparatus = try container.decodeIfPresent(ApparatusConventions.self, forKey: .apparatus)
            ?? ApparatusConventions()
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
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

    /// What collation treats as the same: the settings of the normalizer.
    public struct Normalization: Equatable, Sendable, Codable {
        public var ignoreCase: Bool
        public var ignoreDiacritics: Bool
        public var ignorePunctuation: Bool
        /// Repair PDF ligature damage (`clasi!cados`) before matching.
        public var repairLigatures: Bool
        /// Join words hyphenated at line ends before matching.
        public var joinHyphenation: Bool
        /// Editor-defined rewrites (regular expressions), applied in order.
        public var rules: [Rule]

        public init(
            ignoreCase: Bool = true, ignoreDiacritics: Bool = false, ignorePunctuation: Bool = false,
            repairLigatures: Bool = false, joinHyphenation: Bool = true, rules: [Rule] = []
        ) {
            self.ignoreCase = ignoreCase
            self.ignoreDiacritics = ignoreDiacritics
            self.ignorePunctuation = ignorePunctuation
            self.repairLigatures = repairLigatures
            self.joinHyphenation = joinHyphenation
            self.rules = rules
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case ignoreCase = "ignore_case"
            case ignoreDiacritics = "ignore_diacritics"
            case ignorePunctuation = "ignore_punctuation"
            case repairLigatures = "repair_ligatures"
            case joinHyphenation = "join_hyphenation"
            case rules
        }

        public init(from decoder: any Decoder) throws {
            let defaults = Normalization()
            let container = try decoder.container(keyedBy: CodingKeys.self)
            ignoreCase = try container.decodeIfPresent(Bool.self, forKey: .ignoreCase) ?? defaults.ignoreCase
            ignoreDiacritics = try container.decodeIfPresent(Bool.self, forKey: .ignoreDiacritics)
                ?? defaults.ignoreDiacritics
            ignorePunctuation = try container.decodeIfPresent(Bool.self, forKey: .ignorePunctuation)
                ?? defaults.ignorePunctuation
            repairLigatures = try container.decodeIfPresent(Bool.self, forKey: .repairLigatures)
                ?? defaults.repairLigatures
            joinHyphenation = try container.decodeIfPresent(Bool.self, forKey: .joinHyphenation)
                ?? defaults.joinHyphenation
            rules = try container.decodeIfPresent([Rule].self, forKey: .rules) ?? []
        }

        /// One editor-defined rewrite: `pattern` (a regular expression) becomes `replacement`.
        public struct Rule: Equatable, Sendable, Codable {
            public var pattern: String
            public var replacement: String

            public init(pattern: String, replacement: String) {
                self.pattern = pattern
                self.replacement = replacement
            }

            enum CodingKeys: String, CodingKey, CaseIterable { case pattern, replacement }
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
