import CLibGit2

extension Repository {
    /// The commit that gave the file (or folder) at `path` its current state, as
    /// `git log -1 -- path` finds it.
    ///
    /// The walk follows git's history simplification: at a merge whose entry at `path`
    /// equals one parent's, it follows that parent only — the merge took that side's
    /// version, so the change was made there — and a merge that differs from every
    /// parent made the change itself. Unlike ``log(from:path:limit:)`` with a limit of
    /// one, the answer does not depend on commit dates.
    ///
    /// - Parameters:
    ///   - path: repository-relative.
    ///   - start: the commit to look back from; nil for `HEAD`.
    /// - Returns: The commit; for a path that is gone, the one that removed it; nil when
    ///   the path never existed on the followed line (or the branch has no commit).
    /// - Complexity: O(commits followed × path depth) tree lookups.
    public func lastCommit(changing path: String, from start: ObjectID? = nil) throws -> ObjectID? {
        let path = try validatedRepositoryPath(path)
        guard var current = try start ?? headCommitID() else { return nil }
        while true {
            let (tree, parents) = try withCommit(current) { commit in
                (
                    ObjectID(git_commit_tree_id(commit)),
                    (0..<git_commit_parentcount(commit)).compactMap {
                        git_commit_parent_id(commit, $0).map(ObjectID.init)
                    }
                )
            }
            let own = try entryID(at: path, tree: tree)
            guard !parents.isEmpty else { return own == nil ? nil : current }
            var same: ObjectID?
            for parent in parents {
                let parentTree = try withCommit(parent) { ObjectID(git_commit_tree_id($0)) }
                if try entryID(at: path, tree: parentTree) == own {
                    same = parent
                    break
                }
            }
            guard let same else { return current }  // changed here (a removal counts)
            current = same
        }
    }

    /// The id and mode of the entry at `path` in `tree`, or nil.
    private func entryID(at path: String, tree: ObjectID) throws -> PathEntry? {
        try withTree(tree) { try entry(at: path, in: $0).map { PathEntry(id: $0.id, mode: $0.mode.rawValue) } }
    }

    private struct PathEntry: Equatable {
        var id: ObjectID
        var mode: UInt32
    }
}
