public import Foundation
import CLibGit2

/// Who did something in git, and when: an author, a committer, a note's writer.
///
/// git stores whole seconds and the time-zone offset of the person, so the date is
/// rounded down to a whole second on creation; a signature read back from a commit is
/// then equal to the one written.
public struct Signature: Sendable, Equatable, Hashable {
    /// The person's name, e.g. "Ana Pérez". Must not contain '<', '>' or a newline.
    public var name: String
    /// The e-mail address, without angle brackets.
    public var email: String
    /// The moment, in whole seconds.
    public var date: Date
    /// Minutes east of UTC at the time, e.g. 60 for CET, -300 for EST.
    public var timeZoneOffsetMinutes: Int

    /// Creates a signature; `date` is rounded down to a whole second.
    public init(name: String, email: String, date: Date, timeZoneOffsetMinutes: Int) {
        self.name = name
        self.email = email
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
    /// - Throws: ``GitError`` when libgit2 refuses the name or e-mail (angle brackets).
    func withGitSignature<Result>(
        _ body: (UnsafeMutablePointer<git_signature>) throws -> Result
    ) throws -> Result {
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
