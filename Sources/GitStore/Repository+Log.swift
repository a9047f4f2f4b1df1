import CLibGit2

extension Repository {
    /// The history from `start`, newest first.
    ///
    /// Commits come in topological order with time order among independent commits
    /// (`git log --topo-order --date-order`; for linear history the same as `git log`).
    ///
    /// With a `path`, only commits that changed what is at that path (file or folder:
    /// content or mode, added or removed) are kept. A commit with one parent counts when
    /// the path differs from its parent; a root commit when the path exists in it; a
    /// merge only when the path differs from *every* parent (the merge itself changed
    /// it). Unlike `git log -- path`, side branches of a merge that took one side's
    /// version are still walked, so their commits that touched the path are listed too;
    /// for linear history the result equals `git log --format=%H -- path`.
    ///
    /// - Parameters:
    ///   - start: the newest commit; nil for `HEAD` (an empty list on an unborn branch).
    ///   - path: a repository-relative file or folder to follow; nil for all commits.
    ///   - limit: the most commits to return.
    /// - Complexity: O(commits walked × path depth) tree lookups.
    public func log(from start: ObjectID? = nil, path: String? = nil, limit: Int? = nil) throws -> [Commit] {
        let path = try path.map { path throws(GitArgumentError) in try validatedRepositoryPath(path) }
        guard let start = try start ?? headCommitID() else { return [] }
        if let limit, limit <= 0 { return [] }

        var commits = [Commit]()
        try walk(from: start, hiding: []) { commit in
            if let path, try !changes(path, commit) { return true }
            commits.append(commit)
            return limit.map { commits.count < $0 } ?? true
        }
        return commits
    }

    /// Walks the history from `start`, newest first (topological order, time order among
    /// independent commits), leaving out what `hidden` reaches, until `visit` says stop.
    func walk(from start: ObjectID, hiding hidden: [ObjectID], _ visit: (Commit) throws -> Bool) throws {
        var walker: OpaquePointer?
        defer { git_revwalk_free(walker) }
        try check(git_revwalk_new(&walker, handle), "git_revwalk_new")
        try check(
            git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
        var startOID = start.gitOID
        try check(git_revwalk_push(walker, &startOID), "git_revwalk_push(\(start.short))")
        for id in hidden {
            var oid = id.gitOID
            try check(git_revwalk_hide(walker, &oid), "git_revwalk_hide(\(id.short))")
        }
        var oid = git_oid()
        while true {
            let result = git_revwalk_next(&oid, walker)
            if result == GIT_ITEROVER.rawValue { break }
            try check(result, "git_revwalk_next")
            guard try visit(try withCommit(ObjectID(oid)) { Commit($0) }) else { break }
        }
    }

    /// Whether `commit` changed the entry at `path` relative to its parents (see
    /// ``log(from:path:limit:)``).
    private func changes(_ path: String, _ commit: Commit) throws -> Bool {
        let own = try entryState(at: path, tree: commit.tree)
        if commit.parents.isEmpty { return own != nil }
        for parent in commit.parents {
            let parentTree = try withCommit(parent) { ObjectID(git_commit_tree_id($0)) }
            if try entryState(at: path, tree: parentTree) == own { return false }
        }
        return true
    }

    /// What is at `path` in tree `tree`: its object id and mode, or nil.
    private func entryState(at path: String, tree: ObjectID) throws -> EntryState? {
        try withTree(tree) { try entry(at: path, in: $0).map { EntryState(id: $0.id, mode: $0.mode.rawValue) } }
    }

    private struct EntryState: Equatable {
        var id: ObjectID
        var mode: UInt32
    }
}
