/// The JSON form of an imported printed edition (`sigla import printed --json`): the chapters,
/// every note with its chapter, number, editorial flag, text, the body line of its call and
/// the body text it governs, and the figures of the import.
public struct PrintedEditionSummary: Sendable, Hashable, Codable {
    /// A chapter: number, numeral, title and source lines.
    public struct Chapter: Sendable, Hashable, Codable {
        public var number: Int
        public var numeral: String
        public var title: String
        public var period: String?
        public var firstLine: Int
        public var lastLine: Int
        public var headingLine: Int
        public var noteCount: Int
        public var editorialNoteCount: Int
    }

    /// A note of a chapter.
    public struct Note: Sendable, Hashable, Codable {
        public var chapter: Int
        public var number: Int
        public var editorial: Bool
        public var text: String
        /// The note's first source line.
        public var line: Int
        /// The source line of its call in the body, when found.
        public var callLine: Int?
        /// The scalar offset of its call in the chapter's body text, when found.
        public var callOffset: Int?
        /// For an editorial note, the body text it governs, and the rule that found it.
        public var governedText: String?
        public var governedRule: GovernedSpan.Rule?
        public var governedLine: Int?
    }

    /// How many repairs of one kind were made.
    public struct RepairCount: Sendable, Hashable, Codable {
        public var printed: String
        public var restored: String
        public var count: Int
        /// How many of them were decided on weak evidence (also diagnostics).
        public var unsure: Int
    }

    public var file: String
    public var chapters: [Chapter]
    public var notes: [Note]
    public var repairs: [RepairCount]
    public var hyphenation: HyphenationCounts
    public var diagnostics: [PrintedEditionDiagnostic]

    /// The summary of an edition.
    ///
    /// - Complexity: O(*n* + *r*), *n* the notes, *r* the repairs.
    public init(_ edition: PrintedEdition) {
        file = edition.fileName
        chapters = edition.chapters.map { chapter in
            Chapter(
                number: chapter.number, numeral: chapter.numeral, title: chapter.title, period: chapter.period,
                firstLine: chapter.lines.lowerBound, lastLine: chapter.lines.upperBound,
                headingLine: chapter.headingLine, noteCount: chapter.content.notes.count,
                editorialNoteCount: chapter.content.editorialNotes.count)
        }
        notes = edition.chapters.flatMap { chapter in
            chapter.content.notes.map { note in
                Note(
                    chapter: chapter.number, number: note.number, editorial: note.isEditorial, text: note.text,
                    line: note.lines.lowerBound, callLine: note.call?.line, callOffset: note.call?.offset,
                    governedText: note.governed?.text, governedRule: note.governed?.rule,
                    governedLine: note.governed?.line)
            }
        }
        var counts: [LigatureRepair.Kind: (all: Int, unsure: Int)] = [:]
        for repair in edition.repairs {
            counts[repair.kind, default: (0, 0)].all += 1
            if !repair.isConfident { counts[repair.kind, default: (0, 0)].unsure += 1 }
        }
        repairs = counts.keys.sorted().map { kind in
            RepairCount(
                printed: kind.printed, restored: kind.restored, count: counts[kind]?.all ?? 0,
                unsure: counts[kind]?.unsure ?? 0)
        }
        hyphenation = edition.hyphenation
        diagnostics = edition.diagnostics
    }
}
