import CLibGit2

/// A commit read from a repository, copied out of libgit2.
public struct Commit: Sendable {
    /// The commit's own id.
    public var id: ObjectID
    /// The parents' ids, first parent first (none for a root commit).
    public var parents: [ObjectID]
    /// The id of the commit's root tree.
    public var tree: ObjectID
    /// Who wrote the change, and when.
    public var author: Signature
    /// Who recorded it, and when.
    public var committer: Signature
    /// The message exactly as stored (libgit2 drops leading newlines only).
    public var message: String
    /// The first paragraph of the message, lines joined by spaces (git's `%s`).
    public var summary: String
    /// The message after the subject, without the trailer block (see
    /// ``CommitMessage/parse(_:)``); unlike git's `%b`, which keeps the trailers.
    public var body: String
    /// The trailers of the message's last paragraph, as `git_message_trailers` parses them.
    public var trailers: [Trailer]

    /// Copies everything out of a looked-up `git_commit`.
    init(_ commit: OpaquePointer) {
        id = ObjectID(git_commit_id(commit))
        parents = (0..<git_commit_parentcount(commit)).compactMap { index in
            git_commit_parent_id(commit, index).map { ObjectID($0) }
        }
        tree = ObjectID(git_commit_tree_id(commit))
        author = Signature(git_commit_author(commit))
        committer = Signature(git_commit_committer(commit))
        message = git_commit_message(commit).map { String(cString: $0) } ?? ""
        let parsed = CommitMessage.parse(message)
        summary = parsed.subject
        body = parsed.body
        trailers = parsed.trailers
    }
}
