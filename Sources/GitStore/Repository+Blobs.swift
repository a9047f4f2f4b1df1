import CLibGit2
public import Foundation

extension Repository {
    /// Stores `data` as a blob (or finds it already stored).
    ///
    /// - Returns: The blob's id, the same as `git hash-object` gives.
    /// - Throws: ``GitError`` (`git_blob_create_from_buffer`).
    public func writeBlob(_ data: Data) throws -> ObjectID {
        var oid = git_oid()
        let result = data.withUnsafeBytes { bytes in
            git_blob_create_from_buffer(&oid, handle, bytes.baseAddress, bytes.count)
        }
        try check(result, "git_blob_create_from_buffer")
        return ObjectID(oid)
    }

    /// The content of blob `id`.
    ///
    /// - Throws: ``GitError`` (`git_blob_lookup`) if there is no such blob.
    public func blobData(_ id: ObjectID) throws -> Data {
        var oid = id.gitOID
        var blob: OpaquePointer?
        defer { git_blob_free(blob) }
        try check(git_blob_lookup(&blob, handle, &oid), "git_blob_lookup(\(id.short))")
        guard let blob, let content = git_blob_rawcontent(blob) else { return Data() }
        return Data(bytes: content, count: Int(git_blob_rawsize(blob)))  // copied before the free
    }

    /// The content of the file at `path` in the tree of `commit`.
    ///
    /// - Parameter path: repository-relative, '/'-separated.
    /// - Returns: The file's bytes; nil if nothing is at `path` or it is a folder.
    /// - Throws: ``GitArgumentError`` for an unsafe path; ``GitError`` if `commit` is
    ///   not a commit.
    public func fileData(at path: String, commit: ObjectID) throws -> Data? {
        try blobID(at: path, commit: commit).map(blobData)
    }

    /// The blob id of the file at `path` in the tree of `commit` — what its content
    /// hashes to — without reading the content.
    ///
    /// - Returns: nil if nothing is at `path` or it is a folder.
    public func blobID(at path: String, commit: ObjectID) throws -> ObjectID? {
        let path = try validatedRepositoryPath(path)
        return try withTree(ofCommit: commit) { tree in
            try entry(at: path, in: tree).flatMap { Self.isFileMode($0.mode) ? $0.id : nil }
        }
    }

    /// The entries directly inside the folder at `path` in the tree of `commit` (the
    /// root for an empty path): name, object id (a subfolder's id changes exactly when
    /// something under it changes) and whether it is a folder.
    ///
    /// - Returns: An empty list when there is no folder at `path`.
    public func folderEntries(at path: String, commit: ObjectID) throws -> [(name: String, id: ObjectID, isFolder: Bool)] {
        let path = try path.isEmpty ? "" : validatedRepositoryPath(path)
        let folder: ObjectID? = try withTree(ofCommit: commit) { tree in
            if path.isEmpty { return ObjectID(git_tree_id(tree)) }
            guard let found = try entry(at: path, in: tree), found.mode == GIT_FILEMODE_TREE else { return nil }
            return found.id
        }
        guard let folder else { return [] }
        return try withTree(folder) { tree in
            (0..<git_tree_entrycount(tree)).compactMap { index in
                guard let entry = git_tree_entry_byindex(tree, index) else { return nil }
                return (
                    String(cString: git_tree_entry_name(entry)), ObjectID(git_tree_entry_id(entry)),
                    git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE
                )
            }
        }
    }

    /// The paths of all files (blobs, including symbolic links) in the tree of `commit`,
    /// recursively, in git's tree order.
    ///
    /// - Parameter directory: only files under this folder (repository-relative); nil
    ///   for the whole tree. A missing folder or a file gives an empty list.
    /// - Returns: Repository-relative paths, e.g. `["text/1.txt", "text/2.txt"]`.
    /// - Complexity: O(number of entries under `directory`).
    public func filePaths(commit: ObjectID, under directory: String? = nil) throws -> [String] {
        let directory = try directory.map { path throws(GitArgumentError) in try validatedRepositoryPath(path) }
        let (start, prefix): (ObjectID?, String) = try withTree(ofCommit: commit) { tree in
            guard let directory else { return (ObjectID(git_tree_id(tree)), "") }
            guard let found = try entry(at: directory, in: tree), found.mode == GIT_FILEMODE_TREE else {
                return (nil, "")
            }
            return (found.id, directory + "/")
        }
        guard let start else { return [] }
        var paths = [String]()
        try collectFilePaths(tree: start, prefix: prefix, into: &paths)
        return paths
    }

    private func collectFilePaths(tree id: ObjectID, prefix: String, into paths: inout [String]) throws {
        // Copy the entries first so the tree is freed before descending.
        let entries: [(name: String, id: ObjectID, mode: git_filemode_t)] = try withTree(id) { tree in
            (0..<git_tree_entrycount(tree)).compactMap { index in
                guard let entry = git_tree_entry_byindex(tree, index) else { return nil }
                return (
                    String(cString: git_tree_entry_name(entry)), ObjectID(git_tree_entry_id(entry)),
                    git_tree_entry_filemode(entry)
                )
            }
        }
        for entry in entries {
            if entry.mode == GIT_FILEMODE_TREE {
                try collectFilePaths(tree: entry.id, prefix: prefix + entry.name + "/", into: &paths)
            } else if Self.isFileMode(entry.mode) {
                paths.append(prefix + entry.name)
            }
        }
    }

    /// Regular files, executables and symbolic links are blobs; folders and submodules not.
    static func isFileMode(_ mode: git_filemode_t) -> Bool {
        mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE || mode == GIT_FILEMODE_LINK
    }
}
