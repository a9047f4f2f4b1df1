import Foundation

/// Tells local remotes (paths, `file://` URLs) from network ones.
enum RemoteURL {
    /// The file-system path a remote URL names, or nil for a network URL.
    ///
    /// `/srv/ed.git`, `../ed.git`, `ed.git` and `file:///srv/ed.git` are local;
    /// `ssh://host/ed.git`, `https://host/ed.git` and git's scp-like `user@host:ed.git`
    /// (a colon before the first slash) are not.
    static func localPath(of url: String) -> String? {
        if url.hasPrefix("file://") {
            let path = String(url.dropFirst("file://".count))
            return path.removingPercentEncoding ?? path
        }
        if url.contains("://") { return nil }
        if let colon = url.firstIndex(of: ":") {
            guard let slash = url.firstIndex(of: "/"), slash < colon else { return nil }
        }
        return url
    }
}
