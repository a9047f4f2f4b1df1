import CLibGit2
import Foundation

extension Repository {
    /// Writes a new tree: `base` with `changes` applied.
    ///
    /// Folders are created for new files and dropped when their last file is removed.
    /// When several changes name the same path, the last one wins.
    ///
    /// - Parameters:
    ///   - changes: upserts and removals of files, with repository-relative paths.
    ///   - base: a tree id (e.g. ``Commit/tree``); nil starts from the empty tree.
    /// - Returns: The id of the new tree (stored; nothing else changes).
    /// - Throws: ``GitArgumentError`` for an unsafe path or for two changes where one
    ///   path is inside the other; ``GitError`` when libgit2 refuses the update, e.g.
    ///   removing a file that is not there or putting a file where a folder is.
    /// - Complexity: O(c log c + rewritten trees) for c changes
    ///   (`git_tree_create_updated` rewrites only the trees on changed paths).
    public func treeByApplying(_ changes: [TreeChange], to base: ObjectID?) throws -> ObjectID {
        var latest = [String: TreeChange]()
        var order = [String]()
        for change in changes {
            let path = try validatedRepositoryPath(change.path)
            if latest.updateValue(change, forKey: path) == nil { order.append(path) }
        }
        for path in order {
            var ancestor = Substring(path)
            while let slash = ancestor.lastIndex(of: "/") {
                ancestor = ancestor[..<slash]
                if latest[String(ancestor)] != nil {
                    throw GitArgumentError.conflictingTreeChanges(String(ancestor), path)
                }
            }
        }
        if order.isEmpty, let base { return base }

        let baseTree = try base ?? emptyTree()
        // The C strings must outlive the call: copy them and free them together.
        var cPaths = [UnsafeMutablePointer<CChar>]()
        defer { for cPath in cPaths { free(cPath) } }
        var updates = [git_tree_update]()
        for path in order {
            guard let change = latest[path], let cPath = strdup(path) else { continue }
            cPaths.append(cPath)
            var update = git_tree_update()
            update.path = UnsafePointer(cPath)
            switch change {
            case .upsert(_, let blob, let executable):
                update.action = GIT_TREE_UPDATE_UPSERT
                update.id = blob.gitOID
                update.filemode = executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB
            case .remove:
                update.action = GIT_TREE_UPDATE_REMOVE
            }
            updates.append(update)
        }
        return try withTree(baseTree) { tree in
            var oid = git_oid()
            try check(git_tree_create_updated(&oid, handle, tree, updates.count, updates), "git_tree_create_updated")
            return ObjectID(oid)
        }
    }

    /// The id of the empty tree, written if the repository does not have it yet.
    func emptyTree() throws -> ObjectID {
        var builder: OpaquePointer?
        defer { git_treebuilder_free(builder) }
        try check(git_treebuilder_new(&builder, handle, nil), "git_treebuilder_new")
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "git_treebuilder_write")
        return ObjectID(oid)
    }
}
