/// Writes a ``Transcription`` as a TEI P5 document that validates against `tei_all`.
///
/// The text goes in `<p xml:space="preserve">` paragraphs, split where the top-level text has a
/// blank line (`\n\n`), so that reading it back gives the same text. A hand with a medium or a
/// colour becomes a synthesized `<handNote>` (`<term type="medium">`, `<term type="colour">`) the
/// events point to, since TEI records medium on hands, not on deletions.
struct TEIExporter {
    private var output = ""
    /// (hand, medium, colour) → synthesized xml:id, in order of first use.
    private var combinations: [Combination: String] = [:]
    private var combinationOrder: [Combination] = []
    private var usedIDs: Set<String>

    private struct Combination: Hashable {
        var hand: String?
        var medium: String?
        var colour: String?
    }

    /// - Parameter names: every hand id and name in use, declared or not: a synthesized id
    ///   must not be one of them, or `#id` would point to the wrong hand when read back.
    private init(names: Set<String>) {
        usedIDs = names
    }

    static func document(for transcription: Transcription, witness: Witness?) -> String {
        var exporter = TEIExporter(
            names: Set(transcription.hands.map(\.id)).union(transcription.events.compactMap(\.hand)))
        var body = ""
        for paragraph in paragraphs(transcription.nodes) {
            exporter.output = ""
            exporter.write(paragraph)
            body += "      <p xml:space=\"preserve\">" + exporter.output + "</p>\n"
        }
        return exporter.header(transcription: transcription, witness: witness)
            + "  <text>\n    <body>\n" + body + "    </body>\n  </text>\n</TEI>\n"
    }

    /// The top-level nodes cut at each blank line of top-level text.
    private static func paragraphs(_ nodes: [TranscriptionNode]) -> [[TranscriptionNode]] {
        var result: [[TranscriptionNode]] = [[]]
        for node in nodes {
            guard case .text(let text, _) = node else {
                result[result.count - 1].append(node)
                continue
            }
            for (index, piece) in split(text, atBlankLines: ()).enumerated() {
                if index > 0 { result.append([]) }
                if !piece.isEmpty { result[result.count - 1].append(.text(String(piece))) }
            }
        }
        return result
    }

    /// `text` cut at each `\n\n` (as `components(separatedBy:)` would, without Foundation).
    private static func split(_ text: String, atBlankLines: ()) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        let utf8 = text.utf8
        while index < text.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == 0x0A, next < text.endIndex, utf8[next] == 0x0A {
                pieces.append(text[start..<index])
                start = utf8.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        pieces.append(text[start...])
        return pieces
    }

    // MARK: Header

    private func header(transcription: Transcription, witness: Witness?) -> String {
        let title = witness.map { $0.title.isEmpty ? $0.siglum : $0.title } ?? "Transcription"
        var source = "Transcription made with Sigla."
        if let witness {
            source = "\(witness.siglum): \(witness.kind.rawValue)"
            if let date = witness.date { source += ", \(date)" }
            source += "."
            if let description = witness.description { source += " \(description)" }
        }
        var result = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt>
                    <title>\(Self.escape(title))</title>
                  </titleStmt>
                  <publicationStmt>
                    <p>Exported by Sigla.</p>
                  </publicationStmt>
                  <sourceDesc>
                    <p>\(Self.escape(source))</p>
                  </sourceDesc>
                </fileDesc>

            """
        if !transcription.hands.isEmpty || !combinationOrder.isEmpty {
            result += "    <profileDesc>\n      <handNotes>\n"
            for hand in transcription.hands {
                result +=
                    "        <handNote xml:id=\"\(Self.escape(hand.id))\">\(Self.escape(hand.description ?? ""))</handNote>\n"
            }
            for combination in combinationOrder {
                let id = combinations[combination] ?? ""
                result += "        <handNote xml:id=\"\(id)\""
                if let hand = combination.hand { result += " scribeRef=\"#\(Self.escape(hand))\"" }
                result += ">"
                if let medium = combination.medium { result += "<term type=\"medium\">\(Self.escape(medium))</term>" }
                if let colour = combination.colour { result += "<term type=\"colour\">\(Self.escape(colour))</term>" }
                result += "</handNote>\n"
            }
            result += "      </handNotes>\n    </profileDesc>\n"
        }
        return result + "  </teiHeader>\n"
    }

    // MARK: Body

    private mutating func write(_ nodes: [TranscriptionNode]) {
        for node in nodes {
            switch node {
            case .text(let text, _): output += Self.escape(text)
            case .event(let event): write(event)
            }
        }
    }

    private mutating func write(_ event: RevisionEvent) {
        switch event.kind {
        case .deletion(let nodes):
            output += "<del rend=\"strikethrough\"" + writing(event, stage: true) + ">"
            write(nodes)
            output += "</del>"
        case .addition(let nodes, let place, let placedBy):
            output += "<add"
            if let place { output += " place=\"\(place.rawValue)\"" }
            if let placedBy { output += " type=\"placed-by-\(placedBy.rawValue)\"" }
            output += writing(event, stage: true) + ">"
            write(nodes)
            output += "</add>"
        case .substitution(let deleted, let added, let place):
            output += "<subst" + writing(event, stage: true) + "><del rend=\"strikethrough\">"
            write(deleted)
            output += "</del><add" + (place.map { " place=\"\($0.rawValue)\"" } ?? "") + ">"
            write(added)
            output += "</add></subst>"
        case .restoration(let nodes):
            output += "<restore" + writing(event, stage: true) + ">"
            write(nodes)
            output += "</restore>"
        case .uncertain(let alternatives, let preferred):
            if alternatives.count == 1 {
                output += "<unclear>\(Self.escape(alternatives[0]))</unclear>"
            } else {
                output += "<choice>"
                for (index, alternative) in alternatives.enumerated() {
                    output +=
                        "<unclear cert=\"\(index == preferred ? "high" : "low")\">\(Self.escape(alternative))</unclear>"
                }
                output += "</choice>"
            }
        case .illegible(let extent):
            output +=
                "<gap reason=\"illegible\"" + (extent.map { " extent=\"\(Self.escapeAttribute($0))\"" } ?? "") + "/>"
        case .metamark(let text, let place):
            output += "<metamark function=\"instruction\"" + (place.map { " place=\"\($0.rawValue)\"" } ?? "") + ">"
            output += Self.escape(text) + "</metamark>"
        case .note(let text, let by, let place):
            output += "<note type=\"\(by.rawValue)\"" + (place.map { " place=\"\($0.rawValue)\"" } ?? "")
            output += writing(event, stage: false) + ">" + Self.escape(text) + "</note>"
        case .handShift:
            let reference = handReference(event)
            output += "<handShift" + (reference.map { " new=\"\($0)\"" } ?? "") + "/>"
        case .lacunaStart:
            output += "<app><rdg><lacunaStart/></rdg></app>"
        case .lacunaEnd:
            output += "<app><rdg><lacunaEnd/></rdg></app>"
        }
    }

    /// ` hand="#…" seq="…"` for an event.
    private mutating func writing(_ event: RevisionEvent, stage: Bool) -> String {
        var result = ""
        if let reference = handReference(event) { result += " hand=\"\(reference)\"" }
        if stage, let value = event.stage { result += " seq=\"\(value)\"" }
        return result
    }

    /// `#Serge`, or the synthesized hand for a hand with a medium or colour.
    private mutating func handReference(_ event: RevisionEvent) -> String? {
        guard event.medium != nil || event.colour != nil else {
            return event.hand.map { "#" + Self.escape($0) }
        }
        let combination = Combination(hand: event.hand, medium: event.medium, colour: event.colour)
        if let id = combinations[combination] { return "#" + id }
        var number = combinationOrder.count + 1
        while usedIDs.contains("sigla-hand-\(number)") { number += 1 }
        let id = "sigla-hand-\(number)"
        usedIDs.insert(id)
        combinations[combination] = id
        combinationOrder.append(combination)
        return "#" + id
    }

    /// Escapes for XML text and attribute values; CR, LF and tab as character references where
    /// the parser would otherwise normalize them away.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes an attribute value, keeping newlines and tabs (which attribute normalization
    /// would turn into spaces) as character references.
    static func escapeAttribute(_ text: String) -> String {
        var result = ""
        for scalar in escape(text).unicodeScalars {
            switch scalar {
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
