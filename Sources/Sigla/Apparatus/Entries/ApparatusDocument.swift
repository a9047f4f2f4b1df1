/// Everything an exporter needs to print an edition's apparatus criticus: what the edition
/// is, its witnesses and their states, the established text by section and sentence, and
/// the apparatus entries anchored in that text.
///
/// A document is a plain value, built once from an edition (`Edition.apparatusDocument()`)
/// and handed to every exporter, so that TEI, Markdown, JSON (and LaTeX, HTML) print the
/// same entries with the same notations. Its JSON form is versioned
/// (``schemaVersion``; see `Docs/json-schema.md`).
public struct ApparatusDocument: Hashable, Sendable, Codable {
    /// The version of the document's JSON form this build writes.
    public static let currentSchemaVersion = 1

    /// The version of the JSON form: ``currentSchemaVersion``.
    public var schemaVersion: Int
    public var title: String
    public var editors: [Person]
    /// How to cite the edition, what is reconstructed (`notes` in `sigla.yaml`).
    public var notes: String?
    /// How the apparatus is written: language of the abbreviations, negative or positive,
    /// the sign around restored text.
    public var conventions: ApparatusConventions
    /// The witness state the established text is built from (`TS`).
    public var base: String
    public var witnesses: [ApparatusWitness]
    /// The established text, section by section.
    public var sections: [ApparatusSection]
    /// The entries, in text order: by section, then by position in the section.
    public var entries: [ApparatusEntry]
    /// Where the document comes from.
    public var provenance: ApparatusProvenance

    public init(
        title: String, editors: [Person] = [], notes: String? = nil,
        conventions: ApparatusConventions = ApparatusConventions(), base: String,
        witnesses: [ApparatusWitness] = [], sections: [ApparatusSection] = [], entries: [ApparatusEntry] = [],
        provenance: ApparatusProvenance = ApparatusProvenance()
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.title = title
        self.editors = editors
        self.notes = notes
        self.conventions = conventions
        self.base = base
        self.witnesses = witnesses
        self.sections = sections
        self.entries = entries
        self.provenance = provenance
    }

    /// The entries of one section, in text order.
    ///
    /// - Complexity: O(*e*) in the number of entries.
    public func entries(in section: SectionID) -> [ApparatusEntry] {
        entries.filter { $0.section == section }
    }

    /// The witness with this siglum.
    public func witness(_ siglum: String) -> ApparatusWitness? {
        witnesses.first { $0.siglum == siglum }
    }

    /// The same document with the apparatus type (negative or positive) replaced, as an
    /// export option asks.
    public func with(type: ApparatusConventions.ApparatusType) -> ApparatusDocument {
        var copy = self
        copy.conventions.type = type
        return copy
    }
}

/// Where an apparatus document comes from: the edition's commit and the tool.
public struct ApparatusProvenance: Hashable, Sendable, Codable {
    /// The commit (HEAD) the document was built from; nil for an edition with no commit.
    public var commit: String?
    /// The program that built it: `Sigla`.
    public var generator: String

    public init(commit: String? = nil, generator: String = "Sigla") {
        self.commit = commit
        self.generator = generator
    }
}
