/// The editor's decision at an entry, with its provenance: who, when, in which commit, why.
public struct ApparatusDecision: Hashable, Sendable, Codable {
    public var category: DecisionCategory
    public var action: Decision.Action
    public var sign: Decision.Sign
    /// With `adopt` and `keep`: the state whose reading was taken.
    public var adopted: String?
    /// With `supply`: the witness the text comes from.
    public var source: String?
    /// What the established text reads here, without the sign.
    public var text: String
    /// The justification, as the note prints it.
    public var justification: String
    /// `Name <mail>`, as recorded.
    public var editor: String
    /// The editor's name alone.
    public var editorName: String
    /// ISO 8601.
    public var date: String
    /// The commit that made (or last amended) the decision.
    public var commit: String?

    public init(
        category: DecisionCategory, action: Decision.Action, sign: Decision.Sign, adopted: String? = nil,
        source: String? = nil, text: String, justification: String, editor: String, date: String, commit: String? = nil
    ) {
        self.category = category
        self.action = action
        self.sign = sign
        self.adopted = adopted
        self.source = source
        self.text = text
        self.justification = justification
        self.editor = editor
        self.editorName = (try? Person(parsing: editor))?.name ?? editor
        self.date = date
        self.commit = commit
    }

    /// The decision as its record holds it, with the commit that made it.
    public init(_ decision: Decision, commit: String?) {
        self.init(
            category: decision.category, action: decision.action, sign: decision.sign, adopted: decision.adopted,
            source: decision.source, text: decision.text.trimmingWhitespace(), justification: decision.justification,
            editor: decision.editor, date: decision.date, commit: commit)
    }
}
