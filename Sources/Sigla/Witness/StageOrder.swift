/// The rule on the order of nested revisions, shared by every reader of transcriptions
/// (markup and TEI): text is revised only after it is written (inside an addition, stages
/// ≥ the addition's) and before it is struck (inside a deletion, stages ≤ the deletion's);
/// a restoration comes after the deletions it cancels. A transcription that breaks it has
/// no meaningful states.
enum StageOrder {
    /// A revision nested in another in an impossible order.
    struct Violation: Error {
        /// The revision whose stage is impossible.
        var event: RevisionEvent
        /// The revision it is nested in.
        var enclosing: RevisionEvent
        /// Why the order is impossible, for a person.
        var why: String
    }

    /// Checks `nodes` and everything nested in them.
    ///
    /// - Throws: the first ``Violation``, in document order.
    /// - Complexity: O(*n*) in the number of nodes; recursion as deep as the nesting, which
    ///   the readers bound by ``Transcription/maximumNesting``.
    static func check(_ nodes: [TranscriptionNode]) throws(Violation) {
        try check(nodes, lower: nil, upper: nil, restoration: nil)
    }

    private static func check(
        _ nodes: [TranscriptionNode], lower: RevisionEvent?, upper: RevisionEvent?, restoration: RevisionEvent?
    ) throws(Violation) {
        for case .event(let event) in nodes {
            if event.kind.isRevision {
                let stage = event.effectiveStage
                if let lower, stage < lower.effectiveStage {
                    throw Violation(event: event, enclosing: lower, why: "text cannot be revised before it was written")
                }
                if let upper, stage > upper.effectiveStage {
                    throw Violation(
                        event: event, enclosing: upper,
                        why: "struck text is not revised afterwards (a restoration cancels a deletion)")
                }
                if case .deletion = event.kind, let restoration, stage >= restoration.effectiveStage {
                    throw Violation(
                        event: event, enclosing: restoration,
                        why: "a deletion must come before the restoration that cancels it")
                }
            }
            switch event.kind {
            case .deletion(let content):
                try check(content, lower: lower, upper: event, restoration: restoration)
            case .addition(let content, _, _):
                try check(content, lower: event, upper: upper, restoration: restoration)
            case .substitution(let deleted, let added, _):
                try check(deleted, lower: lower, upper: event, restoration: restoration)
                try check(added, lower: event, upper: upper, restoration: restoration)
            case .restoration(let content):
                try check(content, lower: lower, upper: upper, restoration: event)
            default: break
            }
        }
    }
}
