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
    /// - Complexity: O(first-parent commits + commits brought in by merges).
    func mergeNotes() throws -> [ObjectID: MergeNote] {
        guard var current = head else { return [:] }
        var notes: [ObjectID: MergeNote] = [:]
        while true {
            let commit = try git { try repository.commit(current) }
            if commit.parents.count > 1 {
                let note = MergeNote(
                    commit: commit.id.hex, label: commit.trailers.last { $0.key == "Merged-From" }?.value)
                for side in commit.parents.dropFirst() {
                    for brought in try git({ try repository.commits(from: side, excluding: [commit.parents[0]]) })
                    where notes[brought.id] == nil {
                        notes[brought.id] = note
                    }
                }
            }
            guard let first = commit.parents.first else { break }
            current = first
        }
        return notes
    }
}
