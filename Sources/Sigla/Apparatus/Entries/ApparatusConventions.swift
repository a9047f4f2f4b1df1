/// How an apparatus is written: the conventions `sigla.yaml` sets (`apparatus.language`,
/// `apparatus.type`, `signs.restored`) and an export may override.
public struct ApparatusConventions: Hashable, Sendable, Codable {
    /// The language of the abbreviations and words: Latin (`om.`, `add.`), Spanish
    /// (`omite`, `añade`) or English (`omits`, `adds`).
    public var language: Language
    /// Negative (only the witnesses that differ from the lemma are named) or positive
    /// (every witness is named).
    public var type: ApparatusType
    /// The sign around text the author struck and the editor restored.
    public var restoredSign: RestoredSign

    public init(language: Language = .latin, type: ApparatusType = .negative, restoredSign: RestoredSign = .brackets) {
        self.language = language
        self.type = type
        self.restoredSign = restoredSign
    }

    public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
        case latin, spanish, english
    }

    public enum ApparatusType: String, Hashable, Sendable, Codable, CaseIterable {
        case negative, positive
    }

    public enum RestoredSign: String, Hashable, Sendable, Codable, CaseIterable {
        /// `[restored]`.
        case brackets
        /// `⟨restored⟩`.
        case angleBrackets = "angle-brackets"
        /// No sign.
        case none

        /// The opening and closing characters, or nil for none.
        public var delimiters: (open: String, close: String)? {
            switch self {
            case .brackets: ("[", "]")
            case .angleBrackets: ("⟨", "⟩")
            case .none: nil
            }
        }
    }

    /// The words for the abbreviations in this language.
    public var terms: ApparatusTerms { ApparatusTerms(language) }
}
