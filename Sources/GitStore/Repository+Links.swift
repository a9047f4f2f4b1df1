import CLibGit2

extension Repository {
    /// Whether the entry at `path` in the tree of `commit` is a symbolic link (whose blob
    /// holds the path it points to, not a file's content).
    ///
    /// - Parameter path: repository-relative, '/'-separated.
    /// - Returns: false when nothing, a file or a folder is at `path`.
    /// - Throws: ``GitArgumentError`` for an unsafe path; ``GitError`` if `commit` is not a commit.
    public func isSymbolicLink(at path: String, commit: ObjectID) throws -> Bool {
        let path = try validatedRepositoryPath(path)
        return try withTree(ofCommit: commit) { tree in
            try entry(at: path, in: tree)?.mode == GIT_FILEMODE_LINK
        }
    }
}
