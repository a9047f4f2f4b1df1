import CLibGit2

extension Repository {
    /// The files that differ between two trees, in path order: added, removed, changed
    /// (content or mode). No rename detection: a renamed file is a removal and an addition.
    ///
    /// - Parameters:
    ///   - old: the first tree (e.g. ``Commit/tree``); nil for the empty tree.
    ///   - new: the second tree.
    /// - Complexity: O(entries of the subtrees that differ); identical subtrees are
    ///   skipped by their ids.
    public func fileDifferences(from old: ObjectID?, to new: ObjectID) throws -> [FileDifference] {
        let oldTree = try old ?? emptyTree()
        return try withTree(oldTree) { oldHandle in
            try withTree(new) { newHandle in
                var diff: OpaquePointer?
                defer { git_diff_free(diff) }
                try check(git_diff_tree_to_tree(&diff, handle, oldHandle, newHandle, nil), "git_diff_tree_to_tree")
                return (0..<git_diff_num_deltas(diff)).compactMap { index -> FileDifference? in
                    guard let delta = git_diff_get_delta(diff, index)?.pointee else { return nil }
                    let path = (delta.new_file.path ?? delta.old_file.path).map { String(cString: $0) } ?? ""
                    var oldID = delta.old_file.id
                    var newID = delta.new_file.id
                    return FileDifference(
                        path: path,
                        old: git_oid_is_zero(&oldID) == 1 ? nil : ObjectID(oldID),
                        new: git_oid_is_zero(&newID) == 1 ? nil : ObjectID(newID))
                }
            }
        }
    }
}
