/// A remote of a repository, as `git remote -v` lists it.
public struct RemoteInfo: Sendable, Equatable, Codable {
    /// The remote's name, e.g. `origin`.
    public var name: String
    /// Where it is: a path, a `file://`, `ssh://`, `https://` URL or `user@host:path`.
    public var url: String

    /// Creates a remote description.
    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    /// Whether the remote is a repository on this machine (a path or a `file://` URL),
    /// reached without a network transport.
    public var isLocal: Bool { RemoteURL.localPath(of: url) != nil }
}
