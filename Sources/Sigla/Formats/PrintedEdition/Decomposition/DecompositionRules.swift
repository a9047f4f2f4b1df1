/// How ``PrintedEditionDecomposer`` reads the editorial notes of one printed edition: the
/// edition it describes, its witnesses, which wording means which intervention and medium,
/// and the notes whose wording is irregular.
///
/// Codable, so that another book's table can be written as JSON or YAML; ``memorias`` is the
/// seed edition's, in Spanish.
public struct DecompositionRules: Sendable, Hashable, Codable {
    /// What the sample edition is and how to cite it.
    public var edition: SampleEditionDescription
    /// The base witness: the text the edition follows, with the author's revisions.
    public var base: SampleWitnessDescription
    /// The witness the edition brings passages in from and quotes variants of.
    public var firstVersion: SampleWitnessDescription
    /// The author's hand, as the base witness declares it.
    public var hand: HandNote
    /// The editor, `Name <mail>`, and the day, `YYYY-MM-DD`, every decision is given.
    public var editor: String
    public var date: String
    /// The wording rules, tried in order; a note no rule matches is an annotation (kept).
    public var wordings: [WordingRule]
    /// The media, tried in order (put `tinta verde` before `tinta`).
    public var media: [MediumRule]
    /// A regular expression whose first group captures a marginal instruction next to a
    /// struck passage (`al margen la mención: Reservar`).
    public var marginalInstruction: String?
    /// Notes whose wording the rules do not read right, by note (`IV.102`).
    public var overrides: [String: NoteOverride]

    /// Creates a table.
    public init(
        edition: SampleEditionDescription, base: SampleWitnessDescription, firstVersion: SampleWitnessDescription,
        hand: HandNote, editor: String, date: String, wordings: [WordingRule], media: [MediumRule],
        marginalInstruction: String? = nil, overrides: [String: NoteOverride] = [:]
    ) {
        self.edition = edition
        self.base = base
        self.firstVersion = firstVersion
        self.hand = hand
        self.editor = editor
        self.date = date
        self.wordings = wordings
        self.media = media
        self.marginalInstruction = marginalInstruction
        self.overrides = overrides
    }
}

/// A sample edition as its `edition.yaml` describes it.
public struct SampleEditionDescription: Sendable, Hashable, Codable {
    public var title: String
    public var author: String
    /// `Name <mail>`.
    public var editor: String
    /// The printed edition the sample is taken from.
    public var source: String
    /// What is reconstructed, and from what.
    public var reconstructed: String
    /// How to cite the sample edition.
    public var cite: String

    /// Creates a description.
    public init(title: String, author: String, editor: String, source: String, reconstructed: String, cite: String) {
        self.title = title
        self.author = author
        self.editor = editor
        self.source = source
        self.reconstructed = reconstructed
        self.cite = cite
    }
}

/// A witness of a sample edition: how `edition.yaml` describes it, and the note at the top of
/// its transcription.
public struct SampleWitnessDescription: Sendable, Hashable, Codable {
    public var siglum: String
    /// The transcription, relative to the sample's folder (`witnesses/TS.txt`).
    public var file: String
    public var title: String
    public var kind: Witness.Kind
    public var date: String?
    /// What the witness is and how it was reconstructed.
    public var note: String
    /// The transcriber's note put first in the transcription.
    public var heading: String

    /// Creates a description.
    public init(
        siglum: String, file: String, title: String, kind: Witness.Kind, date: String? = nil, note: String,
        heading: String
    ) {
        self.siglum = siglum
        self.file = file
        self.title = title
        self.kind = kind
        self.date = date
        self.note = note
        self.heading = heading
    }
}
