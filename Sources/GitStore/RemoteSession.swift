import CLibGit2
import Foundation

/// What libgit2's remote callbacks need and collect during one fetch, push or clone:
/// the credentials state, the references moved, the push statuses.
///
/// Passed to libgit2 as the callbacks' `payload` and alive for the whole synchronous
/// call (the owner keeps it with `withExtendedLifetime`).
final class RemoteSession {
    /// References moved by the operation.
    var updates: [ReferenceUpdate] = []
    /// Per pushed reference, the remote's refusal message (absent: accepted).
    var pushRefusals: [String: String] = [:]
    /// The credential kinds already offered, so a refused one is not offered again (libgit2
    /// calls back after every refusal).
    var offered: Set<String> = []

    /// Remote callbacks whose payload is this session.
    func callbacks() throws(GitError) -> git_remote_callbacks {
        var callbacks = git_remote_callbacks()
        try check(
            git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)), "git_remote_init_callbacks")
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.credentials = { out, url, username, allowed, payload in
            guard let out, let payload else { return GIT_PASSTHROUGH.rawValue }
            let session = Unmanaged<RemoteSession>.fromOpaque(payload).takeUnretainedValue()
            return session.credential(
                out, url: url.map { String(cString: $0) } ?? "",
                username: username.map { String(cString: $0) }, allowed: allowed)
        }
        callbacks.update_tips = { name, old, new, payload in
            guard let name, let payload else { return 0 }
            let session = Unmanaged<RemoteSession>.fromOpaque(payload).takeUnretainedValue()
            session.updates.append(
                ReferenceUpdate(
                    name: String(cString: name), old: old.flatMap(RemoteSession.nonZero),
                    new: new.flatMap(RemoteSession.nonZero)))
            return 0
        }
        callbacks.push_update_reference = { name, status, payload in
            guard let name, let payload else { return 0 }
            let session = Unmanaged<RemoteSession>.fromOpaque(payload).takeUnretainedValue()
            if let status { session.pushRefusals[String(cString: name)] = String(cString: status) }
            return 0
        }
        return callbacks
    }

    private static func nonZero(_ oid: UnsafePointer<git_oid>) -> ObjectID? {
        git_oid_is_zero(oid) == 1 ? nil : ObjectID(oid)
    }

    /// Offers the next credential the remote allows, each kind once:
    /// - SSH: the user's agent (`SSH_AUTH_SOCK`), then a key without passphrase in
    ///   `~/.ssh` (`id_ed25519`, `id_ecdsa`, `id_rsa`);
    /// - HTTPS: a user name and password or token from the URL
    ///   (`https://user:token@host/…`), else from `SIGLA_GIT_USERNAME` and
    ///   `SIGLA_GIT_PASSWORD`;
    /// - a bare user name where only that is asked.
    ///
    /// git's credential helpers are programs run by `git` itself; Sigla does not start
    /// them (it never runs `git`), so a token must come from the URL or the environment.
    private func credential(
        _ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, url: String, username: String?,
        allowed: UInt32
    ) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let user = username.flatMap { $0.isEmpty ? nil : $0 }
        func offer(_ kind: String, _ make: () -> Int32) -> Int32? {
            guard !offered.contains(kind) else { return nil }
            offered.insert(kind)
            return make() == 0 ? 0 : nil
        }
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            let name = user ?? "git"
            if environment["SSH_AUTH_SOCK"] != nil,
                let made = offer("ssh-agent", { git_credential_ssh_key_from_agent(out, name) })
            {
                return made
            }
            let home = environment["HOME"] ?? NSHomeDirectory()
            for key in ["id_ed25519", "id_ecdsa", "id_rsa"] {
                let privateKey = "\(home)/.ssh/\(key)"
                guard FileManager.default.fileExists(atPath: privateKey) else { continue }
                let publicKey = privateKey + ".pub"
                let hasPublic = FileManager.default.fileExists(atPath: publicKey)
                if let made = offer(
                    "ssh-key:\(key)",
                    {
                        git_credential_ssh_key_new(out, name, hasPublic ? publicKey : nil, privateKey, nil)
                    })
                {
                    return made
                }
            }
        }
        if allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0 {
            let fromURL = URLComponents(string: url).flatMap { components in
                components.password.map { (components.user ?? user ?? "", $0) }
            }
            let fromEnvironment = environment["SIGLA_GIT_PASSWORD"].map {
                (environment["SIGLA_GIT_USERNAME"] ?? user ?? "", $0)
            }
            if let (name, secret) = fromURL ?? fromEnvironment,
                let made = offer("userpass", { git_credential_userpass_plaintext_new(out, name, secret) })
            {
                return made
            }
        }
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0,
            let made = offer("username", { git_credential_username_new(out, user ?? "git") })
        {
            return made
        }
        // Nothing (more) to offer: libgit2 reports that authentication failed.
        return GIT_PASSTHROUGH.rawValue
    }
}
