/// The state of one path that differs between HEAD, the index and the work tree
/// (what `git status` lists).
public struct StatusEntry: Sendable, Equatable {
    /// The path, repository-relative.
    public var path: String
    /// The index differs from HEAD for this path (added, modified, deleted, renamed, or
    /// type changed in the index).
    public var isStaged: Bool
    /// The work-tree file differs from the index (modified or type changed).
    public var isModifiedInWorkTree: Bool
    /// The file is in the work tree but neither in the index nor ignored.
    public var isUntracked: Bool
    /// The file is deleted, in the index or in the work tree.
    public var isDeleted: Bool
    /// The index holds a merge conflict for this path.
    public var isConflicted: Bool

    /// Creates an entry from its flags.
    public init(
        path: String, isStaged: Bool, isModifiedInWorkTree: Bool, isUntracked: Bool, isDeleted: Bool,
        isConflicted: Bool = false
    ) {
        self.path = path
        self.isStaged = isStaged
        self.isModifiedInWorkTree = isModifiedInWorkTree
        self.isUntracked = isUntracked
        self.isDeleted = isDeleted
        self.isConflicted = isConflicted
    }
}
