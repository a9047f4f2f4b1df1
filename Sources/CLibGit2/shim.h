#ifndef SIGLA_CLIBGIT2_SHIM_H
#define SIGLA_CLIBGIT2_SHIM_H

#include <git2.h>

// git_libgit2_opts is C-variadic and cannot be called from Swift: one fixed-arity
// wrapper per option we use.

/// Sets the search path of one configuration level (global, XDG, system).
/// An empty path means "do not read any file of that level".
static inline int sigla_git_set_search_path(git_config_level_t level, const char *path) {
    return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, (int)level, path);
}

/// Turns strict object creation (checking that referenced objects exist) on or off.
static inline int sigla_git_enable_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

/// Turns fsync of written objects and refs on or off (durability of decisions).
static inline int sigla_git_enable_fsync_gitdir(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

// git_commit_create changed the constness of its parents argument in 1.8.
// Keep the one call that differs here, behind the version macros.
static inline int sigla_git_commit_create(
    git_oid *id, git_repository *repo, const char *update_ref,
    const git_signature *author, const git_signature *committer,
    const char *message, const git_tree *tree,
    size_t parent_count, git_commit **parents)
{
#if LIBGIT2_VER_MAJOR > 1 || (LIBGIT2_VER_MAJOR == 1 && LIBGIT2_VER_MINOR >= 8)
    return git_commit_create(id, repo, update_ref, author, committer, NULL, message, tree,
                             parent_count, (git_commit *const *)parents);
#else
    return git_commit_create(id, repo, update_ref, author, committer, NULL, message, tree,
                             parent_count, (const git_commit **)parents);
#endif
}

#endif
