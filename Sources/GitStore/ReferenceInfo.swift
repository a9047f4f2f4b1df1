/// A git reference (branch, tag, note ref, HEAD…) and the commit it leads to.
public struct ReferenceInfo: Sendable, Equatable {
    /// The full name, e.g. `refs/heads/main`.
    public var name: String
    /// The object the reference leads to after following symbolic references; nil for a
    /// symbolic reference to a branch that has no commit yet.
    public var target: ObjectID?
    /// For a symbolic reference (like `HEAD`), the name it points to, e.g. `refs/heads/main`.
    public var symbolicTarget: String?

    /// Creates a reference description.
    public init(name: String, target: ObjectID?, symbolicTarget: String? = nil) {
        self.name = name
        self.target = target
        self.symbolicTarget = symbolicTarget
    }
}
