/// Two editors decided the same place differently: the conflict a pull stops on.
///
/// It is an editorial conflict, not a textual one: each side is a whole decision (or its
/// absence, where one editor reverted it), with the editor, the date and the
/// justification. The edition's files never hold conflict markers; the work tree stays at
/// the editor's own state until the conflict is resolved by a new decision
/// (`sigla decide LOC … --because "…"`).
public struct EditorialConflict: Sendable, Codable, Equatable {
    /// One editor's side.
    public struct Side: Sendable, Codable, Equatable {
        /// Where this side comes from: `yours`, or the remote branch (`origin/main`).
        public var branch: String
        /// The decision on this side; nil where this side has none (it was reverted).
        public var decision: Decision?
        /// The commit that gave the place this side's state, and its author and date.
        public var commit: String?
        public var author: String?
        public var date: String?
        public var subject: String?
    }

    /// The place: `I.27/1`.
    public var location: String
    /// The sentence it is in: `I.27`.
    public var citation: String
    /// The editor's own side (`yours`).
    public var ours: Side
    /// The remote's side.
    public var theirs: Side
    /// The commit of the decision that resolved the conflict; nil while it is open.
    public var resolution: String?
}

/// What resolving a conflict did to the pull waiting for it.
public struct ConflictResolution: Sendable, Codable, Equatable {
    /// The branch being merged (`origin/main`).
    public var label: String
    /// The places still in conflict.
    public var remaining: [String]
    /// The merge commit, made when the last conflict was resolved.
    public var mergeCommit: String?
}
