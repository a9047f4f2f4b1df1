/// One editorial note, read: its treatment, what it changes in the base witness, what it puts in
/// another witness, and the place its decision names.
struct NotePlan: Sendable {
    /// `I.11`.
    var id: String
    var note: PrintedNote
    var treatment: NoteTreatment
    var category: ReconstructedDecision.Category
    var sign: ReconstructedDecision.Sign
    /// What the base witness has instead of the printed text, if anything.
    var edit: PlannedEdit?
    /// A transcriber's or author's note put after the place, with no edit of the text.
    var insertion: PlannedEdit?
    /// A fragment of another witness.
    var fragment: WitnessFragment?
    var place: Place
    /// Where the place starts in the printed chapter: decisions are listed in this order.
    var order: Int

    /// A stretch of a fragmentary witness, known from a note.
    struct WitnessFragment: Sendable {
        var siglum: String
        /// Where it stands, as a scalar offset of the printed chapter (for ordering).
        var offset: Int
        /// Its text; one `\n` between paragraphs.
        var text: String
        var note: String?
    }

    /// How the decision names its place, before the phrase is chosen.
    enum Place: Sendable {
        /// Adopt a state of the base: its reading is the printed `reading` (edits inside rendered
        /// in that state); context is taken before `leftLimit`.
        case adoptState(WitnessState, reading: Range<Int>, leftLimit: Int)
        /// Adopt a state of the base whose reading is empty: the phrase is the text after `offset`.
        case adoptOmission(WitnessState, offset: Int)
        /// Adopt another witness's reading.
        case adoptWitness(siglum: String, reading: String)
        /// Emend the base's reading (`base`) of the printed `range`.
        case emend(range: Range<Int>, base: [TranscriptionNode])
        /// Supply `text` after the base's reading `base` of the printed text that ends where the
        /// supplied text goes; context is taken before `leftLimit`.
        case supply(leftLimit: Int, base: [TranscriptionNode], text: String, from: String?)
        /// Keep the printed `range`.
        case keep(range: Range<Int>)
    }
}
