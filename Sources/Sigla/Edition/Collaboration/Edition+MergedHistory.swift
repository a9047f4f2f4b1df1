import GitStore

extension Edition {
    /// How a decision came into the edition's branch when it was made elsewhere.
    struct MergeNote {
        /// The merge commit that brought it in.
        var commit: String
        /// The branch it came from (`origin/main`), from the merge's `Merged-From` trailer.
        var label: String?
    }

    /// For each commit brought in by a merge on the edition's first-parent line, the merge
    /// that brought it (the outermost one, when merges nest). Commits made on the line
    /// itself have no note.
    ///
    /// The merges are visited oldest first, each claiming what its other parents reach that
    /// is neither on the line nor claimed by an older merge — exactly what the merge
    /// brought in, in one pass over the history.
    ///
    /// - Complexity: O(commits): each is visited once.
    func mergeNotes() throws -> [ObjectID: MergeNote] {
        guard let head else { return [:] }
        var line: [(id: ObjectID, parents: [ObjectID])] = []
        var onLine: Set<ObjectID> = []
        var current: ObjectID? = head
        while let id = current {
            let parents = try git { try repository.parents(of: id) }
            line.append((id, parents))
            onLine.insert(id)
            current = parents.first
        }
        var notes: [ObjectID: MergeNote] = [:]
        var seen: Set<ObjectID> = []
        for (merge, parents) in line.reversed() where parents.count > 1 {
            let commit = try git { try repository.commit(merge) }
            let note = MergeNote(commit: merge.hex, label: commit.trailers.last { $0.key == "Merged-From" }?.value)
            var pending = Array(parents.dropFirst())
            while let next = pending.popLast() {
                guard !onLine.contains(next), seen.insert(next).inserted else { continue }
                notes[next] = note
                pending += try git { try repository.parents(of: next) }
            }
        }
        return notes
    }
}
