import CLibGit2

extension Repository {
    /// The best common ancestor of two commits (`git merge-base a b`); nil when their
    /// histories are unrelated.
    public func mergeBase(_ first: ObjectID, _ second: ObjectID) throws -> ObjectID? {
        var base = git_oid()
        var one = first.gitOID
        var two = second.gitOID
        let result = git_merge_base(&base, handle, &one, &two)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "git_merge_base(\(first.short), \(second.short))")
        return ObjectID(base)
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors
    /// (`git merge-base --is-ancestor`).
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws -> Bool {
        if ancestor == descendant { return true }
        var commit = descendant.gitOID
        var candidate = ancestor.gitOID
        let result = git_graph_descendant_of(handle, &commit, &candidate)
        try check(result, "git_graph_descendant_of(\(descendant.short), \(ancestor.short))")
        return result == 1
    }

    /// How many commits each side has that the other lacks
    /// (`git rev-list --left-right --count local...upstream`).
    public func aheadBehind(local: ObjectID, upstream: ObjectID) throws -> (ahead: Int, behind: Int) {
        var ahead = 0
        var behind = 0
        var localOID = local.gitOID
        var upstreamOID = upstream.gitOID
        try check(
            git_graph_ahead_behind(&ahead, &behind, handle, &localOID, &upstreamOID),
            "git_graph_ahead_behind(\(local.short), \(upstream.short))")
        return (ahead, behind)
    }

    /// The commits reachable from `start` and not from any of `excluded`, newest first
    /// in topological order (`git log --topo-order start ^excluded…`).
    ///
    /// - Complexity: O(commits walked).
    public func commits(from start: ObjectID, excluding excluded: [ObjectID]) throws -> [Commit] {
        var commits = [Commit]()
        try walk(from: start, hiding: excluded) { commit in
            commits.append(commit)
            return true
        }
        return commits
    }

    /// The parents of commit `id`, first parent first, read without the rest of the commit.
    public func parents(of id: ObjectID) throws -> [ObjectID] {
        try withCommit(id) { commit in
            (0..<git_commit_parentcount(commit)).compactMap { git_commit_parent_id(commit, $0).map(ObjectID.init) }
        }
    }

    /// Whether the object database holds object `id` (of any kind).
    public func contains(_ id: ObjectID) throws -> Bool {
        var database: OpaquePointer?
        defer { git_odb_free(database) }
        try check(git_repository_odb(&database, handle), "git_repository_odb")
        var oid = id.gitOID
        return git_odb_exists(database, &oid) == 1
    }

    /// Moves reference `name` to `target` only if it still points to `expected` — a
    /// compare-and-swap, so a change computed from a stale tip never overwrites a newer
    /// one. `"HEAD"` moves the branch `HEAD` is on.
    ///
    /// - Parameter expected: the tip the caller saw; nil when the reference must not
    ///   exist yet.
    /// - Returns: false, changing nothing, when the reference had moved (or, with
    ///   `expected` nil, already existed).
    /// - Throws: ``GitError`` for an invalid name or a failed write.
    @discardableResult
    public func updateReference(named name: String, to target: ObjectID, expecting expected: ObjectID?, message: String)
        throws -> Bool
    {
        var referenceName = name
        if name == "HEAD", let symbolic = try reference(named: "HEAD")?.symbolicTarget {
            referenceName = symbolic
        }
        var new = target.gitOID
        var updated: OpaquePointer?
        defer { git_reference_free(updated) }
        let result: Int32
        if let expected {
            var old = expected.gitOID
            result = git_reference_create_matching(&updated, handle, referenceName, &new, 1, &old, message)
        } else {
            result = git_reference_create(&updated, handle, referenceName, &new, 0, message)
        }
        if result == GIT_EMODIFIED.rawValue || result == GIT_EEXISTS.rawValue { return false }
        try check(result, "git_reference_create_matching(\(referenceName))")
        return true
    }
}
