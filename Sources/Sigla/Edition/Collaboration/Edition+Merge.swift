import Foundation
import GitStore

/// Merging another editor's decisions: the union of the two apparatus folders, with the
/// established text written again from the merged decisions (never merged as text).
extension Edition {
    /// Merges commit `theirs` (a fetched remote branch, another branch) into the edition.
    ///
    /// - Nothing new there: ``MergeOutcome/Kind/upToDate``.
    /// - Only new there: the edition moves to it (``MergeOutcome/Kind/fastForward``).
    /// - New decisions on both sides, at different places: one merge commit (parents: the
    ///   edition's `HEAD`, then `theirs`) holding both sides' records and the established
    ///   text worked out from all of them. Each decision keeps its own commit, author, date
    ///   and justification in the history. A place both sides decided identically is fine.
    /// - A place decided differently on each side (or changed on one and reverted on the
    ///   other): nothing is merged; the conflicts are kept in `.git/` for
    ///   ``editorialConflicts()`` and resolved by new decisions at those places, after
    ///   which the merge commit is made. The work tree stays at the edition's own `HEAD`,
    ///   clean and usable.
    ///
    /// - Parameter label: how the branch is named in messages (`origin/main`).
    /// - Throws: ``CollaborationError/pullPending(label:unresolved:)`` while an earlier pull
    ///   waits; ``CollaborationError/filesChangedOnBothSides(label:paths:)`` when both sides
    ///   changed `sigla.yaml` or a transcription differently;
    ///   ``CollaborationError/unrelatedHistories(label:)``; ``EditionError`` (uncommitted
    ///   changes, a concurrent command).
    func merge(commit theirs: ObjectID, label: String, editor: Person?, date: Timestamp) throws -> MergeOutcome {
        if let pending = try pendingMerge() {
            throw CollaborationError.pullPending(
                label: pending.label, unresolved: try openConflicts(pending).map(\.location.description))
        }
        guard let ours = head else {
            try fastForward(to: theirs)
            return MergeOutcome(
                kind: .fastForward, label: label, commit: theirs.hex,
                decisions: try incomingDecisions(theirs, excluding: nil),
                conflicts: [])
        }
        if try git({ try repository.isAncestor(theirs, of: ours) }) {
            return MergeOutcome(kind: .upToDate, label: label, commit: ours.hex, decisions: [], conflicts: [])
        }
        let incoming = try incomingDecisions(theirs, excluding: ours)
        if try git({ try repository.isAncestor(ours, of: theirs) }) {
            try fastForward(to: theirs)
            return MergeOutcome(
                kind: .fastForward, label: label, commit: theirs.hex, decisions: incoming, conflicts: [])
        }
        let author = try resolveEditor(editor)
        let transaction = try EditionTransaction(edition: self)
        switch try mergeStep(
            theirs: theirs, label: label, resolved: [], incoming: incoming, author: author, date: date,
            transaction: transaction)
        {
        case .committed(let commit):
            return MergeOutcome(kind: .merged, label: label, commit: commit.hex, decisions: incoming, conflicts: [])
        case .stopped(let conflicts):
            let pending = PendingMerge(label: label, theirs: theirs, ours: ours, conflicts: conflicts)
            try pending.store(in: repository)
            return MergeOutcome(
                kind: .conflicts, label: label, commit: ours.hex, decisions: incoming,
                conflicts: try conflicts.map { try describe($0, in: pending) })
        }
    }

    /// The result of one attempt at the merge commit.
    enum MergeStep {
        case committed(ObjectID)
        case stopped([PendingMerge.Conflict])
    }

    /// Works out the merge of `theirs` into `HEAD` and commits it, or returns the places
    /// decided differently on the two sides.
    ///
    /// - Parameters:
    ///   - resolved: record paths whose conflict a later decision on this side resolved:
    ///     this side's record is taken.
    /// - Complexity: O(files changed on either side since the merge base), plus the
    ///   established text of the sections whose decisions change.
    ///   - incoming: the decisions brought in, when the caller has them already.
    func mergeStep(
        theirs: ObjectID, label: String, resolved: Set<String>, incoming: [LogEntry]? = nil, author: Person,
        date: Timestamp, transaction: borrowing EditionTransaction
    ) throws -> MergeStep {
        guard let ours = head else { throw EditionError.concurrentChange }
        guard let base = try git({ try repository.mergeBase(ours, theirs) }) else {
            throw CollaborationError.unrelatedHistories(label: label)
        }
        let (baseTree, oursTree, theirsTree) = try git {
            (try repository.commit(base).tree, try repository.commit(ours).tree, try repository.commit(theirs).tree)
        }
        let oursChanges = Dictionary(
            try git { try repository.fileDifferences(from: baseTree, to: oursTree) }.map { ($0.path, $0) },
            uniquingKeysWith: { $1 })
        let theirsChanges = try git { try repository.fileDifferences(from: baseTree, to: theirsTree) }

        var taken: [String: ObjectID?] = [:]
        var conflicts: [PendingMerge.Conflict] = []
        var clashes: [String] = []
        for change in theirsChanges where !Self.isDerivedText(change.path) {
            guard let own = oursChanges[change.path] else {
                taken[change.path] = change.new
                continue
            }
            if own.new == change.new || resolved.contains(change.path) { continue }
            if let location = Self.recordLocation(change.path) {
                conflicts.append(
                    PendingMerge.Conflict(
                        location: location, path: change.path,
                        ours: try git { try repository.lastCommit(changing: change.path, from: ours) },
                        theirs: try git { try repository.lastCommit(changing: change.path, from: theirs) },
                        since: ours))
            } else {
                clashes.append(change.path)
            }
        }
        guard clashes.isEmpty else {
            throw CollaborationError.filesChangedOnBothSides(label: label, paths: clashes.sorted())
        }
        guard conflicts.isEmpty else { return .stopped(conflicts.sorted { $0.location < $1.location }) }

        // The merged decisions: this side's, with the other side's changed records applied.
        var records = Dictionary(try decisions().map { (Self.recordFile($0.location), $0) }, uniquingKeysWith: { $1 })
        var sections = Set<SectionID>()
        var files: [String: Data?] = [:]
        for (path, blob) in taken {
            let data = try blob.map { id in try git { try repository.blobData(id) } }
            files[path] = .some(data)
            guard Self.recordLocation(path) != nil else { continue }
            if let old = records[path] { sections.insert(old.location.section) }
            if let data {
                let decision = try Self.decodeDecision(String(decoding: data, as: UTF8.self), path: path)
                records[path] = decision
                sections.insert(decision.location.section)
            } else {
                records[path] = nil
            }
        }
        let merged = records.values.sorted { $0.location < $1.location }
        let settingsChanged = taken.keys.contains(where: Self.isSetting)
        if settingsChanged {
            files.merge(
                try textOfMerge(ours: ours, theirs: theirs, taken: taken, decisions: merged, author: author, date: date)
            ) { _, text in text }
        } else {
            for section in sections {
                files[Self.textFile(section)] = Data(
                    try establishedSection(section, decisions: merged).fileContents.utf8)
            }
        }

        let incoming = try incoming ?? incomingDecisions(theirs, excluding: ours)
        let message = try Self.mergeMessage(
            label: label, theirs: theirs, incoming: incoming, resolutions: resolved.count)
        let commit = try transaction.commit(
            files, message: message, author: author, date: date, expectedHead: ours, mergeParents: [theirs])
        head = commit
        if settingsChanged {
            updateConfiguration(
                try Self.readConfiguration(
                    at: root + "/" + EditionLayout.configurationFile, gitDirectory: repository.gitDirectoryPath))
        }
        forgetDecisions()
        return .committed(commit)
    }

    /// The established text of a merge that changes the settings or the witnesses: worked
    /// out by an edition over the merged files (committed provisionally, unreferenced).
    private func textOfMerge(
        ours: ObjectID, theirs: ObjectID, taken: [String: ObjectID?], decisions: [Decision], author: Person,
        date: Timestamp
    ) throws -> [String: Data?] {
        let changes = taken.map { path, blob in
            blob.map { TreeChange.upsert(path: path, blob: $0) } ?? .remove(path: path)
        }
        let signature = Signature(person: author, date: date)
        let provisional = try git {
            try repository.createCommit(
                tree: try repository.treeByApplying(changes, to: try repository.commit(ours).tree),
                parents: [ours, theirs], author: signature, committer: signature,
                message: "Provisional merge (Sigla works out the text)\n", updatingReference: nil)
        }
        guard let yaml = try git({ try repository.fileData(at: EditionLayout.configurationFile, commit: provisional) })
        else { throw EditionError.inputFile(.missing(path: EditionLayout.configurationFile)) }
        let configuration: EditionConfiguration
        do {
            configuration = try EditionConfiguration(
                yaml: String(decoding: yaml, as: UTF8.self), fileName: EditionLayout.configurationFile)
        } catch {
            throw EditionError.configuration(error)
        }
        let view = Edition(root: root, repository: repository, configuration: configuration, head: provisional)
        var files: [String: Data?] = [:]
        for path in try git({ try repository.filePaths(commit: ours, under: EditionLayout.textDirectory) })
        where Self.isDerivedText(path) {
            files[path] = .some(nil)
        }
        guard view.baseStateName != nil else { return files }
        for section in try view.baseText().sections {
            files[Self.textFile(section.id)] = Data(
                try view.establishedSection(section.id, decisions: decisions).fileContents.utf8)
        }
        return files
    }

    /// Moves the edition to `target`, a descendant of `HEAD`.
    func fastForward(to target: ObjectID) throws {
        let previous = head
        let oldTree = try previous.map { id in try git { try repository.commit(id).tree } }
        let newTree = try git { try repository.commit(target).tree }
        let changed = try git { try repository.fileDifferences(from: oldTree, to: newTree) }
        do {
            let transaction = try EditionTransaction(edition: self)
            try transaction.moveHead(to: target, expectedHead: previous, paths: changed.map(\.path))
        }
        head = target
        // The base text and the locations stay valid unless the settings or a witness changed.
        if changed.contains(where: { Self.isSetting($0.path) }) {
            updateConfiguration(
                try Self.readConfiguration(
                    at: root + "/" + EditionLayout.configurationFile, gitDirectory: repository.gitDirectoryPath))
        }
        // Each section's decisions are read again from its kept copy unless its records changed.
        forgetDecisions()
    }

    /// The decisions and reverts in `theirs` that are not in `ours`, newest first.
    func incomingDecisions(_ theirs: ObjectID, excluding ours: ObjectID?) throws -> [LogEntry] {
        try git { try repository.commits(from: theirs, excluding: ours.map { [$0] } ?? []) }.compactMap(Self.logEntry)
    }

    /// `sigla.yaml` or a transcription: what the base text and the locations depend on.
    static func isSetting(_ path: String) -> Bool {
        path == EditionLayout.configurationFile || path.hasPrefix(EditionLayout.witnessesDirectory + "/")
    }

    /// `text/<section>.txt`: worked out from the decisions, never merged as text.
    static func isDerivedText(_ path: String) -> Bool {
        path.hasPrefix(EditionLayout.textDirectory + "/") && path.hasSuffix(".txt")
    }

    /// The location whose record is at `path` (`apparatus/I/27-1.yaml` → `I.27/1`), or nil
    /// for any other file.
    static func recordLocation(_ path: String) -> LocationID? {
        let prefix = EditionLayout.apparatusDirectory + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(".yaml") else { return nil }
        let inner = path.dropFirst(prefix.count).dropLast(".yaml".count)
        guard let slash = inner.lastIndex(of: "/"), let dash = inner[slash...].lastIndex(of: "-") else { return nil }
        let section = inner[..<slash]
        let sentence = inner[inner.index(after: slash)..<dash]
        let ordinal = inner[inner.index(after: dash)...]
        return LocationID("\(section).\(sentence)/\(ordinal)")
    }

    /// "Merge 3 decisions from origin/main", the decisions listed in the body, trailers for
    /// machines.
    static func mergeMessage(label: String, theirs: ObjectID, incoming: [LogEntry], resolutions: Int) throws
        -> CommitMessage
    {
        let decided = incoming.count
        let subject =
            decided == 0
            ? "Merge \(label)" : "Merge \(decided) decision\(decided == 1 ? "" : "s") from \(label)"
        var body = incoming.reversed().map { entry in
            "\(entry.location)  \(entry.subject) (\(entry.editor.split(separator: "<").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? entry.editor), \(entry.date.prefix(10)))"
        }
        if resolutions > 0 {
            body.append("")
            body.append(
                "\(resolutions) editorial conflict\(resolutions == 1 ? "" : "s") resolved by new decisions before this merge."
            )
        }
        return try CommitMessage(
            subject: subject, body: body.joined(separator: "\n"),
            trailers: [
                Trailer(key: "Sigla-Action", value: "merge"),
                Trailer(key: "Merged-From", value: label),
                Trailer(key: "Merged-Commit", value: theirs.hex),
                Trailer(key: "Decisions", value: String(decided)),
            ])
    }
}

