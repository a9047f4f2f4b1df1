import CLibGit2

extension Repository {
    /// The commits reachable from `start` but from none of `hidden`, newest first
    /// (topological order, time order among independent commits) — `git log start ^hidden…`.
    ///
    /// - Complexity: O(commits listed + the walk needed to mark hidden ones).
    public func commits(from start: ObjectID, hiding hidden: [ObjectID]) throws -> [Commit] {
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
        var commits: [Commit] = []
        var oid = git_oid()
        while true {
            let result = git_revwalk_next(&oid, walker)
            if result == GIT_ITEROVER.rawValue { break }
            try check(result, "git_revwalk_next")
            commits.append(try withCommit(ObjectID(oid)) { Commit($0) })
        }
        return commits
    }

    /// Whether `ancestor` is `commit` or one of its ancestors.
    public func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) throws -> Bool {
        if ancestor == commit { return true }
        var commitOID = commit.gitOID
        var ancestorOID = ancestor.gitOID
        let result = git_graph_descendant_of(handle, &commitOID, &ancestorOID)
        // An unknown commit (e.g. a cache from a rewritten history) is no ancestor.
        if result < 0 { return false }
        return result == 1
    }
}
