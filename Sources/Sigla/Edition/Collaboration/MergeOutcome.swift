/// What a pull (or a merge of a branch) did to the edition.
public struct MergeOutcome: Sendable, Codable {
    /// How the two histories were joined.
    public enum Kind: String, Sendable, Codable {
        /// Nothing new on the other side.
        case upToDate = "up-to-date"
        /// Only the other side had new decisions: the edition moved to its commit.
        case fastForward = "fast-forward"
        /// Both sides had new decisions, at different places: one merge commit.
        case merged
        /// Both sides decided some place differently: nothing merged yet, the conflicts
        /// wait for new decisions (`sigla conflicts`).
        case conflicts
    }

    public var kind: Kind
    /// The branch merged (`origin/main`).
    public var label: String
    /// The edition's commit afterwards (the merge commit, or the commit moved to).
    public var commit: String?
    /// The decisions and reverts brought in from the other side, newest first.
    public var decisions: [Edition.LogEntry]
    /// With ``Kind/conflicts``: the places decided differently.
    public var conflicts: [EditorialConflict]
}
