/// Writes the edition as TEI P5: a header naming the editors, every witness and state
/// (`<listWit>`), the hands and how variants are encoded; the established text by section,
/// paragraph and sentence; and the apparatus, either inline (parallel segmentation: an
/// `<app>` where each entry is) or at the back (double-end-point attachment: anchors in
/// the text, a `<listApp>` pointing to them, which allows overlapping lemmata).
///
/// ```xml
/// <app xml:id="app.I.2-1" n="I.2/1" type="suppression-kept">
///   <lem wit="#TS-ac" rend="brackets">Varias veces … la verdad.</lem>
///   <rdg wit="#TS" type="deletion"><del rend="strikethrough" hand="#hand.TS.1">Varias …</del></rdg>
///   <rdg wit="#V1" type="omission"/>
///   <witDetail wit="#TS" target="#app.I.2-1.r2" type="deletion">Serge, lápiz negro; in marg. «Reservar»</witDetail>
///   <note type="justification" resp="#resp.1"><date when="2018-09-15T12:00:00Z"/>Frase suprimida…</note>
/// </app>
/// ```
///
/// The output validates against `tei_all.rng` (TEI P5 4.3.0).
public struct TEIApparatusExporter: Sendable {
    /// How the apparatus is attached to the text.
    public enum Method: String, Hashable, Sendable, CaseIterable {
        /// `<app>` inline, where the lemma is. Lemmata that overlap without nesting cannot be
        /// written inline: such an entry is written just after the one it overlaps, with its
        /// lemma in a note (use double-end-point for them).
        case parallelSegmentation = "parallel-segmentation"
        /// Anchors in the text, the `<app>`s in `<back>` pointing to them with `@from`/`@to`.
        case doubleEndPoint = "double-end-point"
    }

    public var method: Method

    public init(method: Method = .parallelSegmentation) {
        self.method = method
    }

    /// The TEI document.
    ///
    /// - Complexity: O(*n* + *e*·*r*) for a text of length *n* and *e* entries of *r* readings.
    public func export(_ document: ApparatusDocument) -> String {
        var writer = TEIWriter(document: document, method: method)
        return writer.write()
    }
}

/// The state of one TEI export: ids given to people and hands, and the output.
struct TEIWriter {
    let document: ApparatusDocument
    let method: TEIApparatusExporter.Method
    let renderer: ApparatusEntryRenderer
    var out = ""
    /// `Name <mail>` or name → `resp.N`.
    var people: [(key: String, id: String, name: String)] = []
    /// (witness, hand, medium, colour) → `hand.W.N`.
    var hands: [String: String] = [:]
    var handNotes: [(id: String, witness: String, hand: String?, medium: String?, colour: String?)] = []

    init(document: ApparatusDocument, method: TEIApparatusExporter.Method) {
        self.document = document
        self.method = method
        self.renderer = ApparatusEntryRenderer(conventions: document.conventions)
        for editor in document.editors { _ = person(editor.description, name: editor.name) }
        for entry in document.entries {
            if let decision = entry.decision { _ = person(decision.editor, name: decision.editorName) }
            for reading in entry.readings {
                for detail in reading.revisions where detail.kind != .metamark && detail.kind != .uncertain {
                    _ = hand(detail)
                }
            }
        }
    }

    mutating func person(_ key: String, name: String) -> String {
        if let found = people.first(where: { $0.key == key }) { return found.id }
        let id = "resp.\(people.count + 1)"
        people.append((key, id, name))
        return id
    }

    /// The id of the hand note for a revision's hand, medium and colour; nil if it names none.
    mutating func hand(_ detail: RevisionDetail) -> String? {
        guard detail.hand != nil || detail.medium != nil || detail.colour != nil else { return nil }
        let key = [detail.witness, detail.hand ?? "", detail.medium ?? "", detail.colour ?? ""].joined(
            separator: "\u{1}")
        if let id = hands[key] { return id }
        let id = "hand.\(XMLText.name(detail.witness)).\(handNotes.count + 1)"
        hands[key] = id
        handNotes.append((id, detail.witness, detail.hand, detail.medium, detail.colour))
        return id
    }

    func handID(_ detail: RevisionDetail) -> String? {
        hands[[detail.witness, detail.hand ?? "", detail.medium ?? "", detail.colour ?? ""].joined(separator: "\u{1}")]
    }

    static func e(_ text: String) -> String { XMLText.escaped(text) }
    static func a(_ text: String) -> String { XMLText.escaped(text, attribute: true) }

    // MARK: - Document

    mutating func write() -> String {
        out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
        writeHeader()
        out += "  <text>\n    <body>\n"
        var bySection: [SectionID: [ApparatusEntry]] = [:]
        for entry in document.entries { bySection[entry.section, default: []].append(entry) }
        if document.sections.isEmpty { out += "      <p/>\n" }
        for section in document.sections {
            writeSection(section, entries: bySection[section.id] ?? [])
        }
        out += "    </body>\n"
        if method == .doubleEndPoint {
            out += "    <back>\n      <div type=\"apparatus\">\n"
            if document.entries.isEmpty {
                out += "        <p/>\n"
            } else {
                out += "        <listApp>\n"
                for entry in document.entries { writeApp(entry, indent: "          ", content: nil) }
                out += "        </listApp>\n"
            }
            out += "      </div>\n    </back>\n"
        }
        out += "  </text>\n</TEI>\n"
        return out
    }

    mutating func writeHeader() {
        let terms = renderer.terms
        out += "  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n"
        out += "        <title>\(Self.e(document.title))</title>\n"
        for person in people {
            out +=
                "        <respStmt xml:id=\"\(person.id)\"><resp>editor</resp><persName>\(Self.e(person.name))</persName></respStmt>\n"
        }
        out += "      </titleStmt>\n      <publicationStmt>\n"
        var made = "Exported by \(document.provenance.generator)"
        if let commit = document.provenance.commit { made += " from commit \(commit)" }
        out += "        <p>\(Self.e(made).trimmingWhitespace()).</p>\n      </publicationStmt>\n"
        if let notes = document.notes?.trimmingWhitespace(), !notes.isEmpty {
            out += "      <notesStmt>\n        <note>\(Self.e(notes))</note>\n      </notesStmt>\n"
        }
        out += "      <sourceDesc>\n        <listWit>\n"
        for witness in document.witnesses {
            var about = witness.summary
            if let description = witness.description, !description.isEmpty { about += ". " + description }
            out +=
                "          <witness xml:id=\"\(witnessID(witness.siglum, nil))\" n=\"\(Self.a(witness.siglum))\">\(Self.e(about))</witness>\n"
            guard witness.hasRevisions else { continue }
            out += "          <listWit>\n            <head>\(Self.e(witness.siglum))</head>\n"
            for state in witness.states {
                let correction = WitnessReference.Correction(suffix: state.suffix)
                let label = WitnessReference(state: state.reference, siglum: witness.siglum, correction: correction)
                    .label(terms)
                out +=
                    "            <witness xml:id=\"\(witnessID(witness.siglum, correction))\" n=\"\(Self.a(label))\">"
                    + "\(Self.e(witness.siglum)): \(Self.e(state.description))</witness>\n"
            }
            out += "          </listWit>\n"
        }
        out += "        </listWit>\n      </sourceDesc>\n    </fileDesc>\n"
        out += "    <encodingDesc>\n      <variantEncoding method=\"\(method.rawValue)\" location=\"internal\"/>\n"
        out += """
                  <classDecl>
                    <taxonomy xml:id="variant">
                      <category xml:id="variant.substantive"><catDesc>The readings differ in their words.</catDesc></category>
                      <category xml:id="variant.formal"><catDesc>The readings differ only in form: case, accents, punctuation, spelling.</catDesc></category>
                      <category xml:id="variant.overlapping"><catDesc>The lemma crosses another entry's: the entry follows that one, its lemma in a note of type lemma.</catDesc></category>
                    </taxonomy>
                  </classDecl>
                </encodingDesc>

            """
        let declared = document.witnesses.flatMap { witness in witness.hands.map { (witness.siglum, $0) } }
        if !declared.isEmpty || !handNotes.isEmpty {
            out += "    <profileDesc>\n      <handNotes>\n"
            for (siglum, hand) in declared {
                out +=
                    "        <handNote xml:id=\"hand.\(XMLText.name(siglum)).\(XMLText.name(hand.id))\" n=\"\(Self.a(hand.id))\">"
                out += Self.e(hand.description ?? hand.id) + "</handNote>\n"
            }
            for note in handNotes {
                out += "        <handNote xml:id=\"\(note.id)\""
                if let hand = note.hand, declared.contains(where: { $0.0 == note.witness && $0.1.id == hand }) {
                    out += " scribeRef=\"#hand.\(XMLText.name(note.witness)).\(XMLText.name(hand))\""
                }
                out += ">"
                var parts: [String] = ["\(Self.e(note.witness))"]
                if let hand = note.hand { parts.append("<persName>\(Self.e(hand))</persName>") }
                if let medium = note.medium { parts.append("<term type=\"medium\">\(Self.e(medium))</term>") }
                if let colour = note.colour { parts.append("<term type=\"colour\">\(Self.e(colour))</term>") }
                out += parts.joined(separator: ", ") + "</handNote>\n"
            }
            out += "      </handNotes>\n    </profileDesc>\n"
        }
        writeChanges()
        out += "  </teiHeader>\n"
    }

    /// The decisions as changes to the text: when, by whom, in which commit.
    mutating func writeChanges() {
        let decided = document.entries.filter { $0.decision != nil }
        guard !decided.isEmpty else { return }
        out += "    <revisionDesc>\n      <listChange>\n"
        for entry in decided {
            guard let decision = entry.decision else { continue }
            let id = Self.appID(entry.location)
            let who = person(decision.editor, name: decision.editorName)
            var attributes = " xml:id=\"change.\(id.dropFirst(4))\""
            if Self.isXMLDate(decision.date) { attributes += " when=\"\(Self.a(decision.date))\"" }
            attributes += " who=\"#\(who)\" target=\"#\(id)\""
            if let commit = decision.commit { attributes += " n=\"\(Self.a(commit))\"" }
            var what = "\(entry.location): \(decision.category.rawValue), \(decision.action.rawValue)"
            if let adopted = decision.adopted { what += " \(adopted)" }
            if let source = decision.source { what += " from \(source)" }
            if !Self.isXMLDate(decision.date) { what += " (\(decision.date))" }
            if let commit = decision.commit { what += "; commit \(commit)" }
            out += "        <change\(attributes)>\(Self.e(what))</change>\n"
        }
        out += "      </listChange>\n    </revisionDesc>\n"
    }

    /// Whether a date is an XML Schema date or date-time (`2018-09-15`, `2018-09-15T12:00:00Z`).
    static func isXMLDate(_ text: String) -> Bool {
        text.wholeMatch(of: #/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?/#) != nil
    }

    /// `TS` for the witness, `TS-ac`, `TS-pc`, `TS-2` for its states.
    func witnessID(_ siglum: String, _ correction: WitnessReference.Correction?) -> String {
        let base = XMLText.name(siglum)
        guard let correction else { return base }
        return "\(base)-\(correction.suffix)"
    }

    func wit(_ witnesses: [WitnessReference]) -> String {
        witnesses.map { "#" + witnessID($0.siglum, $0.correction) }.joined(separator: " ")
    }

    static func appID(_ location: LocationID) -> String {
        "app." + XMLText.name(String(location.description.map { $0 == "/" ? "-" : $0 }))
    }

    // MARK: - Text

    mutating func writeSection(_ section: ApparatusSection, entries: [ApparatusEntry]) {
        out += "      <div type=\"section\" n=\"\(Self.a(section.id.rawValue))\">\n"
        if let title = section.title { out += "        <head>\(Self.e(title))</head>\n" }
        var text = SectionText(section: section, entries: entries, method: method)
        out += "        <p>"
        switch method {
        case .parallelSegmentation:
            let (roots, displaced) = Self.nest(entries)
            writeSpan(&text, Self.span(section, entries), nodes: roots, displaced: displaced, depth: 0)
        case .doubleEndPoint:
            text.writePlain(
                Self.span(section, entries), atEnd: [.endAnchor, .startAnchor, .sentence, .paragraph, .skip], depth: 0,
                into: &out)
        }
        out += "</p>\n      </div>\n"
    }

    /// The stretch of a section's text to write: from its first sentence or entry to its
    /// last (the white space around the text is the file's, not the text's).
    static func span(_ section: ApparatusSection, _ entries: [ApparatusEntry]) -> Range<Int> {
        let sentences = section.sentences
        let start = min(sentences.first?.range.start ?? 0, entries.map(\.range.start).min() ?? Int.max)
        let end = max(sentences.last?.range.end ?? 0, entries.map(\.range.end).max() ?? 0)
        return start..<max(start, end)
    }

    /// An entry and the entries whose lemmata lie inside its own.
    struct Node {
        var entry: ApparatusEntry
        var children: [Node] = []
    }

    /// The entries as a forest: an entry whose lemma lies inside another's is its child;
    /// one that overlaps another without lying inside it is displaced (written after it).
    static func nest(_ entries: [ApparatusEntry]) -> (roots: [Node], displaced: [LocationID: [ApparatusEntry]]) {
        let sorted = entries.sorted {
            ($0.range.start, $0.range.isEmpty ? 0 : 1, -$0.range.end) < (
                $1.range.start, $1.range.isEmpty ? 0 : 1, -$1.range.end
            )
        }
        func inside(_ inner: ApparatusEntry, _ outer: ApparatusEntry) -> Bool {
            guard !outer.range.isEmpty else { return false }
            if inner.range.isEmpty {
                return inner.range.start > outer.range.start && inner.range.start < outer.range.end
            }
            return inner.range.start >= outer.range.start && inner.range.end <= outer.range.end
        }
        var displaced: [LocationID: [ApparatusEntry]] = [:]
        // Build bottom-up with a stack of open nodes.
        var stack: [Node] = []
        var roots: [Node] = []
        func close() {
            let node = stack.removeLast()
            if stack.isEmpty { roots.append(node) } else { stack[stack.count - 1].children.append(node) }
        }
        for entry in sorted {
            while let top = stack.last, !inside(entry, top.entry) {
                if entry.range.start < top.entry.range.end && !entry.range.isEmpty
                    && entry.range.start >= top.entry.range.start
                    && entry.range.start != top.entry.range.end
                {
                    break
                }
                close()
            }
            if let top = stack.last, !inside(entry, top.entry) {
                displaced[top.entry.location, default: []].append(entry)
                continue
            }
            stack.append(Node(entry: entry))
        }
        while !stack.isEmpty { close() }
        return (roots, displaced)
    }

    mutating func writeSpan(
        _ text: inout SectionText, _ span: Range<Int>, nodes: [Node], displaced: [LocationID: [ApparatusEntry]],
        depth: Int
    ) {
        var position = span.lowerBound
        for node in nodes {
            let range = node.entry.range
            text.writePlain(position..<range.start, atEnd: range.isEmpty ? [] : [.sentence], depth: depth, into: &out)
            var lemma = range.range
            if node.entry.decision?.sign == .brackets, lemma.count >= 2 {
                lemma = (lemma.lowerBound + 1)..<(lemma.upperBound - 1)
            }
            var content = ""
            var inner = text
            swap(&content, &out)
            writeSpan(&inner, lemma, nodes: node.children, displaced: displaced, depth: depth + 1)
            swap(&content, &out)
            text = inner
            writeApp(node.entry, indent: nil, content: content)
            for other in displaced[node.entry.location] ?? [] {
                writeApp(other, indent: nil, content: nil, displaced: true)
            }
            position = max(position, range.end)
        }
        text.writePlain(position..<span.upperBound, atEnd: [], depth: depth, into: &out)
    }

    // MARK: - Apparatus entries

    /// One `<app>`. Inline (`indent` nil) with the lemma's content already written; at the
    /// back with `@from`/`@to` and the lemma's text.
    mutating func writeApp(_ entry: ApparatusEntry, indent: String?, content: String?, displaced: Bool = false) {
        let id = Self.appID(entry.location)
        let inline = indent == nil
        let pad = indent ?? ""
        let step = inline ? "" : "\n" + pad + "  "
        let type = entry.decision?.category.rawValue ?? entry.kind?.rawValue ?? "variant"
        out += "\(pad)<app xml:id=\"\(id)\" n=\"\(Self.a(entry.location.description))\" type=\"\(type)\""
        if !inline {
            let from = entry.range.isEmpty ? id + ".at" : id + ".start"
            let to = entry.range.isEmpty ? id + ".at" : id + ".end"
            out += " from=\"#\(from)\" to=\"#\(to)\""
        }
        out += entry.isSubstantive ? " ana=\"#variant.substantive" : " ana=\"#variant.formal"
        out += displaced ? " #variant.overlapping\"" : "\""
        out += ">"

        // The lemma.
        let lemmaReadings = entry.readings.filter(\.agreesWithLemma)
        let lemmaWitnesses = lemmaReadings.flatMap(\.witnesses)
        var lemAttributes = " xml:id=\"\(id).lem\""
        if !lemmaWitnesses.isEmpty { lemAttributes += " wit=\"\(wit(lemmaWitnesses))\"" }
        if let decision = entry.decision {
            if decision.action == .emend || decision.action == .supply {
                lemAttributes += " resp=\"#\(person(decision.editor, name: decision.editorName))\""
            }
            if decision.action == .supply, let source = decision.source {
                lemAttributes += " source=\"#\(XMLText.name(source))\""
            }
            lemAttributes += " type=\"\(decision.category.rawValue)\""
            if decision.sign == .brackets { lemAttributes += " rend=\"brackets\"" }
        }
        let lemmaContent: String
        if displaced || content == nil && !inline {
            lemmaContent = Self.e(entry.lemma.unsigned)
        } else {
            lemmaContent = content ?? ""
        }
        if displaced {
            out += "\(step)<lem\(lemAttributes)/>"
        } else if entry.decision?.action == .supply, !lemmaContent.isEmpty {
            let source = entry.decision?.source.map { " source=\"#\(XMLText.name($0))\"" } ?? ""
            out += "\(step)<lem\(lemAttributes)><supplied reason=\"omitted\"\(source)>\(lemmaContent)</supplied></lem>"
        } else if lemmaContent.isEmpty {
            out += "\(step)<lem\(lemAttributes)/>"
        } else {
            out += "\(step)<lem\(lemAttributes)>\(lemmaContent)</lem>"
        }

        // The readings that differ, with the revisions behind them.
        let printed = entry.printed(.positive)
        var details: [(target: String, reading: ApparatusReading, revisions: [RevisionDetail])] = []
        var number = 0
        for item in printed {
            let reading = item.reading
            if reading.agreesWithLemma {
                if !item.revisions.isEmpty { details.append(("\(id).lem", reading, item.revisions)) }
                continue
            }
            number += 1
            let readingID = "\(id).r\(number)"
            var attributes = " xml:id=\"\(readingID)\" wit=\"\(wit(reading.witnesses))\""
            if let notation = reading.notations.first { attributes += " type=\"\(notation.rawValue)\"" }
            out += "\(step)<rdg\(attributes)"
            let body = readingContent(reading)
            out += body.isEmpty ? "/>" : ">\(body)</rdg>"
            if !item.revisions.isEmpty { details.append((readingID, reading, item.revisions)) }
        }
        for detail in details {
            for revision in detail.revisions {
                guard let pieces = renderer.detail(revision, on: detail.reading) else { continue }
                let text = pieces.isEmpty ? renderer.terms.term(for: revision.kind) : pieces.plainText
                out += "\(step)<witDetail wit=\"#\(XMLText.name(revision.witness))\" target=\"#\(detail.target)\""
                out += " type=\"\(revision.kind.rawValue)\">\(Self.e(text))</witDetail>"
            }
        }
        if displaced {
            out += "\(step)<note type=\"lemma\">\(Self.e(entry.lemma.unsigned))</note>"
        }
        if let decision = entry.decision {
            let resp = person(decision.editor, name: decision.editorName)
            out += "\(step)<note type=\"justification\" resp=\"#\(resp)\" corresp=\"#change.\(id.dropFirst(4))\">"
            out += Self.e(decision.justification) + "</note>"
        }
        out += inline ? "</app>" : "\n\(pad)</app>\n"
    }

    /// What a reading reads, with the struck or added text marked.
    func readingContent(_ reading: ApparatusReading) -> String {
        if reading.notations.contains(.deletion),
            let deletion = reading.revisions.first(where: { $0.kind == .deletion && $0.applied }),
            let struck = deletion.text, !struck.isEmpty
        {
            let hand = handID(deletion).map { " hand=\"#\($0)\"" } ?? ""
            return "<del rend=\"strikethrough\"\(hand)>\(Self.e(struck))</del>"
        }
        if !reading.text.isEmpty,
            let addition = reading.revisions.first(where: { $0.kind == .addition && $0.applied })
        {
            let hand = handID(addition).map { " hand=\"#\($0)\"" } ?? ""
            let place = addition.place.map { " place=\"\(Self.a($0))\"" } ?? ""
            return "<add\(place)\(hand)>\(Self.e(reading.text))</add>"
        }
        return Self.e(reading.text)
    }
}

/// A section's established text as TEI writes it, piece by piece in order: the text
/// escaped, a milestone where each sentence starts, paragraphs at blank lines, and for
/// double-end-point the anchors of the entries.
struct SectionText {
    let section: ApparatusSection
    let bytes: [UInt8]
    /// Sorted markers and the next one to write.
    var markers: [Marker]
    var next = 0

    struct Marker {
        enum Kind: Int, Hashable {
            case endAnchor = 0
            case paragraph, sentence, startAnchor, skip
        }
        var position: Int
        var end: Int
        var kind: Kind
        var label: String
    }

    init(section: ApparatusSection, entries: [ApparatusEntry], method: TEIApparatusExporter.Method) {
        self.section = section
        self.bytes = Array(section.text.utf8)
        var markers: [Marker] = []
        var previousEnd: Int?
        for paragraph in section.paragraphs {
            for (index, sentence) in paragraph.sentences.enumerated() {
                if index == 0, let previousEnd {
                    markers.append(
                        Marker(position: previousEnd, end: sentence.range.start, kind: .paragraph, label: ""))
                }
                markers.append(
                    Marker(
                        position: sentence.range.start, end: sentence.range.start, kind: .sentence,
                        label: sentence.citation))
                previousEnd = sentence.range.end
            }
        }
        if method == .doubleEndPoint {
            for entry in entries {
                let id = TEIWriter.appID(entry.location)
                if entry.range.isEmpty {
                    markers.append(
                        Marker(
                            position: entry.range.start, end: entry.range.start, kind: .startAnchor, label: id + ".at"))
                    continue
                }
                markers.append(
                    Marker(
                        position: entry.range.start, end: entry.range.start, kind: .startAnchor, label: id + ".start"))
                markers.append(
                    Marker(position: entry.range.end, end: entry.range.end, kind: .endAnchor, label: id + ".end"))
                if entry.decision?.sign == .brackets, entry.range.count >= 2 {
                    markers.append(
                        Marker(position: entry.range.start, end: entry.range.start + 1, kind: .skip, label: ""))
                    markers.append(Marker(position: entry.range.end - 1, end: entry.range.end, kind: .skip, label: ""))
                }
            }
        }
        markers.sort { ($0.position, $0.kind.rawValue) < ($1.position, $1.kind.rawValue) }
        self.markers = markers
    }

    /// Writes the text of `range` with the markers in it, and the markers of the kinds
    /// `atEnd` that sit at its end (a lemma that begins a sentence follows its milestone).
    mutating func writePlain(_ range: Range<Int>, atEnd: Set<Marker.Kind>, depth: Int, into out: inout String) {
        var position = range.lowerBound
        while next < markers.count {
            let marker = markers[next]
            guard
                marker.position < range.upperBound
                    || (marker.position == range.upperBound && atEnd.contains(marker.kind))
            else { break }
            if marker.position > position { out += text(position..<marker.position) }
            position = max(position, marker.position)
            next += 1
            switch marker.kind {
            case .sentence:
                out += "<milestone unit=\"sentence\" n=\"\(XMLText.escaped(marker.label, attribute: true))\"/>"
            case .paragraph:
                out += depth == 0 ? "</p>\n        <p>" : "<milestone unit=\"paragraph\"/>"
                position = max(position, min(marker.end, range.upperBound))
            case .startAnchor, .endAnchor:
                out += "<anchor xml:id=\"\(marker.label)\"/>"
            case .skip:
                position = max(position, marker.end)
            }
        }
        if range.upperBound > position { out += text(position..<range.upperBound) }
    }

    func text(_ range: Range<Int>) -> String {
        XMLText.escaped(String(decoding: bytes[range], as: UTF8.self))
    }
}
