import CLibGit2

extension Repository {
    /// Writes a commit and, by default, moves `HEAD` (its branch) to it.
    ///
    /// When a reference is updated, libgit2 checks that `parents[0]` is the reference's
    /// current tip (or that the reference does not exist yet): a commit computed from a
    /// stale state fails instead of silently dropping someone else's commit. That is the
    /// optimistic concurrency check behind "one decision = one commit".
    ///
    /// The index and work tree are not touched: call ``checkoutHead(paths:)`` afterwards
    /// so `git status` stays clean.
    ///
    /// - Parameters:
    ///   - tree: the root tree, e.g. from ``treeByApplying(_:to:)``.
    ///   - parents: parent commits, first parent first; empty for a root commit.
    ///   - message: the full message, e.g. ``CommitMessage/rendered``.
    ///   - updatingReference: the reference to move (`"HEAD"` follows it to its
    ///     branch); nil to only write the commit object.
    /// - Returns: The new commit's id.
    /// - Throws: ``GitError``; with ``GitError/isConcurrentModification`` when
    ///   `parents[0]` is not the current tip (the reference is then left unchanged).
    ///   ``GitArgumentError`` for a message with a NUL character or a signature git
    ///   could not read back.
    @discardableResult
    public func createCommit(
        tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature, message: String,
        updatingReference: String? = "HEAD"
    ) throws -> ObjectID {
        if message.contains("\0") { throw GitArgumentError.nulCharacter(in: "commit message") }
        var parentHandles = [OpaquePointer?]()
        defer { for parent in parentHandles { git_commit_free(parent) } }
        for parent in parents {
            var oid = parent.gitOID
            var commit: OpaquePointer?
            let result = git_commit_lookup(&commit, handle, &oid)
            if commit != nil { parentHandles.append(commit) }
            try check(result, "git_commit_lookup(\(parent.short))")
        }
        return try withTree(tree) { treeHandle in
            try author.withGitSignature { authorSignature in
                try committer.withGitSignature { committerSignature in
                    var oid = git_oid()
                    let result = parentHandles.withUnsafeMutableBufferPointer { buffer in
                        sigla_git_commit_create(
                            &oid, handle, updatingReference, authorSignature, committerSignature, message,
                            treeHandle, buffer.count, buffer.baseAddress)
                    }
                    try check(result, "git_commit_create")
                    return ObjectID(oid)
                }
            }
        }
    }

    /// Reads commit `id`.
    ///
    /// - Throws: ``GitError`` (`git_commit_lookup`) if there is no such commit.
    public func commit(_ id: ObjectID) throws -> Commit {
        try withCommit(id) { Commit($0) }
    }

    /// Finds the commit a revision names, as `git rev-parse <revision>^{commit}` does.
    ///
    /// - Parameter revision: a full or abbreviated hash, a reference name (`main`,
    ///   `refs/notes/x`, `HEAD`), or an expression like `HEAD~2` or `main^2`.
    /// - Throws: ``GitError`` (`git_revparse_single`) when nothing or several objects
    ///   match (``GitError/isNotFound``, ``GitError/isAmbiguous``), or
    ///   (`git_object_peel`) when the object does not lead to a commit.
    public func resolve(_ revision: String) throws -> ObjectID {
        var object: OpaquePointer?
        defer { git_object_free(object) }
        try check(git_revparse_single(&object, handle, revision), "git_revparse_single(\(revision))")
        var peeled: OpaquePointer?
        defer { git_object_free(peeled) }
        try check(git_object_peel(&peeled, object, GIT_OBJECT_COMMIT), "git_object_peel(\(revision))")
        return ObjectID(git_object_id(peeled))
    }
}
