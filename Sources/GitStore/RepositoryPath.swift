/// Checks a repository-relative path given by a caller.
///
/// Paths inside trees are relative, '/'-separated, and must not be able to name
/// anything outside the repository or inside its `.git` folder: untrusted input (file
/// names from a witness list, a command line) ends up here.
///
/// - Returns: The path unchanged when it is acceptable.
/// - Throws: ``GitArgumentError/invalidPath(_:reason:)``.
/// - Complexity: O(n) in the length of the path.
func validatedRepositoryPath(_ path: String) throws(GitArgumentError) -> String {
    if path.isEmpty {
        throw .invalidPath(path, reason: "it is empty")
    }
    if path.hasPrefix("/") {
        throw .invalidPath(path, reason: "it is absolute; give it relative to the repository root")
    }
    if path.contains("\0") {
        throw .invalidPath(path, reason: "it contains a NUL character")
    }
    if path.contains("\\") {
        throw .invalidPath(path, reason: "it contains a backslash; separate folders with '/'")
    }
    for component in path.split(separator: "/", omittingEmptySubsequences: false) {
        switch component {
        case "":
            throw .invalidPath(path, reason: "it has an empty component ('//' or a trailing '/')")
        case ".", "..":
            throw .invalidPath(path, reason: "it has a '\(component)' component")
        default:
            if component.lowercased() == ".git" {
                throw .invalidPath(path, reason: "it names git's own '.git' folder")
            }
        }
    }
    return path
}
