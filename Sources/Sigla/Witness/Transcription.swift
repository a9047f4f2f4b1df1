/// What a witness says, page event by page event: text and the revisions made on it.
///
/// A transcription holds every layer at once; ``state(_:)`` reads one of them
/// (before revision, after all revisions, after stage *k*). It does no I/O: read it with
/// ``SiglaMarkup/parse(_:fileName:)`` or ``TEITranscription/parse(_:fileName:lenient:)``, or
/// through ``Transcription/parse(contents:format:fileName:lenient:)``.
///
/// Two transcriptions are equal when they hold the same text and events with the same
/// attributes, wherever they were read from.
public struct Transcription: Hashable, Sendable, Codable {
    /// Hands declared for the witness.
    public var hands: [HandNote]
    /// The text and its events, in document order; adjacent texts are always merged (the
    /// initializer does it), which is why the nodes are set only through ``init(nodes:hands:)``.
    public private(set) var nodes: [TranscriptionNode]

    /// How deep marks may nest (a deletion inside an addition inside …). Real pages nest
    /// two or three deep; the limit keeps every recursive walk of a hostile file (reading,
    /// states, writing) far from the end of the stack.
    public static let maximumNesting = 100

    public init(nodes: [TranscriptionNode], hands: [HandNote] = []) {
        self.hands = hands
        self.nodes = nodes.normalized()
    }

    /// Every event, nested ones included, in document (pre-)order. Indexes into this array are
    /// what ``TranscriptionState/Segment/eventIndex`` gives.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    public var events: [RevisionEvent] {
        var result: [RevisionEvent] = []
        func walk(_ nodes: [TranscriptionNode]) {
            for case .event(let event) in nodes {
                result.append(event)
                for child in event.kind.children { walk(child) }
            }
        }
        walk(nodes)
        return result
    }

    /// The revision stages present, ascending: the effective stage of every deletion, addition,
    /// substitution and restoration. Empty when the witness has no revision.
    public var stages: [Int] {
        Array(Set(events.filter(\.kind.isRevision).map(\.effectiveStage))).sorted()
    }

    /// The states worth reading: before revision, after each stage (the last is after revision).
    /// A witness without revisions has only ``WitnessState/afterRevision``.
    public var distinctStates: [WitnessState] {
        let stages = stages
        guard !stages.isEmpty else { return [.afterRevision] }
        var result: [WitnessState] = [.beforeRevision]
        for stage in stages.dropLast() { result.append(.afterStage(stage)) }
        result.append(.afterRevision)
        return result
    }
}
