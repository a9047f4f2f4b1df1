extension Transcription {
    /// The text of one state of the witness, with its source map.
    ///
    /// - Before revision, no deletion, addition or substitution is applied: struck text is read,
    ///   added text is not, a substitution reads its deleted part.
    /// - After stage *k*, the revisions of stages ≤ *k* are applied (an event without a stage
    ///   is of stage 1); after revision, all are.
    /// - A restoration, once applied, cancels the deletions inside it.
    /// - An uncertain reading always gives its preferred alternative; illegible passages,
    ///   notes, metamarks, hand shifts and lacuna marks give no text (they appear in the source
    ///   map as empty segments).
    ///
    /// - Parameter state: the state to read; after revision by default.
    /// - Complexity: O(*n*) in the size of the transcription.
    public func state(_ state: WitnessState = .afterRevision) -> TranscriptionState {
        var renderer = StateRenderer(state: state)
        renderer.render(nodes, undoingDeletions: false)
        return renderer.finish()
    }
}

/// Walks the nodes in document order, numbering events as ``Transcription/events`` does.
private struct StateRenderer {
    let state: WitnessState
    var text = ""
    var pieces: [(utf8Range: Range<Int>, source: SourcePosition?, event: Int?)] = []
    var eventCount = 0
    var currentEvent: Int?
    var utf8Count = 0

    init(state: WitnessState) {
        self.state = state
    }

    mutating func render(_ nodes: [TranscriptionNode], undoingDeletions: Bool) {
        for node in nodes {
            switch node {
            case .text(let string, let origin):
                emit(string, origin: origin)
            case .event(let event):
                let index = eventCount
                eventCount += 1
                let outer = currentEvent
                currentEvent = index
                defer { currentEvent = outer }
                let applied = state.applies(stage: event.effectiveStage)
                switch event.kind {
                case .deletion(let content):
                    if !applied || undoingDeletions {
                        render(content, undoingDeletions: undoingDeletions)
                    } else {
                        skip(content)
                    }
                case .addition(let content, _, _):
                    if applied { render(content, undoingDeletions: undoingDeletions) } else { skip(content) }
                case .substitution(let deleted, let added, _):
                    if applied {
                        skip(deleted)
                        render(added, undoingDeletions: undoingDeletions)
                    } else {
                        render(deleted, undoingDeletions: undoingDeletions)
                        skip(added)
                    }
                case .restoration(let content):
                    render(content, undoingDeletions: undoingDeletions || applied)
                case .uncertain(let alternatives, let preferred):
                    let reading =
                        alternatives.indices.contains(preferred) ? alternatives[preferred] : alternatives.first
                    emit(reading ?? "", origin: event.origin, forceSegment: true)
                case .illegible, .metamark, .note, .lacunaStart, .lacunaEnd, .handShift:
                    pieces.append((utf8Count..<utf8Count, event.origin.start, index))
                }
            }
        }
    }

    /// Counts the events in nodes that are not read, to keep event numbers in step.
    mutating func skip(_ nodes: [TranscriptionNode]) {
        for case .event(let event) in nodes {
            eventCount += 1
            for child in event.kind.children { skip(child) }
        }
    }

    mutating func emit(_ string: String, origin: SourceOrigin, forceSegment: Bool = false) {
        let length = string.utf8.count
        guard length > 0 || forceSegment else { return }
        let start = utf8Count
        text += string
        utf8Count += length
        let anchors = origin.anchors
        if anchors.count <= 1 {
            pieces.append((start..<utf8Count, origin.start, currentEvent))
            return
        }
        for (i, anchor) in anchors.enumerated() {
            let lower = start + anchor.textOffset
            let upper = i + 1 < anchors.count ? start + anchors[i + 1].textOffset : utf8Count
            if lower < upper || (length == 0 && i == 0) {
                pieces.append((lower..<upper, anchor.position, currentEvent))
            }
        }
    }

    func finish() -> TranscriptionState {
        let utf8 = text.utf8
        var segments: [TranscriptionState.Segment] = []
        segments.reserveCapacity(pieces.count)
        // Offsets grow monotonically, so each index is reached from the previous one.
        var lastOffset = 0
        var lastIndex = utf8.startIndex
        func index(_ offset: Int) -> String.Index {
            let result = utf8.index(lastIndex, offsetBy: offset - lastOffset)
            lastOffset = offset
            lastIndex = result
            return result
        }
        for piece in pieces {
            let lower = index(piece.utf8Range.lowerBound)
            let upper = index(piece.utf8Range.upperBound)
            segments.append(
                .init(range: lower..<upper, utf8Range: piece.utf8Range, source: piece.source, eventIndex: piece.event))
        }
        return TranscriptionState(state: state, text: text, segments: segments)
    }
}
