import Foundation
import Sigla

/// A plain, independent replay of a sample edition's decisions — the oracle `sigla decide` is
/// checked against: the base witness after revision, with every decision applied textually,
/// section by section.
///
/// - `adopt` of a state of the base (`TS-ac`, `TS-1`): the revision event whose reading in that
///   state holds `at` (or, when that reading is empty, the event just before `at`) is read in
///   that state, inside `[ ]` when the sign is brackets;
/// - `adopt` of another witness: its fragment holding `at` replaces the stretch of the text
///   that begins with the fragment's first two words and ends with its last two;
/// - `emend`: `at` becomes `text`; `supply`: `text` goes after `at` (after a space, or as a new
///   paragraph when it begins with a line break); `keep`: nothing changes.
///
/// Every `at` must occur exactly once in its section of the text it is sought in; each problem
/// is collected in ``problems``.
struct DecisionReplayOracle {
    let base: Transcription
    let witnesses: [String: Transcription]
    let baseSiglum: String
    private(set) var problems: [String] = []

    init(base: Transcription, baseSiglum: String, witnesses: [String: Transcription]) {
        self.base = base
        self.baseSiglum = baseSiglum
        self.witnesses = witnesses
    }

    /// The established text, by section heading numeral (`IV`), after replaying the decisions.
    mutating func replay(_ decisions: [ReconstructedDecision]) -> [String: String] {
        let tree = EventTree(base.nodes)
        var choices: [Int: Choice] = [:]
        var renderings: [WitnessState: EventTree.Rendering] = [:]
        for decision in decisions where decision.action == .adopt {
            guard let state = baseState(decision.adopt) else { continue }
            let rendering = renderings[state] ?? tree.render(in: state, choices: [:])
            renderings[state] = rendering
            guard let section = Section(numeral: numeral(of: decision.note), in: rendering.text),
                let at = unique(decision.at, in: rendering.text, section: section, decision: decision)
            else { continue }
            guard let event = tree.place(of: at, in: rendering) else {
                problems.append("\(decision.note): no revision of \(baseSiglum) at «\(decision.at)»")
                continue
            }
            choices[event] = Choice(state: state, brackets: decision.sign == .brackets)
        }
        var text = tree.render(in: .afterRevision, choices: choices).text
        for decision in decisions {
            guard decision.action != .adopt || baseState(decision.adopt) == nil else { continue }
            guard let section = Section(numeral: numeral(of: decision.note), in: text) else {
                problems.append("\(decision.note): no section \(numeral(of: decision.note))")
                continue
            }
            switch decision.action {
            case .adopt:
                adoptFragment(decision, in: &text, section: section)
            case .emend:
                if let at = unique(decision.at, in: text, section: section, decision: decision) {
                    text.replaceSubrange(at, with: wrap(decision.text ?? "", decision.sign))
                }
            case .supply:
                if let at = unique(decision.at, in: text, section: section, decision: decision) {
                    let supplied = decision.text ?? ""
                    let insertion =
                        supplied.hasPrefix("\n")
                        ? "\n" + wrap(String(supplied.dropFirst()), decision.sign) : " " + wrap(supplied, decision.sign)
                    text.insert(contentsOf: insertion, at: at.upperBound)
                }
            case .keep:
                _ = unique(decision.at, in: text, section: section, decision: decision)
            }
        }
        return Section.all(in: text)
    }

    private func baseState(_ name: String?) -> WitnessState? {
        guard let name, let parsed = WitnessStateName(name), parsed.siglum == baseSiglum, name != baseSiglum else {
            return nil
        }
        return parsed.state
    }

    private func numeral(of note: String) -> String { String(note.prefix { $0 != "." }) }

    private mutating func unique(
        _ phrase: String, in text: String, section: Section, decision: ReconstructedDecision
    ) -> Range<String.Index>? {
        let found = text[section.range].ranges(of: phrase)
        guard found.count == 1, let range = found.first else {
            problems.append("\(decision.note): «\(decision.at)» occurs \(found.count) times in its section")
            return nil
        }
        return range
    }

    private mutating func adoptFragment(_ decision: ReconstructedDecision, in text: inout String, section: Section) {
        guard let name = decision.adopt, let witness = witnesses[name] else {
            problems.append("\(decision.note): no witness \(decision.adopt ?? "—")")
            return
        }
        let rendering = EventTree(witness.nodes).render(in: .afterRevision, choices: [:])
        guard let witnessSection = Section(numeral: numeral(of: decision.note), in: rendering.text),
            let at = unique(decision.at, in: rendering.text, section: witnessSection, decision: decision)
        else { return }
        let fragment = rendering.fragment(around: at).trimmingCharacters(in: .whitespacesAndNewlines)
        let words = fragment.split(separator: " ")
        guard words.count >= 2 else {
            problems.append("\(decision.note): the fragment «\(fragment)» is too short to find")
            return
        }
        let head = words.prefix(2).joined(separator: " ")
        let tail = words.suffix(2).joined(separator: " ")
        let body = text[section.range]
        let spans = body.ranges(of: head).compactMap { start -> Range<String.Index>? in
            guard let end = body[start.lowerBound...].ranges(of: tail).first else { return nil }
            return start.lowerBound..<end.upperBound
        }
        guard
            let shortest = spans.min(by: {
                body.distance(from: $0.lowerBound, to: $0.upperBound)
                    < body.distance(from: $1.lowerBound, to: $1.upperBound)
            })
        else {
            problems.append("\(decision.note): no stretch «\(head) … \(tail)» in the text")
            return
        }
        text.replaceSubrange(shortest, with: wrap(fragment, decision.sign))
    }

    private func wrap(_ text: String, _ sign: ReconstructedDecision.Sign) -> String {
        guard sign == .brackets else { return text }
        let leading = text.prefix { $0.isWhitespace }
        let trailing = String(text.reversed().prefix { $0.isWhitespace }.reversed())
        let core = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return leading + "[" + core + "]" + trailing
    }

    /// How a chosen event is read.
    struct Choice {
        var state: WitnessState
        var brackets: Bool
    }
}

/// A section of a text: from its heading line `# IV. …` to the next.
struct Section {
    var range: Range<String.Index>

    init?(numeral: String, in text: String) {
        let marker = "# \(numeral). "
        guard
            let start = text.ranges(of: marker).first(where: {
                $0.lowerBound == text.startIndex || text[text.index(before: $0.lowerBound)] == "\n"
            })
        else { return nil }
        let rest = text[start.upperBound...]
        let end = rest.ranges(of: "\n# ").first?.lowerBound ?? text.endIndex
        range = start.lowerBound..<end
    }

    /// Every section's body (heading line left out), by numeral.
    static func all(in text: String) -> [String: String] {
        var sections: [String: String] = [:]
        for block in text.components(separatedBy: "\n# ") {
            let lines = block.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            guard let heading = lines.first else { continue }
            let title = heading.hasPrefix("# ") ? heading.dropFirst(2) : heading
            guard let numeral = title.split(separator: ".").first, title.contains(". ") else { continue }
            sections[String(numeral)] = lines.count > 1 ? String(lines[1]) : ""
        }
        return sections
    }
}

/// The events of a transcription numbered in document order, rendered in a state with some
/// events read in a state of their own.
struct EventTree {
    let nodes: [TranscriptionNode]

    init(_ nodes: [TranscriptionNode]) { self.nodes = nodes }

    struct Rendering {
        var text: String
        /// Each event's stretch of `text`, and its depth.
        var ranges: [Int: Range<String.Index>] = [:]
        var depth: [Int: Int] = [:]
        var revisions: Set<Int> = []
        var lacunae: [String.Index] = []

        /// The text between the lacunae around a range.
        func fragment(around range: Range<String.Index>) -> String {
            let start = lacunae.last { $0 <= range.lowerBound } ?? text.startIndex
            let end = lacunae.first { $0 >= range.upperBound } ?? text.endIndex
            return String(text[start..<end])
        }
    }

    func render(in state: WitnessState, choices: [Int: DecisionReplayOracle.Choice]) -> Rendering {
        var renderer = Renderer(choices: choices)
        renderer.walk(nodes, state: state, reading: true, depth: 0)
        var rendering = Rendering(text: renderer.text)
        // Scalar offsets to string indices, in one pass over the text.
        var wanted = Set(renderer.lacunae)
        for range in renderer.ranges.values { wanted.formUnion([range.lowerBound, range.upperBound]) }
        var indices: [Int: String.Index] = [:]
        let scalars = rendering.text.unicodeScalars
        var position = scalars.startIndex
        var offset = 0
        for target in wanted.sorted() {
            position = scalars.index(position, offsetBy: target - offset)
            offset = target
            indices[target] = position
        }
        for (event, range) in renderer.ranges {
            if let lower = indices[range.lowerBound], let upper = indices[range.upperBound] {
                rendering.ranges[event] = lower..<upper
            }
        }
        rendering.lacunae = renderer.lacunae.compactMap { indices[$0] }
        rendering.depth = renderer.depth
        rendering.revisions = renderer.revisions
        return rendering
    }

    /// The outermost revision whose reading holds part of the range, or else a revision read as
    /// nothing just before it.
    func place(of range: Range<String.Index>, in rendering: Rendering) -> Int? {
        let holding = rendering.revisions.filter { event in
            guard let stretch = rendering.ranges[event], !stretch.isEmpty else { return false }
            return stretch.overlaps(range)
        }
        if let outer = holding.min(by: { rendering.depth[$0, default: 0] < rendering.depth[$1, default: 0] }) {
            return outer
        }
        return rendering.revisions.first { event in
            guard let stretch = rendering.ranges[event], stretch.isEmpty, stretch.lowerBound <= range.lowerBound
            else { return false }
            return rendering.text[stretch.lowerBound..<range.lowerBound].allSatisfy(\.isWhitespace)
        }
    }

    private struct Renderer {
        let choices: [Int: DecisionReplayOracle.Choice]
        var scalars: [Unicode.Scalar] = []
        var ranges: [Int: Range<Int>] = [:]
        var depth: [Int: Int] = [:]
        var revisions: Set<Int> = []
        var lacunae: [Int] = []
        var count = 0

        init(choices: [Int: DecisionReplayOracle.Choice]) { self.choices = choices }

        var text: String { String(String.UnicodeScalarView(scalars)) }

        mutating func walk(_ nodes: [TranscriptionNode], state: WitnessState, reading: Bool, depth level: Int) {
            for node in nodes {
                switch node {
                case .text(let string, _):
                    if reading { scalars.append(contentsOf: string.unicodeScalars) }
                case .event(let event):
                    let index = count
                    count += 1
                    depth[index] = level
                    let choice = choices[index]
                    let eventState = choice?.state ?? state
                    let start = scalars.count
                    let applied = Self.applies(eventState, event.effectiveStage)
                    switch event.kind {
                    case .deletion(let content):
                        revisions.insert(index)
                        walk(content, state: eventState, reading: reading && !applied, depth: level + 1)
                    case .addition(let content, _, _):
                        revisions.insert(index)
                        walk(content, state: eventState, reading: reading && applied, depth: level + 1)
                    case .substitution(let deleted, let added, _):
                        revisions.insert(index)
                        walk(deleted, state: eventState, reading: reading && !applied, depth: level + 1)
                        walk(added, state: eventState, reading: reading && applied, depth: level + 1)
                    case .restoration(let content):
                        revisions.insert(index)
                        walk(content, state: eventState, reading: reading, depth: level + 1)
                    case .uncertain(let alternatives, let preferred):
                        if reading, alternatives.indices.contains(preferred) {
                            scalars.append(contentsOf: alternatives[preferred].unicodeScalars)
                        }
                    case .lacunaStart, .lacunaEnd:
                        lacunae.append(scalars.count)
                    case .illegible, .metamark, .note, .handShift:
                        break
                    }
                    if let choice, choice.brackets, reading { bracket(from: start) }
                    ranges[index] = start..<scalars.count
                }
            }
        }

        /// Puts the text read since `start` inside `[ ]`, white space at either end outside.
        mutating func bracket(from start: Int) {
            var end = scalars.count
            var first = start
            while first < end, scalars[first].properties.isWhitespace { first += 1 }
            while end > first, scalars[end - 1].properties.isWhitespace { end -= 1 }
            guard first < end else { return }
            scalars.insert("]", at: end)
            scalars.insert("[", at: first)
        }

        static func applies(_ state: WitnessState, _ stage: Int) -> Bool {
            switch state {
            case .beforeRevision: false
            case .afterRevision: true
            case .afterStage(let k): stage <= k
            }
        }
    }
}
