/// A file that differs between two trees: its path and its blob on each side.
public struct FileDifference: Sendable, Equatable {
    /// The repository-relative path.
    public var path: String
    /// The blob in the first tree; nil when the file was added.
    public var old: ObjectID?
    /// The blob in the second tree; nil when the file was removed.
    public var new: ObjectID?

    /// Creates a difference description.
    public init(path: String, old: ObjectID?, new: ObjectID?) {
        self.path = path
        self.old = old
        self.new = new
    }
}
