import CLibGit2

extension Repository {
    /// Copies the repository at `url` into a new folder `path`, as `git clone`: the
    /// remote is recorded as `origin`, its branches as `refs/remotes/origin/*`, and its
    /// default branch is checked out.
    ///
    /// When the remote's `HEAD` names a branch it does not have (a bare repository made
    /// with another default branch), `preferredBranch` — else the first branch — is
    /// checked out instead, tracking its remote branch.
    ///
    /// - Parameters:
    ///   - url: a path, a `file://`, `ssh://` or `https://` URL, or `user@host:path`.
    ///   - path: the new repository's folder; it must not exist or be empty.
    ///   - preferredBranch: the branch to check out when the remote's `HEAD` is unborn.
    /// - Throws: ``GitError`` (`git_clone`), e.g. an unreachable remote or a non-empty
    ///   folder.
    public static func clone(from url: String, to path: String, preferredBranch: String = "main") throws -> Repository {
        GitLibrary.ensureInitialized()
        let session = RemoteSession()
        var options = git_clone_options()
        try check(git_clone_options_init(&options, UInt32(GIT_CLONE_OPTIONS_VERSION)), "git_clone_options_init")
        options.fetch_opts.callbacks = try session.callbacks()
        options.fetch_opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        options.checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue
        var cloned: OpaquePointer?
        let result = withExtendedLifetime(session) { git_clone(&cloned, url, path, &options) }
        git_repository_free(cloned)  // reopened below through the owning initialiser
        try check(result, "git_clone(\(url))")
        let repository = try Repository.open(at: path)
        if try repository.headCommitID() == nil {
            try repository.checkOutRemoteBranch(preferring: preferredBranch, remote: "origin")
        }
        return repository
    }

    /// After a clone whose `HEAD` is unborn: makes a local branch from a remote one,
    /// tracking it, and checks it out.
    private func checkOutRemoteBranch(preferring preferred: String, remote: String) throws {
        let prefix = "refs/remotes/\(remote)/"
        let branches = try references(matching: prefix + "*").filter { $0.symbolicTarget == nil && $0.target != nil }
        guard let chosen = branches.first(where: { $0.name == prefix + preferred }) ?? branches.first,
            let target = chosen.target
        else { return }  // an empty remote: stay on the unborn branch
        let name = String(chosen.name.dropFirst(prefix.count))
        try withCommit(target) { commit in
            var branch: OpaquePointer?
            defer { git_reference_free(branch) }
            try check(git_branch_create(&branch, handle, name, commit, 0), "git_branch_create(\(name))")
            try check(git_branch_set_upstream(branch, "\(remote)/\(name)"), "git_branch_set_upstream(\(name))")
        }
        try check(git_repository_set_head(handle, "refs/heads/" + name), "git_repository_set_head(\(name))")
        try checkoutHead(paths: nil)
    }
}
