/// One change to a tree, for ``Repository/treeByApplying(_:to:)``.
public enum TreeChange: Sendable, Equatable {
    /// Puts `blob` at `path` (adding or replacing), creating folders as needed.
    case upsert(path: String, blob: ObjectID, executable: Bool = false)
    /// Removes the file at `path`; folders left empty disappear.
    case remove(path: String)

    /// The repository-relative path the change touches.
    public var path: String {
        switch self {
        case .upsert(let path, _, _), .remove(let path): path
        }
    }
}
