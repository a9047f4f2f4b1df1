/// An argument GitStore refuses before it reaches libgit2.
///
/// Paths and message parts often come from files and users; they are checked so that
/// nothing can name a file outside the repository or corrupt a commit message.
public enum GitArgumentError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A repository-relative path that is absolute, empty, has an empty, `.`, `..` or
    /// `.git` component, a backslash or a NUL character.
    case invalidPath(String, reason: String)
    /// A commit subject that is empty or spans several lines.
    case invalidSubject(String)
    /// A trailer key that is empty or has characters other than ASCII letters, digits
    /// and `-` (git's trailer parser accepts only those).
    case invalidTrailerKey(String)
    /// A trailer value that spans several lines.
    case invalidTrailerValue(key: String, value: String)
    /// A signature name or e-mail that is empty or contains '<', '>', a line break or a
    /// NUL character: git could not read such a commit back.
    case invalidSignature(String, reason: String)
    /// Text for a commit message, note or reflog that contains a NUL character, which
    /// C strings cannot carry.
    case nulCharacter(in: String)
    /// Two changes of one tree update name paths where one is inside the other, e.g.
    /// `a` and `a/b`: git cannot turn a file into a folder (or back) in one step.
    case conflictingTreeChanges(String, String)

    public var description: String {
        switch self {
        case .invalidPath(let path, let reason):
            "invalid repository path \(quoted(path)): \(reason)"
        case .invalidSubject(let subject):
            "invalid commit subject \(quoted(subject)): it must be one non-empty line"
        case .invalidTrailerKey(let key):
            "invalid trailer key \(quoted(key)): use only ASCII letters, digits and '-'"
        case .invalidTrailerValue(let key, let value):
            "invalid value for trailer \(key): \(quoted(value)) must be a single line"
        case .invalidSignature(let value, let reason):
            "invalid signature \(quoted(value)): \(reason)"
        case .nulCharacter(let what):
            "the \(what) contains a NUL character"
        case .conflictingTreeChanges(let outer, let inner):
            "conflicting tree changes: \(quoted(outer)) and \(quoted(inner)) cannot both change in one tree update"
        }
    }

    /// The text in double quotes with newlines and other controls escaped.
    private func quoted(_ text: String) -> String {
        String(reflecting: text)
    }
}
