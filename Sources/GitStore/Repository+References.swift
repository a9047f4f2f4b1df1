import CLibGit2

extension Repository {
    /// The commit `HEAD` points to; nil when its branch has no commit yet.
    ///
    /// - Throws: ``GitError`` (`git_reference_name_to_id`) for a broken `HEAD`.
    public func headCommitID() throws -> ObjectID? {
        var oid = git_oid()
        let result = git_reference_name_to_id(&oid, handle, "HEAD")
        if result == GIT_ENOTFOUND.rawValue || result == GIT_EUNBORNBRANCH.rawValue { return nil }
        try check(result, "git_reference_name_to_id(HEAD)")
        return ObjectID(oid)
    }

    /// The short name of the branch `HEAD` is on (e.g. `main`), even before its first
    /// commit; nil when `HEAD` is detached.
    public func headBranchName() throws -> String? {
        var head: OpaquePointer?
        defer { git_reference_free(head) }
        try check(git_reference_lookup(&head, handle, "HEAD"), "git_reference_lookup(HEAD)")
        guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC, let target = git_reference_symbolic_target(head)
        else {
            return nil
        }
        let name = String(cString: target)
        let prefix = "refs/heads/"
        return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }

    /// The reference with full name `name` (e.g. `refs/heads/main`, `HEAD`), or nil.
    ///
    /// - Throws: ``GitError`` for an invalid name or an unreadable reference.
    public func reference(named name: String) throws -> ReferenceInfo? {
        var reference: OpaquePointer?
        defer { git_reference_free(reference) }
        let result = git_reference_lookup(&reference, handle, name)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "git_reference_lookup(\(name))")
        guard let reference else { return nil }
        return try Self.info(reference)
    }

    /// Creates or moves the direct reference `name` (a full name like
    /// `refs/sigla/base`) to `target`.
    ///
    /// `message` goes to the reference's reflog where git keeps one: for branches,
    /// notes and `HEAD` in a non-bare repository (`core.logAllRefUpdates`), not for
    /// other namespaces such as `refs/sigla/`.
    ///
    /// - Parameter force: replace an existing reference; when false an existing one is
    ///   an error (``GitError/isAlreadyExisting``).
    public func setReference(named name: String, to target: ObjectID, message: String, force: Bool = true) throws {
        var oid = target.gitOID
        var reference: OpaquePointer?
        defer { git_reference_free(reference) }
        try check(
            git_reference_create(&reference, handle, name, &oid, force ? 1 : 0, message),
            "git_reference_create(\(name))")
    }

    /// Deletes reference `name` (a full name) and its reflog. Deleting a reference that
    /// does not exist does nothing.
    ///
    /// - Throws: ``GitError`` for an invalid name or a failed write.
    public func deleteReference(named name: String) throws {
        try check(git_reference_remove(handle, name), "git_reference_remove(\(name))")
    }

    /// The references whose full names match `glob` (e.g. `refs/heads/*`,
    /// `refs/notes/*`), sorted by name.
    public func references(matching glob: String) throws -> [ReferenceInfo] {
        var iterator: OpaquePointer?
        defer { git_reference_iterator_free(iterator) }
        try check(git_reference_iterator_glob_new(&iterator, handle, glob), "git_reference_iterator_glob_new(\(glob))")
        var found = [ReferenceInfo]()
        while true {
            var reference: OpaquePointer?
            defer { git_reference_free(reference) }
            let result = git_reference_next(&reference, iterator)
            if result == GIT_ITEROVER.rawValue { break }
            try check(result, "git_reference_next")
            if let reference { found.append(try Self.info(reference)) }
        }
        return found.sorted { $0.name < $1.name }
    }

    /// Copies a reference's name and targets (following symbolic references).
    private static func info(_ reference: OpaquePointer) throws -> ReferenceInfo {
        let name = String(cString: git_reference_name(reference))
        guard git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC else {
            return ReferenceInfo(name: name, target: git_reference_target(reference).map { ObjectID($0) })
        }
        let symbolic = git_reference_symbolic_target(reference).map { String(cString: $0) }
        var resolved: OpaquePointer?
        defer { git_reference_free(resolved) }
        let result = git_reference_resolve(&resolved, reference)
        if result == GIT_ENOTFOUND.rawValue {
            return ReferenceInfo(name: name, target: nil, symbolicTarget: symbolic)
        }
        try check(result, "git_reference_resolve(\(name))")
        return ReferenceInfo(
            name: name, target: git_reference_target(resolved).map { ObjectID($0) }, symbolicTarget: symbolic)
    }
}
