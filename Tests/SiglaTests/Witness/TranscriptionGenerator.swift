import Sigla
import TestSupport

/// Generates random but valid transcriptions for property tests: every kind of event, nested,
/// with the attributes each kind takes, stages in a possible order, and text full of the
/// characters markup and XML must escape.
struct TranscriptionGenerator {
    var random: SeededRandomNumberGenerator

    init(seed: UInt64) {
        random = SeededRandomNumberGenerator(seed: seed)
    }

    private static let alphabet: [String] =
        Array("abcdefghij áéñüç«»—…").map(String.init)
        + [
            "{", "}", "[", "]", "\\", "|", "~", ">", "<", "+", "-", "?", "#", "!", "^", ":", "\"", "=", "&", "'", "\n",
            "\n\n", "\t", "\r\n", "--}", "{--", "~>", "++}",
        ]
    private static let hands = ["Serge", "ed", "h.2", "mecanógrafa", "_t1"]
    private static let media = ["lápiz negro", "tinta", "tinta verde", "lápiz \"azul\"", "x]y", "a\\b"]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func text(maxLength: Int = 12, oneLine: Bool = false) -> String {
        var result = ""
        for _ in 0..<int(1...maxLength) {
            var piece = pick(Self.alphabet)
            if oneLine, piece.contains(where: \.isNewline) { piece = " " }
            result += piece
        }
        return result
    }

    mutating func transcription() -> Transcription {
        var hands: [HandNote] = []
        if chance(50) { hands.append(HandNote(id: "Serge", description: chance(50) ? text(oneLine: true) : nil)) }
        return Transcription(nodes: nodes(depth: 0, bounds: Bounds()), hands: hands)
    }

    /// Stage limits inherited from the enclosing events.
    struct Bounds {
        var lower = 1
        var upper = 4
        /// Deletions inside a restoration must come before it.
        var deletionUpper = 4
    }

    mutating func nodes(depth: Int, bounds: Bounds) -> [TranscriptionNode] {
        var result: [TranscriptionNode] = []
        for _ in 0..<int(0...(depth == 0 ? 8 : 3)) {
            if chance(45) {
                result.append(.text(text()))
            } else if let event = event(depth: depth, bounds: bounds) {
                result.append(.event(event))
            }
        }
        return result
    }

    mutating func stage(in range: ClosedRange<Int>) -> Int? {
        let value = int(range)
        return value == 1 && chance(50) ? nil : value
    }

    mutating func event(depth: Int, bounds: Bounds) -> RevisionEvent? {
        let nested = depth < 3
        var event: RevisionEvent
        switch int(0...10) {
        case 0 where nested, 1 where nested:
            let upper = min(bounds.upper, bounds.deletionUpper)
            guard bounds.lower <= upper else { return nil }
            let stage = stage(in: bounds.lower...upper)
            var inner = bounds
            inner.upper = stage ?? 1
            event = RevisionEvent(.deletion(nodes(depth: depth + 1, bounds: inner)), stage: stage)
        case 2 where nested:
            let stage = stage(in: bounds.lower...bounds.upper)
            var inner = bounds
            inner.lower = stage ?? 1
            let place = chance(50) ? pick(RevisionEvent.Placement.allCases) : nil
            let by = chance(30) ? pick(RevisionEvent.PlacedBy.allCases) : nil
            event = RevisionEvent(
                .addition(nodes(depth: depth + 1, bounds: inner), place: place, placedBy: by), stage: stage)
        case 3 where nested:
            let stage = stage(in: bounds.lower...bounds.upper)
            var old = bounds
            old.upper = stage ?? 1
            var new = bounds
            new.lower = stage ?? 1
            let place = chance(30) ? pick(RevisionEvent.Placement.allCases) : nil
            event = RevisionEvent(
                .substitution(
                    deleted: nodes(depth: depth + 1, bounds: old), added: nodes(depth: depth + 1, bounds: new),
                    place: place),
                stage: stage)
        case 4 where nested:
            guard max(bounds.lower, 2) <= bounds.upper else { return nil }
            let stage = int(max(bounds.lower, 2)...bounds.upper)
            var inner = bounds
            inner.deletionUpper = min(bounds.deletionUpper, stage - 1)
            event = RevisionEvent(.restoration(nodes(depth: depth + 1, bounds: inner)), stage: stage)
        case 5:
            let alternatives = (0..<int(1...3)).map { _ in chance(10) ? "" : text(maxLength: 5) }
            return RevisionEvent(.uncertain(alternatives: alternatives, preferred: int(0...(alternatives.count - 1))))
        case 6:
            return RevisionEvent(.illegible(extent: chance(50) ? text(maxLength: 6) : nil))
        case 7:
            return RevisionEvent(.metamark(text(maxLength: 8), place: chance(50) ? .margin : nil))
        case 8:
            event = RevisionEvent(
                .note(
                    text(), by: pick(RevisionEvent.NoteAuthor.allCases),
                    place: chance(30) ? pick(RevisionEvent.Placement.allCases) : nil))
        case 9:
            event = RevisionEvent(.handShift)
        default:
            return RevisionEvent(chance(50) ? .lacunaStart : .lacunaEnd)
        }
        if chance(50) { event.hand = pick(Self.hands) }
        if chance(40) { event.medium = pick(Self.media) }
        if chance(20) { event.colour = pick(["azul", "rojo", "verde oscuro"]) }
        return event
    }
}
