/// Where the edition stands: its branch, what is only here, what is only on the remote,
/// what conflicts, what is not committed.
public struct EditionStatus: Sendable, Codable {
    /// The branch `HEAD` is on; nil when detached.
    public var branch: String?
    /// The remote branch it is compared with (`origin/main`); nil without a remote or
    /// before the remote has the branch.
    public var upstream: String?
    /// Commits here that the remote branch lacks, and the reverse (as of the last fetch).
    public var ahead: Int
    public var behind: Int
    /// The decisions and reverts here that the remote lacks (to push), newest first.
    public var local: [Edition.LogEntry]
    /// The decisions and reverts on the remote that are not here yet (to pull), newest first.
    public var remote: [Edition.LogEntry]
    /// A pull waiting for its conflicts: the branch, and every conflict it found.
    public var pendingPull: Edition.PendingPull?
    /// Files changed in the work tree and not committed.
    public var uncommitted: [String]
}
