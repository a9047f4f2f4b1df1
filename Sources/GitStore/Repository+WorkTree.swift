import CLibGit2
import Foundation

extension Repository {
    /// Makes the work tree and the index match `HEAD` for `paths` (or for everything),
    /// overwriting local changes there — `git checkout -f HEAD -- paths`.
    ///
    /// ``createCommit(tree:parents:author:committer:message:updatingReference:)`` writes
    /// objects and moves a reference but leaves the index and the files as they were,
    /// so right after it `git status` would show the commit's changes reverted. Calling
    /// this with the committed paths brings files and index up to the new commit:
    /// changed files are rewritten, removed files deleted, and `git status` is clean.
    ///
    /// What the work tree is taken to be at the start — the baseline, so that files the
    /// new commit removed are removed from disk too — is the tree of `previous` when it
    /// is given, else the index as it was before the call (read a second time, which in
    /// an edition of thousands of records costs as much as the rest of the checkout).
    /// Untracked files elsewhere are left alone.
    ///
    /// - Parameters:
    ///   - paths: repository-relative file paths, matched literally (no wildcards); nil
    ///     for the whole tree. An empty list does nothing.
    ///   - previous: the commit the index and work tree match, for the given paths.
    /// - Throws: ``GitArgumentError`` for an unsafe path; ``GitError``, e.g. on a bare
    ///   repository or an unborn branch.
    public func checkoutHead(paths: [String]? = nil, from previous: ObjectID? = nil) throws {
        let paths = try paths.map { list throws(GitArgumentError) in
            var checked = [String]()
            for path in list { checked.append(try validatedRepositoryPath(path)) }
            return checked
        }
        if paths?.isEmpty == true { return }

        var options = git_checkout_options()
        try check(
            git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
        options.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue
        if paths != nil {
            options.checkout_strategy |= GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH.rawValue
        }

        var baselineTree: OpaquePointer?
        defer { git_tree_free(baselineTree) }
        var baselineIndex: OpaquePointer?
        defer { git_index_free(baselineIndex) }
        if let previous {
            var tree = try withCommit(previous) { ObjectID(git_commit_tree_id($0)) }.gitOID
            try check(git_tree_lookup(&baselineTree, handle, &tree), "git_tree_lookup")
            options.baseline = baselineTree
        } else {
            // A private copy of the index file: the repository's own index object is
            // the one checkout rewrites.
            try check(git_index_open(&baselineIndex, gitDirectoryPath + "/index"), "git_index_open")
            options.baseline_index = baselineIndex
        }

        var cPaths = [UnsafeMutablePointer<CChar>?]()
        defer { for cPath in cPaths { free(cPath) } }
        for path in paths ?? [] {
            cPaths.append(strdup(path))
        }
        let result = cPaths.withUnsafeMutableBufferPointer { buffer in
            options.paths = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return git_checkout_head(handle, &options)
        }
        try check(result, "git_checkout_head")
    }

    /// What `git status` would list: staged changes, unstaged changes and untracked
    /// files (each file of an untracked folder), not ignored files.
    ///
    /// - Parameter paths: only these repository-relative paths, matched literally (a
    ///   folder's files are included); nil for the whole work tree. Looking at a few
    ///   paths avoids reading every file's metadata in a large edition.
    /// - Returns: One entry per path, in path order; empty for a clean work tree.
    public func status(paths: [String]? = nil) throws -> [StatusEntry] {
        let paths = try paths.map { list throws(GitArgumentError) in
            var checked = [String]()
            for path in list { checked.append(try validatedRepositoryPath(path)) }
            return checked
        }
        if paths?.isEmpty == true { return [] }
        var options = git_status_options()
        try check(git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)), "git_status_options_init")
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags =
            GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY.rawValue
        if paths != nil { options.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH.rawValue }
        var cPaths = [UnsafeMutablePointer<CChar>?]()
        defer { for cPath in cPaths { free(cPath) } }
        for path in paths ?? [] { cPaths.append(strdup(path)) }
        var list: OpaquePointer?
        defer { git_status_list_free(list) }
        let result = cPaths.withUnsafeMutableBufferPointer { buffer in
            options.pathspec = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return git_status_list_new(&list, handle, &options)
        }
        try check(result, "git_status_list_new")

        let staged: UInt32 =
            GIT_STATUS_INDEX_NEW.rawValue | GIT_STATUS_INDEX_MODIFIED.rawValue
            | GIT_STATUS_INDEX_DELETED.rawValue | GIT_STATUS_INDEX_RENAMED.rawValue
            | GIT_STATUS_INDEX_TYPECHANGE.rawValue
        let modified: UInt32 =
            GIT_STATUS_WT_MODIFIED.rawValue | GIT_STATUS_WT_TYPECHANGE.rawValue
            | GIT_STATUS_WT_RENAMED.rawValue
        let deleted: UInt32 = GIT_STATUS_INDEX_DELETED.rawValue | GIT_STATUS_WT_DELETED.rawValue

        return (0..<git_status_list_entrycount(list)).compactMap { index in
            guard let entry = git_status_byindex(list, index)?.pointee else { return nil }
            let flags = entry.status.rawValue
            let delta = entry.index_to_workdir ?? entry.head_to_index
            guard let file = delta?.pointee, let path = file.new_file.path ?? file.old_file.path else { return nil }
            return StatusEntry(
                path: String(cString: path),
                isStaged: flags & staged != 0,
                isModifiedInWorkTree: flags & modified != 0,
                isUntracked: flags & GIT_STATUS_WT_NEW.rawValue != 0,
                isDeleted: flags & deleted != 0,
                isConflicted: flags & GIT_STATUS_CONFLICTED.rawValue != 0)
        }
    }
}
