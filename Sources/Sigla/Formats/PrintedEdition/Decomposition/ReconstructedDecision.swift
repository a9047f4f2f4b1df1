/// One editorial decision of a printed edition, taken apart from its note: where the editor
/// intervened, what they did, and why — in the editor's own words.
///
/// ``PrintedEditionDecomposer`` makes one per editorial note (`11*`); `decisions.yaml` of a
/// sample edition lists them, and a replay turns each into a commit of the edition. The keys
/// are the file's:
///
/// ```yaml
/// - note: I.11
///   at: Fue sin duda entre los seis y los ocho años
///   action: adopt
///   adopt: TS-ac
///   sign: brackets
///   category: restoration
///   because: "Todo este pasaje […] está tachado con lápiz negro […]"
///   editor: Jean Rière <jean.riere@example.org>
///   date: 2018-09-15
/// ```
///
/// Applied to the base text (the base witness after revision), in the order of the list:
/// - `adopt`: the reading of the witness state `adopt` at the place `at` names (`at` is a
///   phrase of that reading, or, when the reading is empty, the text right after the place)
///   replaces the base's, inside `[ ]` when `sign` is `brackets`;
/// - `emend`: `at` (the lemma, as the base reads it) becomes `text`;
/// - `supply`: `text` goes in after `at`, after a space — or, when `text` begins with a line
///   break, as a new paragraph; inside `[ ]` when `sign` is `brackets`; `from` names the
///   witness it comes from (none for the editor's own conjecture);
/// - `keep`: the base text `at` stays as it is (the note annotates it).
public struct ReconstructedDecision: Sendable, Hashable, Codable {
    /// What the editor did at the place (the same actions `sigla decide` records).
    public typealias Action = Decision.Action
    /// How the printed text shows the intervention.
    public typealias Sign = Decision.Sign
    /// The kind of intervention, as an apparatus groups them.
    public typealias Category = DecisionCategory

    /// The note, `I.11`: the chapter's roman numeral, a period, the note's number.
    public var note: String
    /// The phrase that finds the place (see the type's discussion); unique in its chapter.
    public var at: String
    public var action: Action
    /// With `adopt`: the witness state whose reading is taken (`TS-ac`, `TS-1`, `V1`).
    public var adopt: String?
    /// With `emend` and `supply`: the new text, as the printed edition prints it, without the sign.
    public var text: String?
    /// With `supply`: the witness the text comes from; `nil` for a conjecture.
    public var from: String?
    public var sign: Sign
    public var category: Category
    /// The note's full text: the editor's justification.
    public var because: String
    /// `Name <mail>`, as git names a commit's author.
    public var editor: String
    /// The day of the decision, `YYYY-MM-DD`.
    public var date: String

    /// Creates a decision.
    public init(
        note: String, at: String, action: Action, adopt: String? = nil, text: String? = nil, from: String? = nil,
        sign: Sign, category: Category, because: String, editor: String, date: String
    ) {
        self.note = note
        self.at = at
        self.action = action
        self.adopt = adopt
        self.text = text
        self.from = from
        self.sign = sign
        self.category = category
        self.because = because
        self.editor = editor
        self.date = date
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case note, at, action, adopt, text, from, sign, category, because, editor, date
    }
}
