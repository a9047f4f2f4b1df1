/// One witness's transcription as the apparatus reads it: its events with their nesting,
/// and the text and source map of each state, so that a reading can be traced back to the
/// revisions that made it (struck, added, by which hand, in which medium).
public struct WitnessSource: Sendable {
    public var siglum: String
    /// The transcription's events in document order (``Transcription/events``).
    public var events: [RevisionEvent]
    /// The event each event is nested in, if any.
    var parents: [Int?]
    /// Each state by the name collation gives it (`TS`, `TS-ac`, `TS-1`).
    var states: [String: StateText]

    /// A state's text, its source map and its bytes.
    struct StateText: Sendable {
        var state: WitnessState
        var text: TranscriptionState
        var bytes: [UInt8]
    }

    /// Reads the events and every distinct state of a transcription.
    ///
    /// - Parameter reference: how the apparatus names a state of this witness (`TS`, `TS-ac`).
    /// - Complexity: O(*n* · *s*) for a transcription of size *n* with *s* states.
    public init(siglum: String, transcription: Transcription, reference: (WitnessState) -> String) {
        self.siglum = siglum
        var events: [RevisionEvent] = []
        var parents: [Int?] = []
        func walk(_ nodes: [TranscriptionNode], parent: Int?) {
            for case .event(let event) in nodes {
                let index = events.count
                events.append(event)
                parents.append(parent)
                for child in event.kind.children { walk(child, parent: index) }
            }
        }
        walk(transcription.nodes, parent: nil)
        self.events = events
        self.parents = parents
        var states: [String: StateText] = [:]
        for state in [WitnessState.afterRevision] + transcription.distinctStates {
            let name = reference(state)
            guard states[name] == nil else { continue }
            let text = transcription.state(state)
            states[name] = StateText(state: state, text: text, bytes: Array(text.text.utf8))
        }
        self.states = states
    }

    /// The events, innermost first, that produced the text of `range` in a state, with the
    /// metamarks that sit at the range or just before it.
    ///
    /// - Complexity: O(log *g* + *m*) for *g* segments, *m* of them in the range.
    func events(in reference: String, range: Range<Int>) -> [Int] {
        guard let state = states[reference] else { return [] }
        let segments = state.text.segments
        // White space before the range: a mark in the margin is often written just there.
        var low = range.lowerBound
        while low > 0, low <= state.bytes.count, Self.isSpace(state.bytes[low - 1]) { low -= 1 }
        var first = 0
        var high = segments.count
        while first < high {
            let middle = (first + high) / 2
            if segments[middle].utf8Range.upperBound < low { first = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        var seen: Set<Int> = []
        var index = first
        while index < segments.count {
            let segment = segments[index]
            let span = segment.utf8Range
            if span.lowerBound > range.upperBound
                || (span.lowerBound == range.upperBound && !range.isEmpty && !span.isEmpty)
            {
                break
            }
            index += 1
            guard var event = segment.eventIndex else { continue }
            let overlaps = span.overlaps(range) || (range.isEmpty && span.contains(range.lowerBound))
            if span.isEmpty || span.upperBound <= range.lowerBound {
                // Only marks sit outside the text they concern.
                guard case .metamark = events[event].kind else { continue }
            } else if !overlaps {
                continue
            }
            while true {
                if seen.insert(event).inserted { found.append(event) }
                guard let parent = parents[event] else { break }
                event = parent
            }
        }
        return found
    }

    /// Whether a revision of `event` is applied in a state.
    func isApplied(_ event: Int, in reference: String) -> Bool? {
        states[reference].map { $0.state.applies(stage: events[event].effectiveStage) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
