/// Builds the apparatus of one section: its entries and its text as exporters print it,
/// from the established section, the variant locations, the decisions and the witnesses'
/// transcriptions. Pure: the edition gathers these and calls it.
public struct ApparatusEntryBuilder: Sendable {
    public var conventions: ApparatusConventions
    /// The base state, as collation names it (`TS`).
    public var base: String
    /// The witnesses' transcriptions, by siglum.
    public var witnesses: [String: WitnessSource]

    public init(conventions: ApparatusConventions, base: String, witnesses: [WitnessSource]) {
        self.conventions = conventions
        self.base = base
        self.witnesses = Dictionary(witnesses.map { ($0.siglum, $0) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: - The text

    /// The established section as exporters print it: paragraphs of cited sentences, each
    /// part of a sentence with its source.
    ///
    /// - Complexity: O(*n*) in the length of the section.
    public func section(_ established: EstablishedSection, decisions: [Decision]) -> ApparatusSection {
        let byLocation = Dictionary(decisions.map { ($0.location, $0) }, uniquingKeysWith: { first, _ in first })
        let bytes = Array(established.text.utf8)
        var paragraphs: [ApparatusParagraph] = []
        var current: [ApparatusSentence] = []
        var previousEnd: Int?
        for sentence in established.sentences {
            if let previousEnd, Self.isParagraphBreak(bytes[previousEnd..<sentence.range.lowerBound]), !current.isEmpty
            {
                paragraphs.append(ApparatusParagraph(sentences: current))
                current = []
            }
            previousEnd = sentence.range.upperBound
            let parts = sentence.parts.map { part -> ApparatusSentence.Part in
                switch part.origin {
                case .base:
                    return .init(range: TextRange(part.range), source: base)
                case .decision(let location):
                    return .init(
                        range: TextRange(part.range), source: source(of: byLocation[location]), location: location)
                }
            }
            current.append(
                ApparatusSentence(
                    citation: sentence.citation, text: Self.text(bytes, sentence.range),
                    range: TextRange(sentence.range),
                    parts: parts))
        }
        if !current.isEmpty { paragraphs.append(ApparatusParagraph(sentences: current)) }
        return ApparatusSection(
            id: established.id, title: established.title, text: established.text, paragraphs: paragraphs)
    }

    /// Where a decision's text comes from: the state adopted, the witness supplied from, or the editor.
    func source(of decision: Decision?) -> String {
        guard let decision else { return "editor" }
        switch decision.action {
        case .adopt, .keep: return decision.adopted ?? base
        case .emend: return "editor"
        case .supply: return decision.source ?? "editor"
        }
    }

    /// A blank line (or a paragraph separator) in the white space between two sentences.
    static func isParagraphBreak(_ gap: ArraySlice<UInt8>) -> Bool {
        var newlines = 0
        var index = gap.startIndex
        while index < gap.endIndex {
            let byte = gap[index]
            if byte == 0x0A {
                newlines += 1
                if newlines >= 2 { return true }
            } else if byte == 0xE2, index + 2 < gap.endIndex, gap[index + 1] == 0x80, gap[index + 2] == 0xA9 {
                return true  // U+2029
            } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                newlines = 0
            }
            index += 1
        }
        return false
    }

    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    // MARK: - The entries

    /// The entries of a section: one per variant location and per decision at a place of
    /// the editor's, in text order.
    ///
    /// - Parameters:
    ///   - established: the section's established text.
    ///   - baseLength: the length of the section's base text (UTF-8).
    ///   - locations: the section's variant locations.
    ///   - decisions: the section's decisions.
    ///   - commits: the commit that made each decision.
    /// - Complexity: O(*l* (log *s* + *r*·*g*)) for *l* places, *s* sentences, *r* readings
    ///   and *g* source-map segments per reading.
    public func entries(
        section established: EstablishedSection, baseLength: Int, locations: [EditionLocation], decisions: [Decision],
        commits: [LocationID: String] = [:]
    ) -> [ApparatusEntry] {
        let offsets = EstablishedOffsets(baseLength: baseLength, decisions: decisions)
        let byLocation = Dictionary(decisions.map { ($0.location, $0) }, uniquingKeysWith: { first, _ in first })
        let located = Set(locations.map(\.id))
        let context = SectionContext(established: established, bytes: Array(established.text.utf8), offsets: offsets)
        var entries: [ApparatusEntry] = []
        for location in locations {
            if let entry = entry(location: location, decision: byLocation[location.id], commits: commits, in: context) {
                entries.append(entry)
            }
        }
        for decision in decisions where !located.contains(decision.location) {
            if let entry = entry(location: nil, decision: decision, commits: commits, in: context) {
                entries.append(entry)
            }
        }
        entries.sort { ($0.range.start, $0.range.end, $0.location) < ($1.range.start, $1.range.end, $1.location) }
        return entries
    }

    struct SectionContext {
        var established: EstablishedSection
        var bytes: [UInt8]
        var offsets: EstablishedOffsets
    }

    func entry(
        location: EditionLocation?, decision: Decision?, commits: [LocationID: String], in context: SectionContext
    )
        -> ApparatusEntry?
    {
        guard let id = location?.id ?? decision?.location else { return nil }
        let bytes = context.bytes
        // Where the lemma is in the established text.
        var range: Range<Int>
        if decision != nil, let signed = context.offsets.decided[id] {
            range = signed
        } else if let location {
            let lower = context.offsets.established(location.baseRange.lowerBound)
            let upper =
                location.baseRange.isEmpty
                ? lower : context.offsets.established(location.baseRange.upperBound, upper: true)
            range = lower..<max(lower, upper)
        } else {
            return nil
        }
        range = Self.trimmed(range, in: bytes)
        let lemmaText = Self.text(bytes, range)
        let unsigned = decision.map { $0.text.trimmingWhitespace() } ?? (location?.lemma ?? lemmaText)
        let lemmaKey = Self.folded(unsigned)
        let insertion = range.isEmpty

        // The readings, grouped by text and notation.
        let readings = location?.readings ?? decision?.readings ?? []
        var groups: [Group] = []
        for reading in readings {
            let key = Self.folded(reading.text)
            let revisions = self.revisions(of: reading, at: location)
            let agrees = key == lemmaKey
            var notations: [ApparatusNotation] = []
            if !agrees {
                if !insertion && key.isEmpty {
                    notations.append(
                        revisions.contains { $0.kind == .deletion && $0.applied } ? .deletion : .omission)
                } else if insertion && !key.isEmpty {
                    notations.append(.addition)
                } else if location?.kind == .transposition {
                    notations.append(.transposition)
                }
            }
            if !key.isEmpty,
                let placed = revisions.first(where: { $0.kind == .addition && $0.applied && $0.place != nil }),
                let notation = ApparatusNotation(placed.place.flatMap(RevisionEvent.Placement.init(rawValue:)))
            {
                notations.append(notation)
            }
            if let index = groups.firstIndex(where: { $0.key == key && $0.notations == notations }) {
                groups[index].states.append(reading.state)
                groups[index].revisions += revisions
            } else {
                groups.append(
                    Group(
                        key: key, text: reading.text.trimmingWhitespace(), states: [reading.state],
                        notations: notations,
                        agrees: agrees, revisions: revisions))
            }
        }
        groups.sort { $0.agrees && !$1.agrees }
        let allStates = readings.map(\.state)
        let apparatusReadings = groups.map { group in
            ApparatusReading(
                text: group.text, witnesses: references(group.states, among: allStates, notations: group.notations),
                notations: group.notations, agreesWithLemma: group.agrees, revisions: Self.unique(group.revisions))
        }

        // The lemma.
        var lemmaNotations: [ApparatusNotation] = []
        if let decision {
            switch decision.action {
            case .emend: lemmaNotations.append(decision.category == .conjecture ? .conjecture : .correction)
            case .supply: lemmaNotations.append(.supplied)
            case .adopt, .keep: break
            }
        }
        let lemmaWitnesses = apparatusReadings.filter(\.agreesWithLemma).flatMap(\.witnesses)
        let fromBase = decision.map { $0.action == .keep || ($0.action == .adopt && $0.adopted == base) } ?? true
        let lemma = ApparatusLemma(
            text: lemmaText, unsigned: insertion ? "" : unsigned,
            anchor: insertion ? Self.anchor(at: range.lowerBound, in: bytes) : nil, witnesses: lemmaWitnesses,
            notations: lemmaNotations, source: decision?.action == .supply ? decision?.source : nil,
            isBaseReading: fromBase)

        return ApparatusEntry(
            location: id, section: context.established.id,
            citation: Self.citation(at: range, in: context.established), range: TextRange(range), lemma: lemma,
            readings: apparatusReadings, kind: location?.kind, isSubstantive: location?.isSubstantive ?? true,
            decision: decision.map { ApparatusDecision($0, commit: commits[$0.location]) })
    }

    struct Group {
        var key: String
        var text: String
        var states: [String]
        var notations: [ApparatusNotation]
        var agrees: Bool
        var revisions: [RevisionDetail]
    }

    /// How each state of a group is cited: the bare siglum where every state of the witness
    /// at this place is in the group; else `a.c.`, `p.c.` or the stage (a deletion is
    /// `del. TS`, not `del. TS p.c.`).
    func references(_ states: [String], among all: [String], notations: [ApparatusNotation]) -> [WitnessReference] {
        var result: [WitnessReference] = []
        var done: Set<String> = []
        for state in states {
            let name = WitnessStateName(state) ?? WitnessStateName(siglum: state)
            let siglum = name.siglum
            let ofWitness = all.filter { (WitnessStateName($0)?.siglum ?? $0) == siglum }
            if ofWitness.allSatisfy(states.contains) {
                guard done.insert(siglum).inserted else { continue }
                let bare = ofWitness.first { !$0.contains("-") } ?? state
                result.append(WitnessReference(state: bare, siglum: siglum))
                continue
            }
            var correction: WitnessReference.Correction? =
                switch name.state {
                case .beforeRevision: .before
                case .afterRevision: .after
                case .afterStage(let k): .stage(k)
                }
            if notations.contains(.deletion), correction == .after { correction = nil }
            result.append(WitnessReference(state: state, siglum: siglum, correction: correction))
        }
        return result
    }

    /// The revisions behind one state's reading at a location: the events its text comes
    /// from; for an empty reading, the revisions that removed the text its sibling states
    /// (the same witness before or after revision) read there.
    func revisions(of reading: Decision.Reading, at location: EditionLocation?) -> [RevisionDetail] {
        guard let location, let range = location.readingRanges[reading.state] else { return [] }
        let siglum = WitnessStateName(reading.state)?.siglum ?? reading.state
        guard let source = witnesses[siglum] else { return [] }
        var details: [RevisionDetail] = []
        if !range.isEmpty {
            for event in source.events(in: reading.state, range: range) {
                let applied = source.isApplied(event, in: reading.state) ?? true
                if let detail = Self.detail(event, in: source, applied: applied, text: reading.text) {
                    details.append(detail)
                }
            }
            return details
        }
        for sibling in location.readings where sibling.state != reading.state && !sibling.text.isEmpty {
            guard (WitnessStateName(sibling.state)?.siglum ?? sibling.state) == siglum,
                let siblingRange = location.readingRanges[sibling.state]
            else { continue }
            for event in source.events(in: sibling.state, range: siblingRange) {
                let here = source.isApplied(event, in: reading.state) ?? true
                let there = source.isApplied(event, in: sibling.state) ?? true
                let isMark = if case .metamark = source.events[event].kind { true } else { false }
                guard isMark || here != there else { continue }
                if let detail = Self.detail(event, in: source, applied: here, text: sibling.text) {
                    details.append(detail)
                }
            }
        }
        return details
    }

    static func detail(_ index: Int, in source: WitnessSource, applied: Bool, text: String) -> RevisionDetail? {
        let event = source.events[index]
        let kind: RevisionDetail.Kind
        var place: RevisionEvent.Placement?
        var words = text
        switch event.kind {
        case .deletion: kind = .deletion
        case .addition(_, let placement, _):
            kind = .addition
            place = placement
        case .substitution(_, _, let placement):
            kind = .substitution
            place = placement
        case .restoration: kind = .restoration
        case .metamark(let mark, let placement):
            kind = .metamark
            place = placement
            words = mark
        case .uncertain(let alternatives, _):
            kind = .uncertain
            words = alternatives.joined(separator: " | ")
        default: return nil
        }
        return RevisionDetail(
            kind: kind, witness: source.siglum, event: index, applied: kind == .metamark ? true : applied,
            hand: event.hand, medium: event.medium, colour: event.colour, stage: event.stage, place: place?.rawValue,
            text: words)
    }

    static func unique(_ details: [RevisionDetail]) -> [RevisionDetail] {
        var seen: Set<String> = []
        let distinct = details.filter { seen.insert("\($0.witness)#\($0.event)#\($0.applied)").inserted }
        // The revision itself first, then the marks beside it.
        return distinct.filter { $0.kind != .metamark } + distinct.filter { $0.kind == .metamark }
    }

    /// The range without white space at its ends; a range of white space only becomes the
    /// point at its start.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = min(range.upperBound, bytes.count)
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower == upper ? range.lowerBound..<range.lowerBound : lower..<upper
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// White space runs made single spaces, for comparing readings.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The word an insertion point follows (`post`), or at the start of a section the word
    /// it precedes (`ante`); punctuation and signs at its ends left out.
    static func anchor(at point: Int, in bytes: [UInt8]) -> ApparatusAnchor? {
        var end = min(point, bytes.count)
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        if end > 0 {
            var start = end
            while start > 0, !isSpace(bytes[start - 1]) { start -= 1 }
            return ApparatusAnchor(position: .post, word: word(text(bytes, start..<end)))
        }
        var start = point
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }
        var stop = start
        while stop < bytes.count, !isSpace(bytes[stop]) { stop += 1 }
        return ApparatusAnchor(position: .ante, word: word(text(bytes, start..<stop)))
    }

    static func word(_ raw: String) -> String {
        let stripped = raw.trimmingCharacters(while: { !($0.isLetter || $0.isNumber) })
        return stripped.isEmpty ? raw : stripped
    }

    /// The citation of the sentence a range begins in; a point between two sentences
    /// belongs to the one before.
    static func citation(at range: Range<Int>, in section: EstablishedSection) -> String {
        let sentences = section.sentences
        var low = 0
        var high = sentences.count
        let position = range.lowerBound
        while low < high {
            let middle = (low + high) / 2
            let start = sentences[middle].range.lowerBound
            if range.isEmpty && position > 0 ? start < position : start <= position {
                low = middle + 1
            } else {
                high = middle
            }
        }
        let index = max(low - 1, 0)
        return sentences.indices.contains(index) ? sentences[index].citation : "\(section.id.rawValue).1"
    }
}

extension String {
    /// The text without the characters at either end that match `predicate`.
    func trimmingCharacters(while predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
