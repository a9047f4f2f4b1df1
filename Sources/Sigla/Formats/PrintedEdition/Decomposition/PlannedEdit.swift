/// What the base witness has instead of a stretch of the printed text.
struct PlannedEdit: Sendable {
    /// The printed text replaced, as scalar offsets into the chapter's text; empty for an insertion.
    var range: Range<Int>
    var content: Content

    enum Content: Sendable {
        /// These nodes stand for the printed range.
        case nodes([TranscriptionNode])
        /// The author struck the printed text `inner` (edits inside it apply), followed by
        /// `trailing` (a space struck with it); `before` and `after` surround the deletion.
        case deletion(
            inner: Range<Int>, trailing: String, style: DeletionStyle, before: [TranscriptionNode],
            after: [TranscriptionNode])
    }

    /// How the author struck a passage.
    struct DeletionStyle: Sendable {
        var hand: String
        var medium: MediumRule?
        /// A correction made before the strike (stage 1; the strike is then stage 2), whose
        /// replaced reading is unknown.
        var correction: MediumRule?
    }
}

/// Builds the transcription nodes of a stretch of printed text with the planned edits applied.
struct ChapterTranscriptionBuilder {
    /// The chapter's printed text.
    let text: [Unicode.Scalar]
    /// The edits, sorted by start (insertions first at the same offset).
    let edits: [PlannedEdit]

    init(text: [Unicode.Scalar], edits: [PlannedEdit]) {
        self.text = text
        self.edits = edits.sorted { lhs, rhs in
            lhs.range.lowerBound != rhs.range.lowerBound
                ? lhs.range.lowerBound < rhs.range.lowerBound : lhs.range.count < rhs.range.count
        }
    }

    /// The nodes for a range of the printed text: printed text (a paragraph break, one `\n` in
    /// the printed text, becomes a blank line) with every edit inside the range applied; an
    /// edit inside another is applied by the outer one.
    ///
    /// - Complexity: O(*n* + *e*²) for *n* scalars and *e* edits.
    func nodes(for range: Range<Int>) -> [TranscriptionNode] {
        var nodes: [TranscriptionNode] = []
        var cursor = range.lowerBound
        for edit in edits {
            // Edits before the range, after it, or inside one already applied are not this level's.
            guard edit.range.lowerBound >= cursor, edit.range.upperBound <= range.upperBound else { continue }
            appendText(cursor..<edit.range.lowerBound, to: &nodes)
            nodes += apply(edit)
            cursor = edit.range.upperBound
        }
        appendText(cursor..<range.upperBound, to: &nodes)
        return nodes
    }

    private func apply(_ edit: PlannedEdit) -> [TranscriptionNode] {
        switch edit.content {
        case .nodes(let nodes):
            return nodes
        case .deletion(let inner, let trailing, let style, let before, let after):
            var content = nodes(for: inner)
            var strikeStage: Int?
            if let correction = style.correction {
                let substitution = RevisionEvent(
                    .substitution(deleted: [.event(RevisionEvent(.illegible()))], added: content),
                    hand: style.hand, medium: correction.medium, colour: correction.colour, stage: 1)
                content = [.event(substitution)]
                strikeStage = 2
            }
            if !trailing.isEmpty { content.append(.text(trailing)) }
            let deletion = RevisionEvent(
                .deletion(content), hand: style.hand, medium: style.medium?.medium, colour: style.medium?.colour,
                stage: strikeStage)
            return before + [.event(deletion)] + after
        }
    }

    private func appendText(_ range: Range<Int>, to nodes: inout [TranscriptionNode]) {
        guard !range.isEmpty else { return }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(range.count)
        for scalar in text[range] {
            scalars.append(scalar)
            if scalar == "\n" { scalars.append("\n") }
        }
        nodes.append(.text(String(scalars: scalars)))
    }
}
