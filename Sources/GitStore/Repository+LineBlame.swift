import CLibGit2
import Foundation

extension Repository {
    /// Which commit last changed each line of the file at `path` in `commit`, carrying
    /// `earlier` — the blame at an ancestor — forward instead of walking the whole
    /// history again.
    ///
    /// Along a linear history this replays, oldest first, the diff of each commit that
    /// changed the file (``lineChanges(from:to:)``, the diff blame itself uses): lines a
    /// commit's hunk adds are that commit's, the others keep their commit. That is
    /// `git blame` computed forwards. Where the history since `earlier` holds a merge,
    /// or `earlier` is not an ancestor, it falls back to libgit2's blame of the whole
    /// history.
    ///
    /// - Parameters:
    ///   - path: repository-relative path.
    ///   - commit: the version to blame; nil for `HEAD`.
    ///   - earlier: a blame of the same file at an ancestor of `commit`, kept from before.
    /// - Returns: An empty blame when the file is not in `commit`.
    /// - Complexity: O(commits since `earlier` + Σ diff cost of those that changed the file).
    public func lineBlame(path: String, at commit: ObjectID? = nil, continuing earlier: LineBlame? = nil) throws
        -> LineBlame
    {
        let path = try validatedRepositoryPath(path)
        guard let target = try commit ?? headCommitID() else {
            throw GitError(operation: "lineBlame", code: -1, message: "no commit to blame \(path) in")
        }
        var start = earlier.flatMap { $0.path == path ? $0 : nil }
        if let known = start {
            if known.commit == target { return known }
            // A blame from a rewritten history (its commit unknown or elsewhere) is not carried.
            if (try? isAncestor(known.commit, of: target)) != true { start = nil }
        }
        let newer = try commits(from: target, excluding: start.map { [$0.commit] } ?? [])
        // Linear: each commit's only parent is the next older one, down to `start`.
        let linear = newer.indices.allSatisfy { index in
            let parent = index + 1 < newer.count ? newer[index + 1].id : start?.commit
            return newer[index].parents.count <= 1 && newer[index].parents.first == parent
        }
        guard linear else { return try wholeHistoryBlame(path: path, at: target) }

        var lines = start?.lines ?? []
        var blob = start?.blob
        var data: Data?
        for step in newer.reversed() {
            let current = try fileBlob(at: path, tree: step.tree)
            guard current != blob else { continue }
            let old = try data ?? blob.map(blobData) ?? Data()
            let new = try current.map(blobData) ?? Data()
            var carried: [ObjectID] = []
            carried.reserveCapacity(lines.count + 8)
            var oldCursor = 0
            for change in try lineChanges(from: old, to: new) {
                let firstNew = change.newCount == 0 ? change.newStart : change.newStart - 1
                let unchanged = firstNew - carried.count
                carried.append(contentsOf: lines[oldCursor..<(oldCursor + unchanged)])
                oldCursor += unchanged + change.oldCount
                carried.append(contentsOf: repeatElement(step.id, count: change.newCount))
            }
            carried.append(contentsOf: lines[min(oldCursor, lines.count)...])
            lines = carried
            blob = current
            data = new
        }
        return LineBlame(path: path, commit: target, blob: blob, lines: lines)
    }

    /// The blob of the file at `path` in `tree`, nil if there is no file there.
    private func fileBlob(at path: String, tree: ObjectID) throws -> ObjectID? {
        try withTree(tree) { tree in
            try entry(at: path, in: tree).flatMap { Self.isFileMode($0.mode) ? $0.id : nil }
        }
    }

    /// libgit2's blame of the whole history, as a ``LineBlame``.
    private func wholeHistoryBlame(path: String, at target: ObjectID) throws -> LineBlame {
        let blob = try fileBlob(at: path, tree: try withCommit(target) { ObjectID(git_commit_tree_id($0)) })
        guard blob != nil else { return LineBlame(path: path, commit: target, blob: nil, lines: []) }
        var lines: [ObjectID] = []
        for hunk in try blame(path: path, newest: target) {
            lines.append(contentsOf: repeatElement(hunk.commit, count: hunk.lineCount))
        }
        return LineBlame(path: path, commit: target, blob: blob, lines: lines)
    }
}
