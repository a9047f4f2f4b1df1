/// One piece of a transcription: plain text as the witness has it, or a revision event.
public enum TranscriptionNode: Hashable, Sendable, Codable {
    /// Text read on the page, with no revision on it.
    case text(String, origin: SourceOrigin = .unknown)
    /// Something that happened on the page: a deletion, an addition, a note…
    case event(RevisionEvent)
}

extension Array where Element == TranscriptionNode {
    /// The same nodes with adjacent texts merged and empty texts removed, at every depth.
    ///
    /// Every reader produces this normal form, so that two transcriptions of the same page
    /// compare equal however their text happened to be split.
    ///
    /// - Complexity: O(*n*) in the number of nodes and characters.
    func normalized() -> [TranscriptionNode] {
        var result: [TranscriptionNode] = []
        result.reserveCapacity(count)
        for node in self {
            switch node {
            case .text(let string, let origin):
                guard !string.isEmpty else { continue }
                if case .text(let previous, let previousOrigin)? = result.last {
                    let anchors = previousOrigin.anchors + origin.shifted(by: previous.utf8.count)
                    result[result.count - 1] = .text(previous + string, origin: SourceOrigin(anchors: anchors))
                } else {
                    result.append(node)
                }
            case .event(var event):
                event.kind = event.kind.normalized()
                result.append(.event(event))
            }
        }
        return result
    }
}
