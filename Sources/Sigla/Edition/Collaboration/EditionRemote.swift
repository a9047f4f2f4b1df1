/// A remote of an edition: another copy of it, by name (`origin`) and place.
public struct EditionRemote: Sendable, Codable, Equatable {
    /// The remote's name, e.g. `origin`.
    public var name: String
    /// Where it is: a path, a `file://`, `ssh://` or `https://` URL, or `user@host:path`.
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}
