/// Reads Sigla markup into a ``Transcription``, byte by byte, in one pass.
///
/// The reference is `Docs/markup.md`. Marks nest; a closer (`--}`) found while a different mark
/// is innermost is an overlap, one with no mark open is stray. Attributes (`[hand=Serge]`) are
/// read right after a closer. Stages are checked once the whole tree is built.
struct MarkupParser {
    private let bytes: [UInt8]
    private let file: String
    private let lineStarts: [Int]
    /// The number of characters (scalars) before every ``scalarStride``-th byte, so that a
    /// column is found in O(stride) even on a line of many megabytes.
    private let scalarCheckpoints: [Int]
    private static let scalarStride = 1024
    private var index = 0
    /// Marks being read, outermost first: the mark and the offset of its `{`.
    private var open: [(mark: MarkupMark, start: Int)] = []

    init(_ text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
        var starts = [0]
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.scalarStride + 1)
        var scalars = 0
        var offset = 0
        while offset < bytes.count {
            if offset % Self.scalarStride == 0 { checkpoints.append(scalars) }
            let byte = bytes[offset]
            if byte == 0x0A { starts.append(offset + 1) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        self.lineStarts = starts
        self.scalarCheckpoints = checkpoints
    }

    /// The number of characters (scalars) in `bytes[..<offset]`.
    ///
    /// - Complexity: O(``scalarStride``).
    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / Self.scalarStride
        guard checkpoint < scalarCheckpoints.count else {
            return bytes[..<min(offset, bytes.count)].reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
        }
        var count = scalarCheckpoints[checkpoint]
        var cursor = checkpoint * Self.scalarStride
        while cursor < offset {
            if bytes[cursor] & 0xC0 != 0x80 { count += 1 }
            cursor += 1
        }
        return count
    }

    // MARK: Positions and errors

    /// - Complexity: O(log *lines* + min(*column*, ``scalarStride``)): a line of many
    ///   megabytes with a mark every few words must not make reading quadratic.
    func position(_ offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        var column = 1
        if offset - lineStart <= Self.scalarStride {
            var cursor = lineStart
            while cursor < offset {
                if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
                cursor += 1
            }
        } else {
            column = scalars(before: offset) - scalars(before: lineStart) + 1
        }
        return SourcePosition(utf8Offset: offset, line: low + 1, column: column)
    }

    private func failure(_ offset: Int, _ reason: MarkupSyntaxError.Reason) -> MarkupSyntaxError {
        MarkupSyntaxError(file: file, position: position(offset), reason: reason)
    }

    private func failure(at position: SourcePosition?, _ reason: MarkupSyntaxError.Reason) -> MarkupSyntaxError {
        MarkupSyntaxError(file: file, position: position ?? SourcePosition(line: 1, column: 1), reason: reason)
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for (k, byte) in pattern.enumerated() where bytes[offset + k] != byte { return false }
        return true
    }

    // MARK: Document

    mutating func parseDocument() throws(MarkupSyntaxError) -> Transcription {
        try refuseControlCharacters()
        if matches([0xEF, 0xBB, 0xBF], at: 0) { index = 3 }  // a UTF-8 byte-order mark is not text
        var hands: [HandNote] = []
        while let hand = try parseHandDeclaration() { hands.append(hand) }
        let (nodes, _) = try parseNodes(terminators: [])
        try validateStages(nodes)
        return Transcription(nodes: nodes, hands: hands)
    }

    /// Reads `{::hand::}[id=… description=…]` and its line end, if the text goes on with one.
    private mutating func parseHandDeclaration() throws(MarkupSyntaxError) -> HandNote? {
        guard matches(Array("{::".utf8), at: index) else { return nil }
        let start = index
        index += 3
        let name = try parseRaw(.milestone)[0].trimmingSpaces
        guard name == "hand" else {
            index = start
            return nil
        }
        var id: String?
        var description: String?
        var seen = Set<String>()
        if index < bytes.count, bytes[index] == 0x5B {
            for attribute in try parseAttributes() {
                guard seen.insert(attribute.name).inserted else {
                    throw failure(attribute.offset, .duplicateAttribute(attribute.name))
                }
                switch attribute.name {
                case "id":
                    guard isHandName(attribute.value) else {
                        throw failure(
                            attribute.offset,
                            .invalidAttributeValue(name: "id", value: attribute.value, expected: Self.nameRule))
                    }
                    id = attribute.value
                case "description": description = attribute.value
                default:
                    throw failure(
                        attribute.offset,
                        .unknownAttribute(
                            name: attribute.name, mark: "hand declaration", allowed: ["id", "description"]))
                }
            }
        }
        guard let id else { throw failure(start, .missingAttribute(name: "id", mark: "hand declaration")) }
        if matches([0x0D, 0x0A], at: index) {
            index += 2
        } else if matches([0x0A], at: index) {
            index += 1
        } else if index < bytes.count {
            throw failure(start, .misplacedHandDeclaration)
        }
        return HandNote(id: id, description: description)
    }

    /// Refuses the control characters XML cannot hold (all below U+0020 but tab, line feed
    /// and carriage return): a transcription is text, and it must survive export to TEI.
    func refuseControlCharacters() throws(MarkupSyntaxError) {
        if let offset = bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            throw failure(offset, .controlCharacter(bytes[offset]))
        }
    }

    // MARK: Nodes

    /// Reads text and marks up to one of `terminators` (returning which), or to the end of the
    /// text when there are none.
    private mutating func parseNodes(terminators: [[UInt8]]) throws(MarkupSyntaxError) -> ([TranscriptionNode], Int?) {
        var nodes: [TranscriptionNode] = []
        var text = TextAccumulator()
        var stretchStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x5C, index + 1 < bytes.count, isMarkupEscapable(bytes[index + 1]) {
                text.append(bytes[stretchStart..<index], startingAt: stretchStart, parser: self)
                text.appendEscaped(bytes[index + 1], at: position(index + 1))
                index += 2
                stretchStart = index
                continue
            }
            if Self.mayStartCloser(byte) {
                for (which, terminator) in terminators.enumerated() where matches(terminator, at: index) {
                    text.append(bytes[stretchStart..<index], startingAt: stretchStart, parser: self)
                    text.flush(into: &nodes)
                    index += terminator.count
                    return (nodes, which)
                }
                try checkForeignCloser(at: index)
            }
            if byte == 0x7B, index + 2 < bytes.count,
                let mark = MarkupMark.opened(by: bytes[index + 1], bytes[index + 2])
            {
                text.append(bytes[stretchStart..<index], startingAt: stretchStart, parser: self)
                text.flush(into: &nodes)
                nodes.append(try parseMark(mark))
                stretchStart = index
                continue
            }
            index += 1
        }
        text.append(bytes[stretchStart..<index], startingAt: stretchStart, parser: self)
        text.flush(into: &nodes)
        if !terminators.isEmpty, let innermost = open.last {
            throw failure(
                innermost.start,
                .unclosedMark(
                    name: innermost.mark.name, opener: innermost.mark.openerText, closer: innermost.mark.closerText))
        }
        return (nodes, nil)
    }

    @inline(__always)
    private static func mayStartCloser(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2B, 0x2D, 0x7E, 0x3C, 0x3F, 0x23, 0x21, 0x5E, 0x3A: true
        default: false
        }
    }

    /// A closer that is not the innermost mark's: an overlap if an outer mark uses it, else stray.
    private func checkForeignCloser(at offset: Int) throws(MarkupSyntaxError) {
        guard offset + 2 < bytes.count,
            let closed = MarkupMark.closed(by: bytes[offset], bytes[offset + 1], bytes[offset + 2])
        else { return }
        if let outer = open.dropLast().last(where: { $0.mark == closed }), let inner = open.last {
            throw failure(
                offset,
                .overlappingMarks(
                    inner: inner.mark.name, innerStart: position(inner.start), outer: outer.mark.name,
                    outerStart: position(outer.start)))
        }
        if open.last?.mark != closed {
            throw failure(offset, .strayCloser(closed.closerText))
        }
    }

    /// Reads one mark from its `{` to the end of its attributes.
    private mutating func parseMark(_ mark: MarkupMark) throws(MarkupSyntaxError) -> TranscriptionNode {
        let start = index
        guard open.count < Transcription.maximumNesting else {
            throw failure(start, .nestingTooDeep(limit: Transcription.maximumNesting))
        }
        index += 3
        open.append((mark, start))
        var kind: RevisionEvent.Kind
        switch mark {
        case .addition: kind = .addition(try parseNodes(terminators: [mark.closer]).0)
        case .deletion: kind = .deletion(try parseNodes(terminators: [mark.closer]).0)
        case .restoration: kind = .restoration(try parseNodes(terminators: [mark.closer]).0)
        case .substitution:
            let (deleted, which) = try parseNodes(terminators: [[0x7E, 0x3E], mark.closer])
            guard which == 0 else { throw failure(start, .missingSubstitutionSeparator) }
            let (added, _) = try parseNodes(terminators: [mark.closer])
            kind = .substitution(deleted: deleted, added: added)
        case .uncertain:
            kind = .uncertain(alternatives: try parseRaw(mark), preferred: 0)
        case .illegible:
            let extent = try parseRaw(mark)[0]
            kind = .illegible(extent: extent.isEmpty ? nil : extent)
        case .metamark: kind = .metamark(try parseRaw(mark)[0])
        case .note: kind = .note(try parseRaw(mark)[0], by: .transcriber)
        case .milestone:
            let name = try parseRaw(mark)[0].trimmingSpaces
            switch name {
            case "lacuna-start": kind = .lacunaStart
            case "lacuna-end": kind = .lacunaEnd
            case "hand-shift": kind = .handShift
            case "hand": throw failure(start, .misplacedHandDeclaration)
            default: throw failure(start, .unknownMilestone(name))
            }
        }
        open.removeLast()
        var event = RevisionEvent(kind, origin: SourceOrigin(start: position(start)))
        if index < bytes.count, bytes[index] == 0x5B {
            try apply(try parseAttributes(), to: &event)
        }
        return .event(event)
    }

    /// Reads the plain text of a mark up to its closer; an uncertain reading's alternatives are
    /// split on `|`.
    private mutating func parseRaw(_ mark: MarkupMark) throws(MarkupSyntaxError) -> [String] {
        let start = index - 3
        var parts: [String] = []
        var buffer: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x5C, index + 1 < bytes.count, isMarkupEscapable(bytes[index + 1]) {
                buffer.append(bytes[index + 1])
                index += 2
                continue
            }
            if matches(mark.closer, at: index) {
                parts.append(String(decoding: buffer, as: UTF8.self))
                index += 3
                return parts
            }
            if mark == .uncertain, byte == 0x7C {
                parts.append(String(decoding: buffer, as: UTF8.self))
                buffer.removeAll(keepingCapacity: true)
                index += 1
                continue
            }
            if Self.mayStartCloser(byte) { try checkForeignCloser(at: index) }
            if byte == 0x7B, index + 2 < bytes.count,
                let inner = MarkupMark.opened(by: bytes[index + 1], bytes[index + 2])
            {
                throw failure(index, .nestedMarkNotAllowed(mark: inner.name, inside: mark.name))
            }
            buffer.append(byte)
            index += 1
        }
        throw failure(start, .unclosedMark(name: mark.name, opener: mark.openerText, closer: mark.closerText))
    }

    // MARK: Attributes

    struct Attribute {
        var name: String
        var value: String
        var offset: Int
    }

    /// Reads `[name=value name="quoted value" …]`.
    private mutating func parseAttributes() throws(MarkupSyntaxError) -> [Attribute] {
        let start = index
        index += 1
        var result: [Attribute] = []
        while true {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < bytes.count, bytes[index] != 0x0A else {
                throw failure(start, .malformedAttributes("'[' is not closed by ']' on the same line"))
            }
            if bytes[index] == 0x5D {
                index += 1
                return result
            }
            let nameStart = index
            while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
            guard index > nameStart else {
                throw failure(
                    index, .malformedAttributes("expected an attribute name, found '\(character(at: index))'"))
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            guard index < bytes.count, bytes[index] == 0x3D else {
                throw failure(index, .malformedAttributes("expected '=' after '\(name)'"))
            }
            index += 1
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            var value: [UInt8] = []
            if index < bytes.count, bytes[index] == 0x22 {
                let quote = index
                index += 1
                while true {
                    guard index < bytes.count, bytes[index] != 0x0A else {
                        throw failure(quote, .malformedAttributes("the quoted value of '\(name)' is not closed"))
                    }
                    let byte = bytes[index]
                    if byte == 0x22 { break }
                    if byte == 0x5C, index + 1 < bytes.count, isMarkupEscapable(bytes[index + 1]) {
                        value.append(bytes[index + 1])
                        index += 2
                    } else {
                        value.append(byte)
                        index += 1
                    }
                }
                index += 1
            } else {
                while index < bytes.count, !Self.endsBareValue(bytes[index]) {
                    value.append(bytes[index])
                    index += 1
                }
                guard !value.isEmpty else {
                    throw failure(index, .malformedAttributes("'\(name)=' has no value"))
                }
            }
            result.append(Attribute(name: name, value: String(decoding: value, as: UTF8.self), offset: nameStart))
        }
    }

    private func character(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of text" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x2D || byte == 0x5F
    }

    private static func endsBareValue(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x5D || byte == 0x5B || byte == 0x22
    }

    static let nameRule = "a name: a letter, then letters, digits, '-', '_' or '.'"

    /// Checks each attribute against what the event's kind takes, and sets it.
    private func apply(_ attributes: [Attribute], to event: inout RevisionEvent) throws(MarkupSyntaxError) {
        let allowed = event.kind.allowedAttributes
        var seen = Set<String>()
        for attribute in attributes {
            let value = attribute.value
            guard let key = MarkupAttribute(rawValue: attribute.name), allowed.contains(key) else {
                throw failure(
                    attribute.offset,
                    .unknownAttribute(name: attribute.name, mark: event.kind.name, allowed: allowed.map(\.rawValue)))
            }
            guard seen.insert(attribute.name).inserted else {
                throw failure(attribute.offset, .duplicateAttribute(attribute.name))
            }
            func invalid(_ expected: String) -> MarkupSyntaxError {
                failure(
                    attribute.offset, .invalidAttributeValue(name: attribute.name, value: value, expected: expected))
            }
            switch key {
            case .hand:
                guard isHandName(value) else { throw invalid(Self.nameRule) }
                event.hand = value
            case .medium:
                guard !value.isEmpty else { throw invalid("a medium, e.g. \"lápiz negro\"") }
                event.medium = value
            case .colour:
                guard !value.isEmpty else { throw invalid("a colour, e.g. azul") }
                event.colour = value
            case .stage:
                guard value.allSatisfy(\.isASCII), let stage = Int(value), stage >= 1 else {
                    throw invalid("a whole number from 1 up")
                }
                event.stage = stage
            case .place:
                guard let place = RevisionEvent.Placement(rawValue: value) else {
                    throw invalid("one of " + RevisionEvent.Placement.allCases.map(\.rawValue).joined(separator: ", "))
                }
                event.kind.setPlace(place)
            case .placedBy:
                guard let by = RevisionEvent.PlacedBy(rawValue: value),
                    case .addition(let nodes, let place, _) = event.kind
                else {
                    throw invalid("author or editor")
                }
                event.kind = .addition(nodes, place: place, placedBy: by)
            case .prefer:
                guard case .uncertain(let alternatives, _) = event.kind else { continue }
                guard value.allSatisfy(\.isASCII), let prefer = Int(value), (1...alternatives.count).contains(prefer)
                else {
                    throw invalid("a number from 1 to \(alternatives.count), the alternative preferred")
                }
                event.kind = .uncertain(alternatives: alternatives, preferred: prefer - 1)
            case .by:
                guard let by = RevisionEvent.NoteAuthor(rawValue: value),
                    case .note(let text, _, let place) = event.kind
                else {
                    throw invalid("author or transcriber")
                }
                event.kind = .note(text, by: by, place: place)
            case .id, .description:
                break  // not in any event's allowed list
            }
        }
    }

    // MARK: Stages

    /// Checks that nested revisions come in a possible order (see ``StageOrder``).
    private func validateStages(_ nodes: [TranscriptionNode]) throws(MarkupSyntaxError) {
        do {
            try StageOrder.check(nodes)
        } catch {
            throw failure(
                at: error.event.origin.start,
                .stageGoesBackwards(
                    stage: error.event.effectiveStage, enclosing: error.enclosing.kind.name,
                    enclosingStage: error.enclosing.effectiveStage, enclosingStart: error.enclosing.origin.start,
                    why: error.why))
        }
    }
}

/// Collects the bytes of one text node and where its pieces came from.
private struct TextAccumulator {
    var buffer: [UInt8] = []
    var anchors: [SourceOrigin.Anchor] = []

    mutating func append(_ stretch: ArraySlice<UInt8>, startingAt offset: Int, parser: MarkupParser) {
        guard !stretch.isEmpty else { return }
        // After an escape the source goes on linearly from the escaped byte: no new anchor.
        if anchors.isEmpty { anchors.append(.init(textOffset: buffer.count, position: parser.position(offset))) }
        buffer.append(contentsOf: stretch)
    }

    mutating func appendEscaped(_ byte: UInt8, at position: SourcePosition) {
        anchors.append(.init(textOffset: buffer.count, position: position))
        buffer.append(byte)
    }

    mutating func flush(into nodes: inout [TranscriptionNode]) {
        guard !buffer.isEmpty else { return }
        nodes.append(.text(String(decoding: buffer, as: UTF8.self), origin: SourceOrigin(anchors: anchors)))
        buffer.removeAll(keepingCapacity: true)
        anchors.removeAll(keepingCapacity: true)
    }
}

extension RevisionEvent.Kind {
    /// Sets the place of a kind that has one; others are left as they are.
    mutating func setPlace(_ place: RevisionEvent.Placement) {
        switch self {
        case .addition(let nodes, _, let by): self = .addition(nodes, place: place, placedBy: by)
        case .substitution(let deleted, let added, _):
            self = .substitution(deleted: deleted, added: added, place: place)
        case .metamark(let text, _): self = .metamark(text, place: place)
        case .note(let text, let by, _): self = .note(text, by: by, place: place)
        default: break
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
