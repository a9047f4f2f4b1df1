/// A recoverable problem found while importing a printed edition: something the importer
/// decided without being sure, or something in the text that does not fit the layout.
///
/// Fatal problems are thrown as ``PrintedEditionImportError``; everything else is a
/// diagnostic, so one import reports all its doubts at once.
public struct PrintedEditionDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much the diagnostic matters.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        /// A decision taken without certainty, for review.
        case note
        /// Something that probably needs a person's attention.
        case warning
        /// Something the importer could not make sense of.
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// What the diagnostic is about, for filtering.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A ligature repair decided on weak evidence.
        case unsureLigatureRepair
        /// A line-end hyphen removed or kept on weak evidence.
        case unsureHyphenation
        /// A footnote whose call was not found in the body.
        case noteWithoutCall
        /// A footnote number out of sequence (a note is missing or misread).
        case noteNumberGap
        /// A call and its note disagree about the editorial marker (`59*` and `59`).
        case editorialMarkerMismatch
        /// Digits stuck to a word in the body that are not a call of any note.
        case strayDigits
        /// An editorial note after a `]` without a matching `[`.
        case unbalancedBracket
        /// A chapter heading expected in sequence was not found.
        case missingChapter
    }

    /// How much it matters.
    public var severity: Severity
    /// What it is about.
    public var kind: Kind
    /// What happened, for a person.
    public var message: String
    /// The file the text came from.
    public var file: String
    /// The 1-based source line, when known.
    public var line: Int?
    /// The 1-based column on that line, when known.
    public var column: Int?

    /// Creates a diagnostic.
    public init(
        severity: Severity, kind: Kind, message: String, file: String, line: Int? = nil, column: Int? = nil
    ) {
        self.severity = severity
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: severity: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
