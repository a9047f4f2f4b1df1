/// Something that happened on the page: a revision, a reading the transcriber is unsure of,
/// a mark or note, a boundary of what survives.
///
/// Every event may say who made it (`hand`), with what (`medium`, `colour`) and in which
/// revision pass (`stage`, 1 being the first). Which of these a kind of event accepts mirrors
/// TEI (see `Docs/markup.md`); an event built in code is not checked.
public struct RevisionEvent: Hashable, Sendable, Codable {
    public var kind: Kind
    /// The hand, a name declared or not in ``Transcription/hands`` (e.g. `Serge`).
    public var hand: String?
    /// Writing medium as the editor names it: "lápiz negro", "tinta", "tinta verde".
    public var medium: String?
    /// Colour, when worth recording apart from the medium.
    public var colour: String?
    /// Revision pass, 1 being the first; `nil` counts as 1 (see ``effectiveStage``).
    public var stage: Int?
    /// Where the event was read from.
    public var origin: SourceOrigin

    public init(
        _ kind: Kind, hand: String? = nil, medium: String? = nil, colour: String? = nil, stage: Int? = nil,
        origin: SourceOrigin = .unknown
    ) {
        self.kind = kind
        self.hand = hand
        self.medium = medium
        self.colour = colour
        self.stage = stage
        self.origin = origin
    }

    /// The stage the event belongs to: its `stage`, or 1 when none is given.
    public var effectiveStage: Int { stage ?? 1 }

    /// What happened.
    public enum Kind: Hashable, Sendable, Codable {
        /// Text struck through (or otherwise cancelled).
        case deletion([TranscriptionNode])
        /// Text added, inline, between lines or in a margin; placed by the author, or by the
        /// editor where the author gave no precise indication (I:181*).
        case addition([TranscriptionNode], place: Placement? = nil, placedBy: PlacedBy? = nil)
        /// A deletion and the addition that replaces it, made together.
        case substitution(deleted: [TranscriptionNode], added: [TranscriptionNode], place: Placement? = nil)
        /// Deletions inside cancelled again ("stet"): from this event's stage on, they are read.
        case restoration([TranscriptionNode])
        /// A reading the transcriber is unsure of, with its alternatives; `preferred` indexes
        /// `alternatives` (0-based) and is the reading every state gives.
        case uncertain(alternatives: [String], preferred: Int = 0)
        /// Text that cannot be read, with its extent as the transcriber gives it ("2 words").
        case illegible(extent: String? = nil)
        /// A mark or instruction on the page that is not text of the work: "Reservar".
        case metamark(String, place: Placement? = nil)
        /// A note: the author's own note to himself (IX:200*), or the transcriber's comment.
        case note(String, by: NoteAuthor = .transcriber, place: Placement? = nil)
        /// The witness stops here: what follows, up to ``lacunaEnd``, does not survive.
        case lacunaStart
        /// The witness resumes here.
        case lacunaEnd
        /// From here on the writing is in another hand or medium (the event's attributes).
        case handShift

        /// The name used in messages and listings: "deletion", "addition", …
        public var name: String {
            switch self {
            case .deletion: "deletion"
            case .addition: "addition"
            case .substitution: "substitution"
            case .restoration: "restoration"
            case .uncertain: "uncertain reading"
            case .illegible: "illegible passage"
            case .metamark: "metamark"
            case .note(_, let by, _): by == .author ? "author's note" : "transcriber's note"
            case .lacunaStart: "lacuna start"
            case .lacunaEnd: "lacuna end"
            case .handShift: "hand shift"
            }
        }

        /// Whether the event changes the text between states (deletion, addition, substitution,
        /// restoration); only these make revision stages.
        public var isRevision: Bool {
            switch self {
            case .deletion, .addition, .substitution, .restoration: true
            default: false
            }
        }

        /// The nested node lists, in document order (the deleted part of a substitution first).
        public var children: [[TranscriptionNode]] {
            switch self {
            case .deletion(let nodes), .restoration(let nodes), .addition(let nodes, _, _): [nodes]
            case .substitution(let deleted, let added, _): [deleted, added]
            default: []
            }
        }

        func normalized() -> Kind {
            switch self {
            case .deletion(let nodes): .deletion(nodes.normalized())
            case .restoration(let nodes): .restoration(nodes.normalized())
            case .addition(let nodes, let place, let by): .addition(nodes.normalized(), place: place, placedBy: by)
            case .substitution(let deleted, let added, let place):
                .substitution(deleted: deleted.normalized(), added: added.normalized(), place: place)
            default: self
            }
        }
    }

    /// Where on the page something was written (TEI `@place` values).
    public enum Placement: String, Hashable, Sendable, Codable, CaseIterable {
        case inline, above, below, margin, top, bottom
    }

    /// Who decided where an addition goes in the text.
    public enum PlacedBy: String, Hashable, Sendable, Codable, CaseIterable {
        case author, editor
    }

    /// Who wrote a note.
    public enum NoteAuthor: String, Hashable, Sendable, Codable, CaseIterable {
        case author, transcriber
    }
}
