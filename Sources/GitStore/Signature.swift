import CLibGit2
public import Foundation

/// Who did something in git, and when: an author, a committer, a note's writer.
///
/// git stores whole seconds and the time-zone offset of the person, and trims spaces
/// around name and e-mail; the initialiser does the same (rounding the date down to a
/// whole second), so a signature read back from a commit equals the one written.
public struct Signature: Sendable, Equatable, Hashable {
    /// The person's name, e.g. "Ana Pérez". Must not contain '<', '>' or a newline.
    public var name: String
    /// The e-mail address, without angle brackets.
    public var email: String
    /// The moment, in whole seconds.
    public var date: Date
    /// Minutes east of UTC at the time, e.g. 60 for CET, -300 for EST.
    public var timeZoneOffsetMinutes: Int

    /// Creates a signature; `date` is rounded down to a whole second, spaces around
    /// `name` and `email` are dropped. Whether git can store them is checked when the
    /// signature is used.
    public init(name: String, email: String, date: Date, timeZoneOffsetMinutes: Int) {
        self.name = name.trimmingCharacters(in: .whitespaces)
        self.email = email.trimmingCharacters(in: .whitespaces)
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }

    /// Copies a libgit2 signature (its strings are borrowed from the signature's owner).
    init(_ signature: UnsafePointer<git_signature>) {
        let value = signature.pointee
        self.init(
            name: value.name.map { String(cString: $0) } ?? "",
            email: value.email.map { String(cString: $0) } ?? "",
            date: Date(timeIntervalSince1970: TimeInterval(value.when.time)),
            timeZoneOffsetMinutes: Int(value.when.offset)
        )
    }

    /// Runs `body` with this signature as a libgit2 `git_signature`, freed afterwards.
    ///
    /// - Throws: ``GitArgumentError/invalidSignature(_:reason:)`` for a name or e-mail
    ///   git could not read back (libgit2 would write a line break into the commit).
    func withGitSignature<Result>(
        _ body: (UnsafeMutablePointer<git_signature>) throws -> Result
    ) throws -> Result {
        for value in [name, email] {
            if value.isEmpty {
                throw GitArgumentError.invalidSignature(value, reason: "name and e-mail must not be empty")
            }
            if value.contains(where: { $0.isNewline || $0 == "<" || $0 == ">" || $0 == "\0" }) {
                throw GitArgumentError.invalidSignature(
                    value, reason: "it must not contain '<', '>', a line break or a NUL character")
            }
        }
        var signature: UnsafeMutablePointer<git_signature>?
        defer { git_signature_free(signature) }
        try check(
            git_signature_new(
                &signature, name, email, git_time_t(date.timeIntervalSince1970.rounded(.down)),
                Int32(clamping: timeZoneOffsetMinutes)),
            "git_signature_new")
        guard let signature else {
            throw GitError(operation: "git_signature_new", code: -1, message: "no signature was returned")
        }
        return try body(signature)
    }
}
