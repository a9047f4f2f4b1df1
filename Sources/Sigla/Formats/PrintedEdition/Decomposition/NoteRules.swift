/// Which wording of an editorial note means which treatment: the first rule whose pattern
/// matches a note decides it.
public struct WordingRule: Sendable, Hashable, Codable {
    /// A regular expression (ICU syntax), searched case-insensitively in the note's text.
    public var pattern: String
    public var treatment: NoteTreatment
    public var category: ReconstructedDecision.Category
    /// Which «…» quotation of the note holds the reading the treatment needs.
    public var quote: QuoteChoice?
    /// The other witness concerned (a passage brought in from it, a variant quoted from it).
    public var witness: String?
    /// Where on the page an addition stands.
    public var place: RevisionEvent.Placement?

    /// Creates a rule.
    public init(
        pattern: String, treatment: NoteTreatment, category: ReconstructedDecision.Category,
        quote: QuoteChoice? = nil, witness: String? = nil, place: RevisionEvent.Placement? = nil
    ) {
        self.pattern = pattern
        self.treatment = treatment
        self.category = category
        self.quote = quote
        self.witness = witness
        self.place = place
    }

    /// Which quotation of a note to take.
    public enum QuoteChoice: String, Sendable, Hashable, Codable, CaseIterable {
        case first, longest
    }
}

/// A writing medium named in the notes: the first rule whose wording the note contains gives
/// the medium (and colour) of the author's revision.
public struct MediumRule: Sendable, Hashable, Codable {
    /// The words in the note, `lápiz azul`.
    public var wording: String
    /// The medium as the transcription records it.
    public var medium: String
    /// The colour, when it is worth recording apart from the medium.
    public var colour: String?

    /// Creates a rule.
    public init(wording: String, medium: String, colour: String? = nil) {
        self.wording = wording
        self.medium = medium
        self.colour = colour
    }
}

/// What to do with a note whose wording the rules do not read right. Every field is optional:
/// what it leaves out comes from the matching rule.
public struct NoteOverride: Sendable, Hashable, Codable {
    public var treatment: NoteTreatment?
    public var category: ReconstructedDecision.Category?
    /// The printed text the note's place covers, when it is not the text the note governs
    /// (the occurrence nearest the note's call is taken).
    public var printed: String?
    /// What `TS` has instead of `printed`, in Sigla markup.
    public var markup: String?
    /// The other witness's reading at the place (for ``NoteTreatment/adoptWitness``).
    public var witnessReading: String?
    /// The text the editor supplies (for ``NoteTreatment/supply``).
    public var supplied: String?
    /// The readings of an uncertain place, the chosen one first.
    public var alternatives: [String]?
    /// A note for the reader of `TS`, put right after the place.
    public var transcriberNote: String?
    /// A note for the reader of the other witness, put right after its fragment.
    public var witnessNote: String?

    /// Creates an override.
    public init(
        treatment: NoteTreatment? = nil, category: ReconstructedDecision.Category? = nil, printed: String? = nil,
        markup: String? = nil, witnessReading: String? = nil, supplied: String? = nil,
        alternatives: [String]? = nil, transcriberNote: String? = nil, witnessNote: String? = nil
    ) {
        self.treatment = treatment
        self.category = category
        self.printed = printed
        self.markup = markup
        self.witnessReading = witnessReading
        self.supplied = supplied
        self.alternatives = alternatives
        self.transcriberNote = transcriberNote
        self.witnessNote = witnessNote
    }
}
