import CLibGit2

extension Repository {
    /// The signature git would use for a commit made now: `user.name` and `user.email`
    /// from the configuration, the current time and time zone.
    ///
    /// - Returns: nil when `user.name` or `user.email` is not configured.
    public func defaultSignature() throws -> Signature? {
        var signature: UnsafeMutablePointer<git_signature>?
        defer { git_signature_free(signature) }
        let result = git_signature_default(&signature, handle)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "git_signature_default")
        return signature.map { Signature(UnsafePointer($0)) }
    }
}
