/// Writes a ``Transcription`` as canonical Sigla markup.
///
/// Canonical: hand declarations first, attributes in a fixed order (hand, medium, colour, stage,
/// place, placed-by, prefer, by), values quoted only when they must be, defaults left out, and
/// only the characters that would otherwise be read as markup escaped (`\\`, `\{`, `\}`, `\[`
/// right after a mark, `\~>` in a substitution's old text, `\|` in alternatives).
struct MarkupSerializer {
    private var output = ""

    static func serialize(_ transcription: Transcription) -> String {
        var serializer = MarkupSerializer()
        for hand in transcription.hands {
            var attributes = [("id", hand.id)]
            if let description = hand.description { attributes.append(("description", description)) }
            serializer.output += "{::hand::}"
            serializer.writeAttributes(attributes)
            serializer.output += "\n"
        }
        serializer.write(transcription.nodes, inOldText: false)
        return serializer.output
    }

    private mutating func write(_ nodes: [TranscriptionNode], inOldText: Bool) {
        var afterMark = false
        for node in nodes {
            switch node {
            case .text(let text, _):
                output += Self.escape(text, afterMark: afterMark, inOldText: inOldText)
                afterMark = false
            case .event(let event):
                write(event)
                afterMark = true
            }
        }
    }

    private mutating func write(_ event: RevisionEvent) {
        var attributes: [(String, String)] = []
        if let hand = event.hand { attributes.append(("hand", hand)) }
        if let medium = event.medium { attributes.append(("medium", medium)) }
        if let colour = event.colour { attributes.append(("colour", colour)) }
        if let stage = event.stage { attributes.append(("stage", String(stage))) }
        switch event.kind {
        case .deletion(let nodes):
            output += "{--"
            write(nodes, inOldText: false)
            output += "--}"
        case .restoration(let nodes):
            output += "{^^"
            write(nodes, inOldText: false)
            output += "^^}"
        case .addition(let nodes, let place, let placedBy):
            output += "{++"
            write(nodes, inOldText: false)
            output += "++}"
            if let place { attributes.append(("place", place.rawValue)) }
            if let placedBy { attributes.append(("placed-by", placedBy.rawValue)) }
        case .substitution(let deleted, let added, let place):
            output += "{~~"
            write(deleted, inOldText: true)
            output += "~>"
            write(added, inOldText: false)
            output += "~~}"
            if let place { attributes.append(("place", place.rawValue)) }
        case .uncertain(let alternatives, let preferred):
            output += "{??" + alternatives.map { Self.escapeRaw($0, bar: true) }.joined(separator: "|") + "??}"
            if preferred != 0 { attributes.append(("prefer", String(preferred + 1))) }
        case .illegible(let extent):
            output += "{##" + Self.escapeRaw(extent ?? "", bar: false) + "##}"
        case .metamark(let text, let place):
            output += "{!!" + Self.escapeRaw(text, bar: false) + "!!}"
            if let place { attributes.append(("place", place.rawValue)) }
        case .note(let text, let by, let place):
            output += "{>>" + Self.escapeRaw(text, bar: false) + "<<}"
            if by != .transcriber { attributes.insert(("by", by.rawValue), at: 0) }
            if let place { attributes.append(("place", place.rawValue)) }
        case .lacunaStart: output += "{::lacuna-start::}"
        case .lacunaEnd: output += "{::lacuna-end::}"
        case .handShift: output += "{::hand-shift::}"
        }
        if !attributes.isEmpty { writeAttributes(attributes) }
    }

    private mutating func writeAttributes(_ attributes: [(String, String)]) {
        output += "["
        output += attributes.map { name, value in "\(name)=\(Self.quoteIfNeeded(value))" }.joined(separator: " ")
        output += "]"
    }

    private static func quoteIfNeeded(_ value: String) -> String {
        let bare =
            !value.isEmpty
            && !value.unicodeScalars.contains {
                $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\"" || $0 == "[" || $0 == "]"
                    || $0 == "\\"
            }
        if bare { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { quoted.unicodeScalars.append("\\") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// Escapes text between marks.
    private static func escape(_ text: String, afterMark: Bool, inOldText: Bool) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "{", "}": result.append("\\")
            case "[" where offset == 0 && afterMark: result.append("\\")
            case "~" where inOldText && offset + 1 < scalars.count && scalars[offset + 1] == ">": result.append("\\")
            default: break
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// Escapes the plain text inside a note, metamark, illegible or uncertain mark.
    private static func escapeRaw(_ text: String, bar: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar == "{" || scalar == "}" || (bar && scalar == "|") { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }
}
