/// A reference a fetch or push moved: its full name and its tips before and after.
public struct ReferenceUpdate: Sendable, Equatable {
    /// The full name, e.g. `refs/remotes/origin/main`.
    public var name: String
    /// The tip before; nil for a reference the operation created.
    public var old: ObjectID?
    /// The tip after; nil for a reference the operation deleted.
    public var new: ObjectID?

    /// Creates an update description.
    public init(name: String, old: ObjectID?, new: ObjectID?) {
        self.name = name
        self.old = old
        self.new = new
    }
}
