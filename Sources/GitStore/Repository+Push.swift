import CLibGit2
import Foundation

extension Repository {
    /// Sends local branch `branch` to the same branch of remote `name`, as
    /// `git push <name> <branch>` without `--force`, and moves `refs/remotes/<name>/<branch>`.
    ///
    /// Only a fast-forward is accepted: when the remote branch has commits the local one
    /// does not contain, nothing changes and the outcome is
    /// ``PushRejection/remoteHasChanges(branch:remoteTip:)``.
    ///
    /// A local remote (a path or `file://` URL; it must be bare) is updated here, not by
    /// libgit2's local transport, whose reference update is unconditional: the missing
    /// objects are copied into the remote (see ``copyObjects(reachableFrom:excluding:into:)``),
    /// then the remote's branch moves with a compare-and-swap on its previous tip. Two pushes racing to one remote therefore
    /// never lose a commit: one wins, the other is rejected. Network remotes (`ssh://`,
    /// `https://`, `git://`) go through libgit2's transports, and the server checks the
    /// same.
    ///
    /// - Throws: ``GitError`` for an unknown remote or branch, an unreachable remote, a
    ///   failed authentication.
    public func push(branch: String, to name: String) throws -> PushOutcome {
        guard let remote = try remote(named: name) else {
            throw GitError(operation: "git_remote_lookup", code: GIT_ENOTFOUND.rawValue, message: "no remote '\(name)'")
        }
        let reference = "refs/heads/" + branch
        guard let local = try self.reference(named: reference)?.target else {
            throw GitError(
                operation: "git_reference_lookup", code: GIT_ENOTFOUND.rawValue, message: "no local branch '\(branch)'")
        }
        let outcome: PushOutcome
        if let path = RemoteURL.localPath(of: remote.url) {
            outcome = try pushLocally(local, to: path, reference: reference, branch: branch)
        } else {
            outcome = try pushOverNetwork(local, remote: name, reference: reference, branch: branch)
        }
        switch outcome {
        case .updated(_, let new), .upToDate(let new):
            try setReference(named: "refs/remotes/\(name)/\(branch)", to: new, message: "push \(name)")
        case .rejected:
            break
        }
        return outcome
    }

    private func pushLocally(_ local: ObjectID, to path: String, reference: String, branch: String) throws
        -> PushOutcome
    {
        let remote = try Repository.open(at: path)
        guard remote.workTreePath == nil else {
            return .rejected(
                .refused(
                    branch: branch,
                    message:
                        "\(path) is not a bare repository; push to a bare one (git init --bare, or sigla clone --bare)")
            )
        }
        let remoteTip = try remote.reference(named: reference)?.target
        if remoteTip == local { return .upToDate(local) }
        if let remoteTip {
            guard try contains(remoteTip), try isAncestor(remoteTip, of: local) else {
                return .rejected(.remoteHasChanges(branch: branch, remoteTip: remoteTip))
            }
        }
        try copyObjects(reachableFrom: local, excluding: remoteTip.map { [$0] } ?? [], into: remote)

        var new = local.gitOID
        var created: OpaquePointer?
        defer { git_reference_free(created) }
        let message = "push from \(workTreePath ?? gitDirectoryPath)"
        var result: Int32 = 0
        // Another push holding the reference's lock file is finishing: wait for it (up to
        // about a second), then compare with what it left.
        for _ in 0..<50 {
            if let remoteTip {
                var old = remoteTip.gitOID
                result = git_reference_create_matching(&created, remote.handle, reference, &new, 1, &old, message)
            } else {
                result = git_reference_create(&created, remote.handle, reference, &new, 0, message)
            }
            guard result == GIT_ELOCKED.rawValue else { break }
            usleep(20_000)
        }
        if result == GIT_ELOCKED.rawValue {
            return .rejected(
                .refused(branch: branch, message: "the remote's branch is locked by another push; try again"))
        }
        // Someone pushed between our look and our update: theirs stands, ours is refused.
        if result == GIT_EMODIFIED.rawValue || result == GIT_EEXISTS.rawValue {
            return .rejected(.remoteHasChanges(branch: branch, remoteTip: nil))
        }
        try check(result, "git_reference_create_matching(\(reference))")
        // A remote's first branch becomes its HEAD, so that clones check it out.
        if try remote.headCommitID() == nil {
            try check(git_repository_set_head(remote.handle, reference), "git_repository_set_head(\(reference))")
        }
        return .updated(old: remoteTip, new: local)
    }

    private func pushOverNetwork(_ local: ObjectID, remote name: String, reference: String, branch: String) throws
        -> PushOutcome
    {
        var remote: OpaquePointer?
        defer { git_remote_free(remote) }
        try check(git_remote_lookup(&remote, handle, name), "git_remote_lookup(\(name))")
        let session = RemoteSession()
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
        options.callbacks = try session.callbacks()
        let tracking = try self.reference(named: "refs/remotes/\(name)/\(branch)")?.target
        let spec = "\(reference):\(reference)"
        let result: Int32 = withExtendedLifetime(session) {
            spec.withCString { specPointer in
                var strings: [UnsafeMutablePointer<CChar>?] = [UnsafeMutablePointer(mutating: specPointer)]
                return strings.withUnsafeMutableBufferPointer { buffer in
                    var array = git_strarray(strings: buffer.baseAddress, count: 1)
                    return git_remote_push(remote, &array, &options)
                }
            }
        }
        // libgit2 checks for a fast-forward before sending anything.
        if result == GIT_ENONFASTFORWARD.rawValue {
            return .rejected(.remoteHasChanges(branch: branch, remoteTip: nil))
        }
        try check(result, "git_remote_push(\(name))")
        if let refusal = session.pushRefusals[reference] {
            if refusal.contains("fast-forward") || refusal.contains("fetch first") {
                return .rejected(.remoteHasChanges(branch: branch, remoteTip: nil))
            }
            return .rejected(.refused(branch: branch, message: refusal))
        }
        // The remote-tracking branch, as of the last exchange, says where the remote was.
        return tracking == local ? .upToDate(local) : .updated(old: tracking, new: local)
    }
}
