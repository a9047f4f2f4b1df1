import CLibGit2

// Scoped lookups: each libgit2 object is freed by the `defer` next to its lookup, after
// `body` has copied out what it needs.
extension Repository {
    /// Runs `body` with the commit `id` (a `git_commit *`), freed afterwards.
    func withCommit<Result>(_ id: ObjectID, _ body: (OpaquePointer) throws -> Result) throws -> Result {
        var oid = id.gitOID
        var commit: OpaquePointer?
        defer { git_commit_free(commit) }
        try check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup(\(id.short))")
        guard let commit else {
            throw GitError(operation: "git_commit_lookup", code: -1, message: "no commit returned")
        }
        return try body(commit)
    }

    /// Runs `body` with the tree `id` (a `git_tree *`), freed afterwards.
    func withTree<Result>(_ id: ObjectID, _ body: (OpaquePointer) throws -> Result) throws -> Result {
        var oid = id.gitOID
        var tree: OpaquePointer?
        defer { git_tree_free(tree) }
        try check(git_tree_lookup(&tree, handle, &oid), "git_tree_lookup(\(id.short))")
        guard let tree else { throw GitError(operation: "git_tree_lookup", code: -1, message: "no tree returned") }
        return try body(tree)
    }

    /// Runs `body` with the root tree of commit `id`, freed afterwards.
    func withTree<Result>(ofCommit id: ObjectID, _ body: (OpaquePointer) throws -> Result) throws -> Result {
        let treeID = try withCommit(id) { ObjectID(git_commit_tree_id($0)) }
        return try withTree(treeID, body)
    }

    /// The id and file mode of the entry at `path` in `tree`, nil if there is none.
    func entry(at path: String, in tree: OpaquePointer) throws -> (id: ObjectID, mode: git_filemode_t)? {
        var entry: OpaquePointer?
        defer { git_tree_entry_free(entry) }
        let result = git_tree_entry_bypath(&entry, tree, path)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "git_tree_entry_bypath(\(path))")
        guard let entry else { return nil }
        return (ObjectID(git_tree_entry_id(entry)), git_tree_entry_filemode(entry))
    }
}
