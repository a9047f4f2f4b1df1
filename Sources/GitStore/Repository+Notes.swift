import CLibGit2

extension Repository {
    /// The note attached to object `id` under `notesReference`, or nil.
    ///
    /// - Returns: The note's text exactly as stored.
    public func note(on id: ObjectID, notesReference: String = "refs/notes/commits") throws -> String? {
        var oid = id.gitOID
        var note: OpaquePointer?
        defer { git_note_free(note) }
        let result = git_note_read(&note, handle, notesReference, &oid)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "git_note_read(\(notesReference), \(id.short))")
        return git_note_message(note).map { String(cString: $0) }  // copied before the free
    }

    /// Attaches `text` as the note on object `id`, committing to `notesReference`.
    ///
    /// - Parameters:
    ///   - author: the author and committer of the notes commit.
    ///   - overwrite: replace an existing note; when false an existing note is an error
    ///     (``GitError/isAlreadyExisting``).
    public func setNote(
        _ text: String, on id: ObjectID, author: Signature, notesReference: String = "refs/notes/commits",
        overwrite: Bool = true
    ) throws {
        if text.contains("\0") { throw GitArgumentError.nulCharacter(in: "note") }
        var oid = id.gitOID
        var noteID = git_oid()
        try author.withGitSignature { signature in
            try check(
                git_note_create(&noteID, handle, notesReference, signature, signature, &oid, text, overwrite ? 1 : 0),
                "git_note_create(\(notesReference), \(id.short))")
        }
    }
}
