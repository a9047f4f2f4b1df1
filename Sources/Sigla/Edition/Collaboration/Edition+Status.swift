import GitStore

extension Edition {
    /// What is local, what is on the remote, what conflicts, what is uncommitted.
    ///
    /// The remote is as the last pull or fetch saw it; pass `fetch: true` to ask it first.
    public func status(remote: String? = nil, fetch: Bool = false) throws -> EditionStatus {
        let branch = try git { try repository.headBranchName() }
        var upstreamName: String?
        var upstreamTip: ObjectID?
        if branch != nil, let (name, branchName) = try? upstream(remote) {
            if fetch { try git { _ = try repository.fetch(remote: name) } }
            if let tip = try git({ try repository.reference(named: "refs/remotes/\(name)/\(branchName)") })?.target {
                upstreamName = "\(name)/\(branchName)"
                upstreamTip = tip
            }
        }
        var ahead = 0
        var behind = 0
        var local: [LogEntry] = []
        var remoteOnly: [LogEntry] = []
        if let head, let upstreamTip {
            (ahead, behind) = try git { try repository.aheadBehind(local: head, upstream: upstreamTip) }
            local = try incomingDecisions(head, excluding: upstreamTip)
            remoteOnly = try incomingDecisions(upstreamTip, excluding: head)
        } else if let head, upstreamName == nil, (try? upstream(remote)) != nil {
            // A remote that has not got this branch yet: everything is local.
            local = try incomingDecisions(head, excluding: nil)
            ahead = try git { try repository.commits(from: head, excluding: []) }.count
        }
        let uncommitted = try git { try repository.status() }.filter {
            $0.isStaged || $0.isModifiedInWorkTree || $0.isDeleted || $0.isUntracked
        }.map(\.path)
        return EditionStatus(
            branch: branch, upstream: upstreamName, ahead: ahead, behind: behind, local: local, remote: remoteOnly,
            pendingPull: try pendingPull(), uncommitted: uncommitted)
    }
}
