/// Turns a TEI tree into a ``Transcription`` (the mapping is in `Docs/markup.md`).
struct TEIImporter {
    static let namespace = "http://www.tei-c.org/ns/1.0"

    let file: String
    let lenient: Bool
    private(set) var diagnostics: [Diagnostic] = []
    /// Hands synthesized by the exporter for a hand with a medium or colour, by xml:id.
    private var combinations: [String: (hand: String?, medium: String?, colour: String?)] = [:]

    init(file: String, lenient: Bool) {
        self.file = file
        self.lenient = lenient
    }

    /// Attributes read nowhere but harmless: presentation and identifiers.
    private static let ignoredEverywhere: Set<String> = ["rend", "id", "lang", "n", "space", "style", "rendition"]

    mutating func transcription(from tree: XMLTree) throws(TEIImportError) -> Transcription {
        let root = tree.root
        guard root.name == "TEI", root.namespace == Self.namespace else {
            throw failure(root.position, .notTEI(root: root.name))
        }
        var hands: [HandNote] = []
        var blocks: [[TranscriptionNode]] = []
        for child in root.elementChildren {
            switch child.name {
            case "teiHeader":
                hands = try readHands(in: child)
            case "text":
                for part in child.elementChildren {
                    guard part.name == "body", part.namespace == Self.namespace else {
                        try unsupported(part)
                        blocks.append([.text(part.textContent)])
                        continue
                    }
                    try readBlocks(part, into: &blocks)
                }
            default:
                try unsupported(child)
            }
        }
        var nodes: [TranscriptionNode] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { nodes.append(.text("\n\n")) }
            nodes += block
        }
        // The same rule as markup: a transcription whose revisions come in an impossible order
        // has no meaningful states (and its markup would not read back).
        do {
            try StageOrder.check(nodes)
        } catch {
            throw failure(
                error.event.origin.start ?? root.position,
                .stageGoesBackwards(
                    stage: error.event.effectiveStage, enclosing: error.enclosing.kind.name,
                    enclosingStage: error.enclosing.effectiveStage, enclosingStart: error.enclosing.origin.start,
                    why: error.why))
        }
        return Transcription(nodes: nodes, hands: hands)
    }

    // MARK: Header

    /// Reads `<handNote>`s anywhere in the header: declared hands, and the hand + medium +
    /// colour combinations the exporter writes (recognised by their `<term type="medium|colour">`).
    private mutating func readHands(in header: XMLTree.Element) throws(TEIImportError) -> [HandNote] {
        var hands: [HandNote] = []
        func walk(_ element: XMLTree.Element) throws(TEIImportError) {
            for child in element.elementChildren {
                if child.name == "handNote" {
                    let id = child.attributes["xml:id"] ?? child.attributes["id"] ?? ""
                    let terms = child.elementChildren.filter { $0.name == "term" }
                    if !terms.isEmpty {
                        let medium = terms.first { $0.attributes["type"] == "medium" }.map { Self.oneLine($0.textContent) }
                        let colour = terms.first { $0.attributes["type"] == "colour" }.map { Self.oneLine($0.textContent) }
                        let hand = child.attributes["scribeRef"].map(Self.stripHash)
                        combinations[id] = (hand, medium, colour)
                    } else {
                        // The hand is named in markup as in TEI: its id must be a name both can hold.
                        guard isHandName(id) else {
                            let error = failure(
                                child.position,
                                .invalidAttributeValue(
                                    element: "handNote", attribute: "xml:id", value: id,
                                    expected: "a name: a letter, then letters, digits, '-', '_' or '.'"))
                            guard lenient else { throw error }
                            var warning = error.diagnostic
                            warning.severity = .warning
                            warning.message += "; the hand is left out"
                            diagnostics.append(warning)
                            continue
                        }
                        let text = Self.oneLine(child.textContent)
                        hands.append(HandNote(id: id, description: text.isEmpty ? nil : text))
                    }
                } else {
                    try walk(child)
                }
            }
        }
        try walk(header)
        return hands
    }

    // MARK: Blocks

    private mutating func readBlocks(_ container: XMLTree.Element, into blocks: inout [[TranscriptionNode]])
        throws(TEIImportError)
    {
        var loose: [XMLTree.Node] = []
        func flushLoose(_ importer: inout TEIImporter) throws(TEIImportError) {
            let meaningful = loose.contains {
                if case .text(let text, _) = $0 { !text.allSatisfy(\.isWhitespace) } else { true }
            }
            if meaningful { blocks.append(try importer.inline(loose, parent: container.name)) }
            loose = []
        }
        for child in container.children {
            if case .element(let element) = child, element.namespace == Self.namespace,
                ["p", "ab", "div"].contains(element.name)
            {
                try flushLoose(&self)
                if element.name == "div" {
                    try readBlocks(element, into: &blocks)
                } else {
                    warnAboutAttributes(element, known: [])
                    blocks.append(try inline(element.children, parent: element.name))
                }
            } else {
                loose.append(child)
            }
        }
        try flushLoose(&self)
    }

    // MARK: Inline content

    private mutating func inline(_ children: [XMLTree.Node], parent: String) throws(TEIImportError)
        -> [TranscriptionNode]
    {
        var nodes: [TranscriptionNode] = []
        for child in children {
            switch child {
            case .text(let text, let position):
                nodes.append(.text(text, origin: SourceOrigin(start: position)))
            case .element(let element):
                nodes += try convert(element)
            }
        }
        return nodes
    }

    private mutating func convert(_ element: XMLTree.Element) throws(TEIImportError) -> [TranscriptionNode] {
        guard element.namespace == Self.namespace else { return try keepText(of: element) }
        let origin = SourceOrigin(start: element.position)
        func event(_ kind: RevisionEvent.Kind) -> TranscriptionNode {
            .event(RevisionEvent(kind, origin: origin))
        }
        switch element.name {
        case "del":
            warnAboutAttributes(element, known: ["hand", "seq"])
            var result = RevisionEvent(.deletion(try inline(element.children, parent: "del")), origin: origin)
            try readWriting(element, into: &result, stage: true)
            return [.event(result)]
        case "add":
            warnAboutAttributes(element, known: ["hand", "seq", "place", "type"])
            let place = try placement(element)
            var placedBy: RevisionEvent.PlacedBy?
            if let type = element.attributes["type"] {
                switch type {
                case "placed-by-author": placedBy = .author
                case "placed-by-editor": placedBy = .editor
                default:
                    throw failure(
                        element.position,
                        .invalidAttributeValue(
                            element: "add", attribute: "type", value: type,
                            expected: "placed-by-author or placed-by-editor"))
                }
            }
            var result = RevisionEvent(
                .addition(try inline(element.children, parent: "add"), place: place, placedBy: placedBy), origin: origin
            )
            try readWriting(element, into: &result, stage: true)
            return [.event(result)]
        case "subst":
            warnAboutAttributes(element, known: ["hand", "seq"])
            let parts = try onlyElements(of: element, expected: "one <del> and one <add>")
            guard parts.count == 2, let del = parts.first(where: { $0.name == "del" }),
                let add = parts.first(where: { $0.name == "add" })
            else {
                throw failure(
                    element.position, .unexpectedContent(element: "subst", expected: "one <del> and one <add>"))
            }
            warnAboutAttributes(del, known: [])
            warnAboutAttributes(add, known: ["place"])
            let kind = RevisionEvent.Kind.substitution(
                deleted: try inline(del.children, parent: "del"), added: try inline(add.children, parent: "add"),
                place: try placement(add))
            var result = RevisionEvent(kind, origin: origin)
            try readWriting(element, into: &result, stage: true)
            return [.event(result)]
        case "restore":
            warnAboutAttributes(element, known: ["hand", "seq"])
            var result = RevisionEvent(.restoration(try inline(element.children, parent: "restore")), origin: origin)
            try readWriting(element, into: &result, stage: true)
            return [.event(result)]
        case "unclear":
            warnAboutAttributes(element, known: ["reason", "cert"])
            return [event(.uncertain(alternatives: [try plainText(of: element)], preferred: 0))]
        case "choice":
            warnAboutAttributes(element, known: [])
            let readings = try onlyElements(of: element, expected: "<unclear> alternatives")
            guard !readings.isEmpty, readings.allSatisfy({ $0.name == "unclear" && $0.namespace == Self.namespace })
            else {
                if lenient { return try keepText(of: element) }
                throw failure(
                    element.position,
                    .unexpectedContent(
                        element: "choice",
                        expected: "only <unclear> alternatives (Sigla reads <choice> as an uncertain reading)"))
            }
            var alternatives: [String] = []
            for reading in readings {
                warnAboutAttributes(reading, known: ["reason", "cert"])
                alternatives.append(try plainText(of: reading))
            }
            let preferred = readings.firstIndex { $0.attributes["cert"] == "high" } ?? 0
            return [event(.uncertain(alternatives: alternatives, preferred: preferred))]
        case "gap":
            warnAboutAttributes(element, known: ["reason", "extent", "quantity", "unit"])
            var extent = element.attributes["extent"]
            if extent == nil, let quantity = element.attributes["quantity"] {
                extent = [quantity, element.attributes["unit"]].compactMap { $0 }.joined(separator: " ")
            }
            // An empty extent says nothing, as an empty `{####}` in markup.
            return [event(.illegible(extent: extent?.isEmpty == true ? nil : extent))]
        case "metamark":
            warnAboutAttributes(element, known: ["function", "place"])
            return [event(.metamark(try plainText(of: element), place: try placement(element)))]
        case "note":
            warnAboutAttributes(element, known: ["type", "place", "hand"])
            let place = try placement(element)
            let by: RevisionEvent.NoteAuthor
            switch element.attributes["type"] {
            case "author"?, "authorial"?: by = .author
            case "transcriber"?, "editorial"?: by = .transcriber
            case nil: by = place == nil ? .transcriber : .author  // a note placed on the page is the page's
            case let other?:
                throw failure(
                    element.position,
                    .invalidAttributeValue(
                        element: "note", attribute: "type", value: other, expected: "author or transcriber"))
            }
            var result = RevisionEvent(.note(try plainText(of: element), by: by, place: place), origin: origin)
            try readWriting(element, into: &result, stage: false)
            return [.event(result)]
        case "handShift":
            warnAboutAttributes(element, known: ["new"])
            var result = RevisionEvent(.handShift, origin: origin)
            if let new = element.attributes["new"] {
                try resolveHand(new, element: element, attribute: "new", into: &result)
            }
            return [.event(result)]
        case "lacunaStart":
            return [event(.lacunaStart)]
        case "lacunaEnd":
            return [event(.lacunaEnd)]
        case "app":
            // TEI allows <lacunaStart/> only inside a reading: the exporter wraps it in <app><rdg>.
            var marks: [TranscriptionNode] = []
            for reading in try onlyElements(of: element, expected: "<rdg> holding <lacunaStart/> or <lacunaEnd/>") {
                let inner = try onlyElements(of: reading, expected: "<lacunaStart/> or <lacunaEnd/>")
                guard reading.name == "rdg", inner.allSatisfy({ ["lacunaStart", "lacunaEnd"].contains($0.name) }) else {
                    if lenient { return try keepText(of: element) }
                    throw failure(
                        element.position,
                        .unexpectedContent(
                            element: "app",
                            expected:
                                "<rdg> holding only <lacunaStart/> or <lacunaEnd/> (Sigla reads one witness at a time)")
                    )
                }
                for mark in inner { marks += try convert(mark) }
            }
            return marks
        case "lb":
            return [.text("\n", origin: origin)]
        default:
            return try keepText(of: element)
        }
    }

    // MARK: Helpers

    /// An unsupported element: an error, or in lenient mode a warning and its content kept.
    private mutating func keepText(of element: XMLTree.Element) throws(TEIImportError) -> [TranscriptionNode] {
        try unsupported(element)
        return try inline(element.children, parent: element.name)
    }

    private mutating func unsupported(_ element: XMLTree.Element) throws(TEIImportError) {
        let error = failure(element.position, .unsupportedElement(element.name))
        guard lenient else { throw error }
        var warning = error.diagnostic
        warning.severity = .warning
        warning.message =
            "unsupported TEI element <\(element.name)> at \(element.position): its text is kept, its markup dropped"
        diagnostics.append(warning)
    }

    /// The element children, when between them there is only whitespace.
    private func onlyElements(of element: XMLTree.Element, expected: String) throws(TEIImportError) -> [XMLTree.Element]
    {
        for child in element.children {
            if case .text(let text, _) = child, !text.allSatisfy(\.isWhitespace) {
                throw failure(element.position, .unexpectedContent(element: element.name, expected: expected))
            }
        }
        return element.elementChildren
    }

    /// The text of an element that holds text only (an alternative, a note, a metamark).
    private mutating func plainText(of element: XMLTree.Element) throws(TEIImportError) -> String {
        if let inner = element.elementChildren.first {
            let error = failure(inner.position, .unexpectedContent(element: element.name, expected: "text only"))
            guard lenient else { throw error }
            var warning = error.diagnostic
            warning.severity = .warning
            diagnostics.append(warning)
        }
        return element.textContent
    }

    private func placement(_ element: XMLTree.Element) throws(TEIImportError) -> RevisionEvent.Placement? {
        guard let value = element.attributes["place"] else { return nil }
        guard let place = RevisionEvent.Placement(rawValue: value) else {
            throw failure(
                element.position,
                .invalidAttributeValue(
                    element: element.name, attribute: "place", value: value,
                    expected: RevisionEvent.Placement.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return place
    }

    /// Reads `@hand` (and `@seq` as the stage).
    private func readWriting(_ element: XMLTree.Element, into event: inout RevisionEvent, stage: Bool)
        throws(TEIImportError)
    {
        if let hand = element.attributes["hand"] {
            try resolveHand(hand, element: element, attribute: "hand", into: &event)
        }
        if stage, let seq = element.attributes["seq"] {
            guard seq.allSatisfy(\.isASCII), let value = Int(seq), value >= 1 else {
                throw failure(
                    element.position,
                    .invalidAttributeValue(
                        element: element.name, attribute: "seq", value: seq,
                        expected: "a revision stage, a whole number from 1 up"))
            }
            event.stage = value
        }
    }

    private func resolveHand(
        _ reference: String, element: XMLTree.Element, attribute: String, into event: inout RevisionEvent
    ) throws(TEIImportError) {
        let id = Self.stripHash(reference)
        if let combination = combinations[id] {
            event.hand = combination.hand
            event.medium = combination.medium
            event.colour = combination.colour
        } else {
            guard isHandName(id) else {
                throw failure(
                    element.position,
                    .invalidAttributeValue(
                        element: element.name, attribute: attribute, value: reference,
                        expected: "a pointer to a hand, e.g. #Serge"))
            }
            event.hand = id
        }
    }

    private mutating func warnAboutAttributes(_ element: XMLTree.Element, known: Set<String>) {
        for name in element.attributes.keys.sorted() {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            guard !known.contains(name), !Self.ignoredEverywhere.contains(local), !name.hasPrefix("xmlns") else {
                continue
            }
            diagnostics.append(
                Diagnostic(
                    severity: .warning,
                    message: "attribute @\(name) on <\(element.name)> at \(element.position) is not imported",
                    file: file, line: element.position.line, column: element.position.column))
        }
    }

    /// The text of a header element as one line: a line break and the indentation around it
    /// are XML layout (one space, none at either end), and a markup attribute (a hand's
    /// description, a medium) is one line. White space without a line break is kept as it is.
    static func oneLine(_ text: String) -> String {
        var result = ""
        var run = ""
        func flush(atEnd: Bool) {
            if run.contains(where: \.isNewline) {
                if !result.isEmpty && !atEnd { result += " " }
            } else {
                result += run
            }
            run = ""
        }
        for character in text {
            if character.isWhitespace {
                run.append(character)
            } else {
                flush(atEnd: false)
                result.append(character)
            }
        }
        flush(atEnd: true)
        return result
    }

    static func stripHash(_ reference: String) -> String {
        reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
    }

    private func failure(_ position: SourcePosition, _ reason: TEIImportError.Reason) -> TEIImportError {
        TEIImportError(file: file, position: position, reason: reason)
    }
}
