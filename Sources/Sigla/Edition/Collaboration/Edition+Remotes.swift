import Foundation
import GitStore

/// Sharing an edition: clone, remotes, fetch, pull, push.
extension Edition {
    /// Copies the edition at `url` (a path, a `file://`, `ssh://` or `https://` URL) into
    /// `directory` and opens it. The source is recorded as the remote `origin`.
    ///
    /// - Throws: ``CollaborationError/destinationNotEmpty(path:)``,
    ///   ``CollaborationError/notAnEditionRepository(url:)``, ``EditionError/git(_:)`` for a
    ///   remote that cannot be read. On failure nothing is left behind.
    public static func clone(from url: String, to directory: String) throws -> Edition {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let fileManager = FileManager.default
        let existed = fileManager.fileExists(atPath: root)
        if existed, !((try? fileManager.contentsOfDirectory(atPath: root))?.isEmpty ?? false) {
            throw CollaborationError.destinationNotEmpty(path: root)
        }
        do {
            _ = try git { try Repository.clone(from: absoluteRemoteURL(url), to: root) }
            guard fileManager.fileExists(atPath: root + "/" + EditionLayout.configurationFile) else {
                throw CollaborationError.notAnEditionRepository(url: url)
            }
            return try Edition.open(containing: root)
        } catch {
            leaveAsItWas(root, existed: existed)
            throw error
        }
    }

    /// The edition's remotes, by name.
    public func remotes() throws -> [EditionRemote] {
        try git { try repository.remotes() }.map { EditionRemote(name: $0.name, url: $0.url) }
    }

    /// Adds a remote. A relative path is made absolute (from the current directory), so
    /// the remote is found from wherever Sigla runs later.
    ///
    /// - Throws: ``CollaborationError/remoteExists(_:url:)``,
    ///   ``CollaborationError/invalidRemoteName(_:)``.
    @discardableResult
    public func addRemote(named name: String, url: String) throws -> EditionRemote {
        guard !name.isEmpty, !name.hasPrefix("-"),
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") })
        else { throw CollaborationError.invalidRemoteName(name) }
        if let existing = try git({ try repository.remote(named: name) }) {
            throw CollaborationError.remoteExists(name, url: existing.url)
        }
        let location = Self.absoluteRemoteURL(url)
        try git { try repository.addRemote(named: name, url: location) }
        return EditionRemote(name: name, url: location)
    }

    /// Downloads the remote's new decisions without merging them (`refs/remotes/<name>/*`
    /// move; the edition does not change).
    ///
    /// - Returns: The remote and branch the edition follows, and whether anything arrived.
    @discardableResult
    public func fetch(from remote: String? = nil) throws -> (remote: String, branch: String, updated: Bool) {
        let (name, branch) = try upstream(remote)
        let updates = try git { try repository.fetch(remote: name) }
        return (name, branch, !updates.isEmpty)
    }

    /// Fetches the remote and merges its branch of the same name (see
    /// ``merge(commit:label:editor:date:)`` for what merging does). When an earlier pull
    /// waits and all its conflicts are resolved, finishes it instead.
    ///
    /// - Parameters:
    ///   - remote: the remote's name; nil for `origin`, or the only remote.
    ///   - editor: the author of a merge commit.
    /// - Throws: ``CollaborationError`` (no remote, a remote without the branch, a pull
    ///   still waiting, files changed on both sides); ``EditionError``.
    public func pull(from remote: String? = nil, editor: Person? = nil, date: Timestamp = .now()) throws -> MergeOutcome
    {
        if let pending = try pendingMerge() {
            let open = try openConflicts(pending)
            guard open.isEmpty else {
                throw CollaborationError.pullPending(label: pending.label, unresolved: open.map(\.location.description))
            }
            let incoming = try incomingDecisions(pending.theirs, excluding: head)
            let resolution = try concludePendingPull(editor: editor, date: date)
            if let remaining = resolution?.remaining, !remaining.isEmpty {
                return MergeOutcome(
                    kind: .conflicts, label: pending.label, commit: head?.hex, decisions: incoming,
                    conflicts: try editorialConflicts())
            }
            return MergeOutcome(
                kind: .merged, label: pending.label, commit: resolution?.mergeCommit, decisions: incoming, conflicts: []
            )
        }
        let (name, branch) = try upstream(remote)
        try git { _ = try repository.fetch(remote: name) }
        guard let theirs = try git({ try repository.reference(named: "refs/remotes/\(name)/\(branch)") })?.target else {
            throw CollaborationError.remoteBranchMissing(remote: name, branch: branch)
        }
        return try merge(commit: theirs, label: "\(name)/\(branch)", editor: editor, date: date)
    }

    /// Sends the edition's branch to the same branch of the remote. Only a fast-forward is
    /// accepted: when the remote has decisions the edition lacks, nothing is sent.
    ///
    /// - Throws: ``CollaborationError/pushRejected(remote:branch:)`` (run a pull first),
    ///   ``CollaborationError/pushRefused(remote:branch:message:)``, ``EditionError/git(_:)``.
    public func push(to remote: String? = nil) throws -> PushResult {
        let (name, branch) = try upstream(remote)
        guard head != nil else { throw CollaborationError.nothingToPush }
        switch try git({ try repository.push(branch: branch, to: name) }) {
        case .updated(let old, let new):
            let sent = try git { try repository.commits(from: new, excluding: old.map { [$0] } ?? []) }
            return PushResult(
                remote: name, branch: branch, old: old?.hex, new: new.hex, upToDate: false,
                decisions: sent.compactMap(Self.logEntry))
        case .upToDate(let tip):
            return PushResult(remote: name, branch: branch, old: tip.hex, new: tip.hex, upToDate: true, decisions: [])
        case .rejected(.remoteHasChanges):
            throw CollaborationError.pushRejected(remote: name, branch: branch)
        case .rejected(.refused(_, let message)):
            throw CollaborationError.pushRefused(remote: name, branch: branch, message: message)
        }
    }

    /// The remote and branch a pull or push uses: `remote` if given, else `origin`, else
    /// the only remote; the branch `HEAD` is on.
    func upstream(_ remote: String?) throws -> (remote: String, branch: String) {
        guard let branch = try git({ try repository.headBranchName() }) else { throw CollaborationError.detachedHead }
        let known = try git { try repository.remotes() }.map(\.name)
        if let remote {
            guard known.contains(remote) else { throw CollaborationError.unknownRemote(remote, known: known) }
            return (remote, branch)
        }
        if known.contains("origin") { return ("origin", branch) }
        if known.count == 1 { return (known[0], branch) }
        if known.isEmpty { throw CollaborationError.noRemote }
        throw CollaborationError.chooseRemote(known: known)
    }

    /// A local remote given as a relative path, made absolute from the current directory;
    /// anything else unchanged.
    static func absoluteRemoteURL(_ url: String) -> String {
        guard !url.hasPrefix("/"), !url.contains("://"), !url.contains(":") else { return url }
        return URL(fileURLWithPath: url, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
    }
}
