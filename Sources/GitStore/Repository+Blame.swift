import CLibGit2

extension Repository {
    /// Which commit last changed each line of the file at `path`.
    ///
    /// libgit2 1.5 blames line by line along the history without move or copy
    /// detection (no `-M`/`-C`), like plain `git blame`.
    ///
    /// - Parameters:
    ///   - path: repository-relative path of a file in `newest`.
    ///   - newest: the commit whose version of the file is blamed; nil for `HEAD`.
    /// - Returns: Hunks in line order covering the whole file.
    /// - Throws: ``GitArgumentError`` for an unsafe path; ``GitError``
    ///   (`git_blame_file`) e.g. if the file does not exist in that commit.
    /// - Complexity: O(commits touching the file × diff cost); about a second for
    ///   2,000 lines over 1,000 commits. Cache the result per commit if needed often.
    public func blame(path: String, newest: ObjectID? = nil) throws -> [BlameHunk] {
        let path = try validatedRepositoryPath(path)
        var options = git_blame_options()
        try check(git_blame_options_init(&options, UInt32(GIT_BLAME_OPTIONS_VERSION)), "git_blame_options_init")
        if let newest {
            options.newest_commit = newest.gitOID
        }
        var blame: OpaquePointer?
        defer { git_blame_free(blame) }
        try check(git_blame_file(&blame, handle, path, &options), "git_blame_file(\(path))")
        return (0..<git_blame_get_hunk_count(blame)).compactMap { index in
            git_blame_get_hunk_byindex(blame, index).map { BlameHunk($0) }
        }
    }
}
