import CLibGit2

extension Repository {
    /// Adds a remote as `git remote add` does, fetching every branch into
    /// `refs/remotes/<name>/`.
    ///
    /// - Throws: ``GitError`` for an invalid name or URL, or a name already taken
    ///   (``GitError/isAlreadyExisting``).
    public func addRemote(named name: String, url: String) throws {
        var remote: OpaquePointer?
        defer { git_remote_free(remote) }
        try check(git_remote_create(&remote, handle, name, url), "git_remote_create(\(name))")
    }

    /// The remotes, sorted by name.
    public func remotes() throws -> [RemoteInfo] {
        var names = git_strarray()
        defer { git_strarray_dispose(&names) }
        try check(git_remote_list(&names, handle), "git_remote_list")
        let list = (0..<names.count).compactMap { index in names.strings[index].map { String(cString: $0) } }
        return try list.sorted().compactMap { try remote(named: $0) }
    }

    /// The remote called `name`, or nil.
    public func remote(named name: String) throws -> RemoteInfo? {
        var remote: OpaquePointer?
        defer { git_remote_free(remote) }
        let result = git_remote_lookup(&remote, handle, name)
        if result == GIT_ENOTFOUND.rawValue || result == GIT_EINVALIDSPEC.rawValue { return nil }
        try check(result, "git_remote_lookup(\(name))")
        return RemoteInfo(name: name, url: git_remote_url(remote).map { String(cString: $0) } ?? "")
    }

    /// Downloads what the remote has and this repository lacks, and moves the
    /// remote-tracking references (`refs/remotes/<name>/*`), as `git fetch <name>`.
    ///
    /// Nothing else changes: no branch, no index, no file. Network remotes go through
    /// libgit2's transports and get credentials as described in ``RemoteSession``. From a
    /// local remote (a path or `file://` URL) the missing objects are written directly
    /// as one pack, without a transport.
    ///
    /// - Returns: The remote-tracking references that moved.
    /// - Throws: ``GitError`` (`git_remote_lookup`, `git_remote_fetch`), e.g. an unknown
    ///   remote, an unreachable URL, a failed authentication.
    @discardableResult
    public func fetch(remote name: String) throws -> [ReferenceUpdate] {
        guard let info = try remote(named: name) else {
            throw GitError(operation: "git_remote_lookup", code: GIT_ENOTFOUND.rawValue, message: "no remote '\(name)'")
        }
        if let path = RemoteURL.localPath(of: info.url) {
            return try fetchLocally(remote: name, path: path)
        }
        var remote: OpaquePointer?
        defer { git_remote_free(remote) }
        try check(git_remote_lookup(&remote, handle, name), "git_remote_lookup(\(name))")
        let session = RemoteSession()
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
        options.callbacks = try session.callbacks()
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        try withExtendedLifetime(session) {
            try check(git_remote_fetch(remote, nil, &options, "fetch \(name)"), "git_remote_fetch(\(name))")
        }
        return session.updates
    }

    /// Fetches every branch of the repository at `path` into `refs/remotes/<name>/`.
    private func fetchLocally(remote name: String, path: String) throws -> [ReferenceUpdate] {
        let source = try Repository.open(at: path)
        let prefix = "refs/heads/"
        var known = try references(matching: "refs/remotes/\(name)/*").compactMap(\.target)
        if let head = try headCommitID() { known.append(head) }
        var updates: [ReferenceUpdate] = []
        for branch in try source.references(matching: prefix + "*") {
            guard let tip = branch.target else { continue }
            let tracking = "refs/remotes/\(name)/" + branch.name.dropFirst(prefix.count)
            let old = try reference(named: tracking)?.target
            if old == tip { continue }
            try source.writePack(reachableFrom: tip, excluding: known, into: self)
            try setReference(named: tracking, to: tip, message: "fetch \(name)")
            known.append(tip)
            updates.append(ReferenceUpdate(name: tracking, old: old, new: tip))
        }
        return updates
    }
}
