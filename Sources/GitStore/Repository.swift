import CLibGit2

/// An open git repository: the one owner of a libgit2 `git_repository` handle.
///
/// Everything read from it is copied into `Sendable` value types (``Commit``,
/// ``ObjectID``, ``Signature``…); every libgit2 object looked up on the way is freed
/// before the method returns. The handle itself is freed in `deinit`.
///
/// A libgit2 repository may be used by one thread at a time, so `Repository` is
/// deliberately not `Sendable`: keep it inside one task or actor, and open another
/// `Repository` on the same path where you need concurrency.
public final class Repository {
    /// The owned `git_repository *`.
    let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        git_repository_free(handle)
    }

    /// Creates a non-bare repository at `path` (folders made as needed), with `HEAD` on
    /// an unborn `initialBranch` whatever the user's `init.defaultBranch` says.
    ///
    /// Initialising an existing repository is harmless, as with `git init`.
    ///
    /// - Throws: ``GitError`` (`git_repository_init_ext`).
    public static func initialize(at path: String, initialBranch: String = "main") throws -> Repository {
        GitLibrary.ensureInitialized()
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "git_repository_init_options_init")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_MKDIR.rawValue
        let reference = initialBranch.hasPrefix("refs/") ? initialBranch : "refs/heads/" + initialBranch
        var repository: OpaquePointer?
        let result = reference.withCString { head in
            options.initial_head = head
            return git_repository_init_ext(&repository, path, &options)
        }
        try check(result, "git_repository_init_ext")
        return try Repository(owning: repository, "git_repository_init_ext")
    }

    /// Opens the repository at exactly `path`: its work tree root or its `.git` folder
    /// (or a bare repository). Parent folders are not searched; see
    /// ``discover(startingAt:)``.
    ///
    /// - Throws: ``GitError`` (`git_repository_open`), e.g. "could not find repository
    ///   at '…'".
    public static func open(at path: String) throws -> Repository {
        GitLibrary.ensureInitialized()
        var repository: OpaquePointer?
        try check(
            git_repository_open_ext(&repository, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
            "git_repository_open")
        return try Repository(owning: repository, "git_repository_open")
    }

    /// Finds the repository containing `path`, searching it and then its parents, like
    /// `git` does.
    ///
    /// - Returns: The root of the repository's work tree (no trailing slash); for a bare
    ///   repository, its git folder; nil when no repository contains `path`.
    /// - Throws: ``GitError`` for failures other than "not found".
    public static func discover(startingAt path: String) throws -> String? {
        GitLibrary.ensureInitialized()
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let result = git_repository_discover(&buffer, path, 0, nil)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "git_repository_discover")
        guard let pointer = buffer.ptr else { return nil }
        let repository = try open(at: String(cString: pointer))
        return repository.workTreePath ?? repository.gitDirectoryPath
    }

    /// Takes ownership of a handle libgit2 just returned.
    private convenience init(owning handle: OpaquePointer?, _ operation: String) throws {
        guard let handle else {
            throw GitError(operation: operation, code: -1, message: "libgit2 returned no repository")
        }
        self.init(handle: handle)
    }

    /// The root of the work tree, without a trailing slash; nil for a bare repository.
    public var workTreePath: String? {
        git_repository_workdir(handle).map { Self.withoutTrailingSlash(String(cString: $0)) }
    }

    /// The `.git` folder (or the bare repository's folder), without a trailing slash.
    public var gitDirectoryPath: String {
        Self.withoutTrailingSlash(String(cString: git_repository_path(handle)))
    }

    private static func withoutTrailingSlash(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}

/// A `Repository` must not cross threads: libgit2 handles are single-threaded.
@available(*, unavailable)
extension Repository: Sendable {}
