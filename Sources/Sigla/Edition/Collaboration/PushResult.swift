/// What a push sent.
public struct PushResult: Sendable, Codable {
    /// The remote and branch pushed to.
    public var remote: String
    public var branch: String
    /// The remote branch's commit before (nil: the branch is new there) and after.
    public var old: String?
    public var new: String
    /// Whether the remote already had everything.
    public var upToDate: Bool
    /// The decisions and reverts the remote did not have, newest first.
    public var decisions: [Edition.LogEntry]
}
