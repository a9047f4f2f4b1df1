import CLibGit2

extension Repository {
    /// Copies into `destination` every object reachable from `tip` that it lacks: the
    /// commits not reachable from `known`, their trees and blobs. Objects are written one by
    /// one (as loose objects), trees and blobs before the commits that name them.
    ///
    /// This is how a push to a repository on the same machine moves objects: a push sends
    /// few objects, and a shared remote receiving a pack per push (libgit2 has no `gc` to
    /// merge them later) would slow every lookup down as packs pile up.
    ///
    /// - Parameters:
    ///   - known: commits whose history `destination` already has (e.g. its tip); those
    ///     missing from this repository are ignored.
    /// - Returns: The number of objects written.
    /// - Complexity: O(new commits + entries of the trees that changed): a tree already in
    ///   `destination` is not entered.
    @discardableResult
    func copyObjects(reachableFrom tip: ObjectID, excluding known: [ObjectID], into destination: Repository) throws
        -> Int
    {
        var walker: OpaquePointer?
        defer { git_revwalk_free(walker) }
        try check(git_revwalk_new(&walker, handle), "git_revwalk_new")
        // Oldest first, so that each commit's parents are written before it.
        try check(
            git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue),
            "git_revwalk_sorting")
        var tipOID = tip.gitOID
        try check(git_revwalk_push(walker, &tipOID), "git_revwalk_push(\(tip.short))")
        for commit in known where try contains(commit) {
            var oid = commit.gitOID
            try check(git_revwalk_hide(walker, &oid), "git_revwalk_hide(\(commit.short))")
        }
        var source: OpaquePointer?
        defer { git_odb_free(source) }
        try check(git_repository_odb(&source, handle), "git_repository_odb")
        var target: OpaquePointer?
        defer { git_odb_free(target) }
        try check(git_repository_odb(&target, destination.handle), "git_repository_odb")
        let copier = ObjectCopier(source: source, target: target)

        var oid = git_oid()
        while true {
            let result = git_revwalk_next(&oid, walker)
            if result == GIT_ITEROVER.rawValue { break }
            try check(result, "git_revwalk_next")
            let commit = ObjectID(oid)
            if copier.exists(commit) { continue }
            let tree = try withCommit(commit) { ObjectID(git_commit_tree_id($0)) }
            try copier.copyTree(tree, repository: self)
            try copier.copy(commit)
        }
        return copier.written
    }
}

/// Copies raw objects between two object databases, skipping those already there.
private final class ObjectCopier {
    let source: OpaquePointer?
    let target: OpaquePointer?
    var written = 0

    init(source: OpaquePointer?, target: OpaquePointer?) {
        self.source = source
        self.target = target
    }

    /// Whether the target has the object. Without a refresh: by default libgit2 rescans
    /// the pack folder after every miss, and most objects asked about are missing.
    func exists(_ id: ObjectID) -> Bool {
        var oid = id.gitOID
        return git_odb_exists_ext(target, &oid, GIT_ODB_LOOKUP_NO_REFRESH.rawValue) == 1
    }

    /// Copies one object as it is stored (type and bytes).
    func copy(_ id: ObjectID) throws {
        var oid = id.gitOID
        var object: OpaquePointer?
        defer { git_odb_object_free(object) }
        try check(git_odb_read(&object, source, &oid), "git_odb_read(\(id.short))")
        var copied = git_oid()
        try check(
            git_odb_write(
                &copied, target, git_odb_object_data(object), git_odb_object_size(object), git_odb_object_type(object)),
            "git_odb_write(\(id.short))")
        written += 1
    }

    /// Copies a tree, the blobs and subtrees it names that are missing, then the tree.
    func copyTree(_ id: ObjectID, repository: Repository) throws {
        if exists(id) { return }  // content-addressed: its whole content is there
        let entries: [(id: ObjectID, isTree: Bool)] = try repository.withTree(id) { tree in
            (0..<git_tree_entrycount(tree)).compactMap { index in
                guard let entry = git_tree_entry_byindex(tree, index) else { return nil }
                let mode = git_tree_entry_filemode(entry)
                guard mode != GIT_FILEMODE_COMMIT else { return nil }  // a submodule's commit is not ours
                return (ObjectID(git_tree_entry_id(entry)), mode == GIT_FILEMODE_TREE)
            }
        }
        for entry in entries {
            if entry.isTree {
                try copyTree(entry.id, repository: repository)
            } else if !exists(entry.id) {
                try copy(entry.id)
            }
        }
        try copy(id)
    }
}

extension Repository {
    /// Writes the objects reachable from `tip` and not from `known` into `destination` as
    /// one pack (with its index), as a fetch receives them: many objects, two files.
    ///
    /// - Parameter known: commits whose history `destination` already has; those missing
    ///   from this repository are ignored.
    /// - Returns: The number of objects in the pack (0: nothing was written).
    @discardableResult
    func writePack(reachableFrom tip: ObjectID, excluding known: [ObjectID], into destination: Repository) throws -> Int
    {
        var walker: OpaquePointer?
        defer { git_revwalk_free(walker) }
        try check(git_revwalk_new(&walker, handle), "git_revwalk_new")
        var tipOID = tip.gitOID
        try check(git_revwalk_push(walker, &tipOID), "git_revwalk_push(\(tip.short))")
        for commit in known where try contains(commit) {
            var oid = commit.gitOID
            try check(git_revwalk_hide(walker, &oid), "git_revwalk_hide(\(commit.short))")
        }
        var builder: OpaquePointer?
        defer { git_packbuilder_free(builder) }
        try check(git_packbuilder_new(&builder, handle), "git_packbuilder_new")
        try check(git_packbuilder_insert_walk(builder, walker), "git_packbuilder_insert_walk")
        let count = git_packbuilder_object_count(builder)
        guard count > 0 else { return 0 }

        var objects = git_buf()
        defer { git_buf_dispose(&objects) }
        try check(
            git_repository_item_path(&objects, destination.handle, GIT_REPOSITORY_ITEM_OBJECTS),
            "git_repository_item_path")
        let folder = String(cString: objects.ptr)
        let packFolder = folder + (folder.hasSuffix("/") ? "" : "/") + "pack"
        try check(git_packbuilder_write(builder, packFolder, 0, nil, nil), "git_packbuilder_write(\(packFolder))")
        // The destination's object database must see the new pack before a reference names it.
        var database: OpaquePointer?
        defer { git_odb_free(database) }
        try check(git_repository_odb(&database, destination.handle), "git_repository_odb")
        try check(git_odb_refresh(database), "git_odb_refresh")
        return count
    }
}
