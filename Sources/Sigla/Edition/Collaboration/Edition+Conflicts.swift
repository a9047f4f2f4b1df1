import Foundation
import GitStore

/// The editorial conflicts of a pull that stopped, and how new decisions resolve them.
extension Edition {
    /// A pull waiting for its conflicts to be resolved.
    public struct PendingPull: Sendable, Codable {
        /// The branch being merged (`origin/main`).
        public var label: String
        /// Its commit, as fetched.
        public var commit: String
        /// Every conflict the pull found, resolved or not.
        public var conflicts: [EditorialConflict]
        /// The places still in conflict.
        public var unresolved: [String] { conflicts.filter { $0.resolution == nil }.map(\.location) }
    }

    /// The pull waiting for conflicts to be resolved, if any.
    public func pendingPull() throws -> PendingPull? {
        guard let pending = try pendingMerge() else { return nil }
        let resolutions = try resolutions(of: pending)
        return PendingPull(
            label: pending.label, commit: pending.theirs.hex,
            conflicts: try pending.conflicts.map { conflict in
                var described = try describe(conflict, in: pending)
                described.resolution = resolutions[conflict.location]?.hex
                return described
            })
    }

    /// The places two editors decided differently and nobody has decided again since, in
    /// location order: each side's decision with its editor, date and justification.
    public func editorialConflicts() throws -> [EditorialConflict] {
        guard let pending = try pendingMerge() else { return [] }
        return try openConflicts(pending).map { try describe($0, in: pending) }
    }

    /// Drops the pull waiting for its conflicts: the edition stays as it is (decisions made
    /// meanwhile, resolutions included, remain). Pull again to merge afresh.
    ///
    /// - Returns: The branch whose merge was dropped.
    /// - Throws: ``CollaborationError/noPendingPull``.
    @discardableResult
    public func abortPull() throws -> String {
        guard let pending = try pendingMerge() else { throw CollaborationError.noPendingPull }
        try PendingMerge.remove(from: repository)
        return pending.label
    }

    func pendingMerge() throws -> PendingMerge? {
        try PendingMerge.load(gitDirectory: repository.gitDirectoryPath)
    }

    /// The conflict still open at `location`, if a pull waits for it.
    func openConflict(at location: LocationID) throws -> PendingMerge.Conflict? {
        guard let pending = try pendingMerge() else { return nil }
        return try openConflicts(pending).first { $0.location == location }
    }

    /// The conflicts no decision or revert has addressed since they were found.
    func openConflicts(_ pending: PendingMerge) throws -> [PendingMerge.Conflict] {
        let resolved = try resolutions(of: pending)
        return pending.conflicts.filter { resolved[$0.location] == nil }
    }

    /// For each conflict resolved, the commit that resolved it: the newest decision or
    /// revert at its place made after the conflict was found.
    func resolutions(of pending: PendingMerge) throws -> [LocationID: ObjectID] {
        guard let head else { return [:] }
        var found: [LocationID: ObjectID] = [:]
        for since in Set(pending.conflicts.map(\.since)) {
            let places = Set(pending.conflicts.filter { $0.since == since }.map(\.location))
            for commit in try git({ try repository.commits(from: head, excluding: [since]) }) {
                guard let entry = Self.logEntry(commit), let location = LocationID(entry.location),
                    places.contains(location), found[location] == nil
                else { continue }
                found[location] = commit.id
            }
        }
        return found
    }

    /// The `Resolves` trailer of a decision that resolves `conflict`: the commits of both
    /// predecessors, this side's first.
    static func resolvesTrailer(_ conflict: PendingMerge.Conflict, pending: PendingMerge) -> Trailer {
        let predecessors = [conflict.ours ?? pending.ours, conflict.theirs ?? pending.theirs].map(\.hex)
        return Trailer(key: "Resolves", value: predecessors.joined(separator: ", "))
    }

    /// The trailers of a decision (or revert) that resolves `conflict`: `Resolves` with
    /// the commits of both predecessors, this side's first, and the branch merged.
    func resolutionTrailers(_ conflict: PendingMerge.Conflict) throws -> [Trailer] {
        guard let pending = try pendingMerge() else { return [] }
        return [
            Self.resolvesTrailer(conflict, pending: pending),
            Trailer(key: "Resolves-Conflict-With", value: pending.label),
        ]
    }

    /// Adds to a decision's message that it resolves `conflict`.
    func resolvingMessage(_ message: CommitMessage, _ conflict: PendingMerge.Conflict) throws -> CommitMessage {
        try CommitMessage(
            subject: message.subject, body: message.body, trailers: message.trailers + resolutionTrailers(conflict))
    }

    /// After a decision or revert: if a pull waits and every conflict is now resolved,
    /// makes the merge commit (by `editor`, at `date`).
    ///
    /// - Returns: nil when no pull waits; else what remains, and the merge commit if made.
    @discardableResult
    public func concludePendingPull(editor: Person? = nil, date: Timestamp = .now()) throws -> ConflictResolution? {
        guard var pending = try pendingMerge() else { return nil }
        let open = try openConflicts(pending)
        guard open.isEmpty else {
            return ConflictResolution(
                label: pending.label, remaining: open.map(\.location.description), mergeCommit: nil)
        }
        let author = try resolveEditor(editor)
        let resolvedPaths = Set(pending.conflicts.map(\.path))
        let step: MergeStep
        do {
            let transaction = try EditionTransaction(edition: self)
            step = try mergeStep(
                theirs: pending.theirs, label: pending.label, resolved: resolvedPaths, author: author, date: date,
                transaction: transaction)
        }
        switch step {
        case .committed(let commit):
            try PendingMerge.remove(from: repository)
            return ConflictResolution(label: pending.label, remaining: [], mergeCommit: commit.hex)
        case .stopped(let more):
            // Places decided here after the pull stopped that the other side also changed.
            pending.conflicts += more
            try pending.store(in: repository)
            return ConflictResolution(
                label: pending.label, remaining: more.map(\.location.description), mergeCommit: nil)
        }
    }

    /// A conflict as people read it: both sides' decisions with their commits.
    func describe(_ conflict: PendingMerge.Conflict, in pending: PendingMerge) throws -> EditorialConflict {
        func side(_ branch: String, tip: ObjectID, commit: ObjectID?) throws -> EditorialConflict.Side {
            let decision = try git { try repository.fileData(at: conflict.path, commit: tip) }.map { data in
                try Self.decodeDecision(String(decoding: data, as: UTF8.self), path: conflict.path)
            }
            let made = try commit.map { id in try git { try repository.commit(id) } }
            return EditorialConflict.Side(
                branch: branch, decision: decision, commit: made?.id.hex,
                author: made.map { "\($0.author.name) <\($0.author.email)>" },
                date: made.map {
                    Self.isoDate(
                        Timestamp(date: $0.author.date, timeZoneOffsetMinutes: $0.author.timeZoneOffsetMinutes))
                },
                subject: made?.summary)
        }
        return EditorialConflict(
            location: conflict.location.description, citation: conflict.location.citation,
            ours: try side("yours", tip: conflict.since, commit: conflict.ours),
            theirs: try side(pending.label, tip: pending.theirs, commit: conflict.theirs),
            resolution: nil)
    }
}
