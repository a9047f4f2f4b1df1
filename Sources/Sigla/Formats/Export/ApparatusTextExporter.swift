/// Writes the apparatus as a reviewer reads it: by chapter, one entry per line, in plain
/// text or in Markdown (abbreviations in italics, the text escaped so that `*`, `_`, `[`,
/// `<`, `&` and the like print as themselves).
///
/// ```
/// I. El mundo sin evasión posible
///
/// I.2a  [Varias veces … la verdad.]] TS a.c.; del. TS (Serge, lápiz negro); om. V1 — Frase suprimida…
/// ```
///
/// See `Docs/apparatus.md` for the typography.
public struct ApparatusTextExporter: Sendable {
    public enum Style: String, Sendable, CaseIterable {
        case text, markdown
    }

    public var style: Style

    public init(style: Style) {
        self.style = style
    }

    /// The document's apparatus: title, sigla, then each section with entries, one line
    /// per entry.
    ///
    /// - Complexity: O(*e*·*r*) for *e* entries of *r* readings.
    public func export(_ document: ApparatusDocument) -> String {
        let renderer = ApparatusEntryRenderer(conventions: document.conventions)
        let terms = renderer.terms
        var out = ""
        let markdown = style == .markdown
        out += markdown ? "# \(Self.markdownEscaped(document.title))\n\n" : "\(document.title)\n"
        out += markdown ? "*\(terms.apparatus)*\n\n" : "\(terms.apparatus)\n\n"

        out += markdown ? "## \(terms.sigla)\n\n" : "\(terms.sigla)\n"
        for witness in document.witnesses {
            out += siglumLine(witness.siglum, witness.summary, indent: 0)
            for state in witness.labelledStates(terms) {
                out += siglumLine(state.label, state.description, indent: 1)
            }
        }

        var bySection: [SectionID: [ApparatusEntry]] = [:]
        for entry in document.entries { bySection[entry.section, default: []].append(entry) }
        for section in document.sections {
            guard let entries = bySection[section.id], !entries.isEmpty else { continue }
            let heading = section.title ?? section.id.rawValue
            out += markdown ? "\n## \(Self.markdownEscaped(heading))\n\n" : "\n\(heading)\n\n"
            for entry in entries {
                let pieces = renderer.line(entry)
                out += markdown ? "- " + Self.markdown(pieces) + "\n" : pieces.plainText + "\n"
            }
        }
        return out
    }

    private func siglumLine(_ siglum: String, _ about: String, indent: Int) -> String {
        switch style {
        case .text:
            return String(repeating: "  ", count: indent + 1) + siglum + "  " + about.oneLine + "\n"
        case .markdown:
            return String(repeating: "  ", count: indent) + "- **\(Self.markdownEscaped(siglum))** "
                + Self.markdownEscaped(about.oneLine) + "\n"
        }
    }

    /// The pieces as a Markdown line: the citation bold, abbreviations italic.
    static func markdown(_ pieces: [ApparatusPiece]) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .citation(let text): out += "**\(markdownEscaped(text))**"
            case .lemma(let text), .siglum(let text), .text(let text), .note(let text):
                out += markdownEscaped(text.oneLine)
            case .lemmaEnd: out += "\\]"
            case .term(let text): out += "*\(markdownEscaped(text))*"
            case .quoted(let text): out += "«\(markdownEscaped(text.oneLine))»"
            case .separator(let text): out += text
            }
        }
        return out
    }

    /// Text that Markdown prints as it is: a backslash before each character Markdown
    /// could read as markup (emphasis, links, code, HTML, entities, line-start markers).
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "#", "|", "{", "}", "!", "$":
                out.append("\\")
                out.append(character)
            default:
                out.append(character)
            }
        }
        return out
    }
}

extension String {
    /// The text on one line: line breaks and runs of white space made single spaces.
    var oneLine: String {
        guard contains(where: \.isNewline) || contains("  ") else { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
