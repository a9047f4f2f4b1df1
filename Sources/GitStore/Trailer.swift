/// One "Key: value" line of a commit message's trailer block, e.g. `Location: 1.42`.
public struct Trailer: Sendable, Equatable, Hashable {
    /// The key: ASCII letters, digits and '-' (checked by ``CommitMessage``).
    public var key: String
    /// The value: one line (checked by ``CommitMessage``).
    public var value: String

    /// Creates a trailer; ``CommitMessage/init(subject:body:trailers:)`` validates it.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
