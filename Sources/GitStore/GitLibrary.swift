import CLibGit2

/// The process-wide libgit2 library state.
///
/// libgit2 must be initialised before any other call (opening a repository before
/// `git_libgit2_init` crashes). Every entry point of GitStore calls
/// ``ensureInitialized()``, which runs `git_libgit2_init` exactly once through a lazily
/// initialised `static let` (Swift guarantees that initialisation is race-free). The
/// library is never shut down: a command-line process simply exits.
public enum GitLibrary {
    /// The result of the one `git_libgit2_init` call (the number of initialisations, or a
    /// negative error code).
    private static let initialization: Int32 = git_libgit2_init()

    /// Initialises libgit2 if that has not happened yet. Cheap after the first call.
    static func ensureInitialized() {
        _ = initialization
    }

    /// The version of the libgit2 library loaded at run time, as "major.minor.revision".
    public static var version: String {
        ensureInitialized()
        var major: Int32 = 0
        var minor: Int32 = 0
        var revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }

    /// Stops libgit2 from reading the user's and the system's git configuration
    /// (`~/.gitconfig`, `$XDG_CONFIG_HOME/git/config`, `/etc/gitconfig`).
    ///
    /// Only a repository's own `.git/config` is read afterwards. Tests call this so that a
    /// developer's `init.defaultBranch`, `user.name` and the like cannot change results.
    /// The setting is process-wide and permanent. It is applied once, race-free (libgit2's
    /// search paths must not change while another thread reads them); later calls return
    /// the first call's outcome. Call it before opening any repository.
    ///
    /// - Throws: ``GitError`` if libgit2 refuses the option.
    public static func isolateFromUserConfiguration() throws {
        try isolation.get()
    }

    private static let isolation: Result<Void, GitError> = {
        ensureInitialized()
        let levels: [(git_config_level_t, String)] = [
            (GIT_CONFIG_LEVEL_GLOBAL, "GIT_CONFIG_LEVEL_GLOBAL"),
            (GIT_CONFIG_LEVEL_XDG, "GIT_CONFIG_LEVEL_XDG"),
            (GIT_CONFIG_LEVEL_SYSTEM, "GIT_CONFIG_LEVEL_SYSTEM"),
            (GIT_CONFIG_LEVEL_PROGRAMDATA, "GIT_CONFIG_LEVEL_PROGRAMDATA"),
        ]
        return Result { () throws(GitError) in
            for (level, name) in levels {
                try check(
                    sigla_git_set_search_path(level, ""), "git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, \(name))")
            }
        }
    }()
}
