/// Writes the edition as a complete LaTeX document for reledmac: the established text
/// with line numbers, the critical apparatus at the foot of the page (series A) and the
/// editor's notes below it (series B).
///
/// ```latex
/// \section*{I. El mundo sin evasión posible}
/// \beginnumbering
/// \pstart
/// No poseo nada. \edtext{{[}Varias veces he sido … la verdad.{]}}{\lemma{{[}Varias veces … la verdad.{]}}%
///   \Afootnote{\emph{TS a.c.}; \emph{del.} \emph{TS} (Serge, lápiz negro; \emph{in marg.} «Reservar»)}%
///   \Bfootnote{Frase suprimida por Serge, pero conservada por ser exacta.}}
/// \pend
/// \endnumbering
/// ```
///
/// Each section is numbered on its own (`\beginnumbering … \endnumbering`) and each
/// paragraph is one `\pstart … \pend`, which keeps reledmac's memory bounded on a whole
/// book. An insertion point is marked on the word it is anchored on; lemmata inside
/// other lemmata nest (`\edtext` inside `\edtext`). Every character of the text is escaped.
/// Compiles with `pdflatex` (twice, for the line numbers) and `lualatex`.
public struct LaTeXApparatusExporter: Sendable {
    public init() {}

    /// The LaTeX document.
    ///
    /// - Complexity: O(*n* + *e*·*r*) for a text of length *n* and *e* entries of *r* readings.
    public func export(_ document: ApparatusDocument) -> String {
        let renderer = ApparatusEntryRenderer(conventions: document.conventions)
        let terms = renderer.terms
        func e(_ text: String) -> String { LaTeXText.escaped(text) }
        var out = """
            % Exported by \(document.provenance.generator)\(document.provenance.commit.map { " from commit \($0)" } ?? "").
            \\documentclass{article}
            \\usepackage[utf8]{inputenc}
            \\usepackage[T1]{fontenc}
            \\usepackage{lmodern}
            \\usepackage[series={A,B}]{reledmac}
            \\firstlinenum{5}
            \\linenumincrement{5}
            \\Xarrangement[A]{paragraph}
            \\Xarrangement[B]{paragraph}
            \\title{\(e(document.title))}
            \\author{\(document.editors.map { e($0.name) }.joined(separator: " \\and "))}
            \\date{}
            \\begin{document}
            \\maketitle

            """
        if let notes = document.notes?.trimmingWhitespace(), !notes.isEmpty { out += e(notes) + "\n\n" }
        if !document.witnesses.isEmpty {
            out += "\\section*{\(e(terms.sigla))}\n\\begin{description}\n"
            for witness in document.witnesses {
                out += "\\item[\\emph{\(e(witness.siglum))}] \(e(witness.summary))\n"
                for state in witness.labelledStates(terms) {
                    out += "\\item[\\quad\\emph{\(e(state.label))}] \(e(state.description))\n"
                }
            }
            out += "\\end{description}\n"
        }

        var bySection: [SectionID: [ApparatusEntry]] = [:]
        for entry in document.entries { bySection[entry.section, default: []].append(entry) }
        for section in document.sections {
            let layout = InlineApparatusLayout(section: section, entries: bySection[section.id] ?? [])
            out += "\n\\section*{\(e(section.title ?? section.id.rawValue))}\n"
            guard !layout.paragraphs.isEmpty else { continue }
            out += "\\beginnumbering\n"
            func plain(_ range: Range<Int>) -> String { e(section.text(TextRange(range))) }
            for paragraph in layout.paragraphs {
                out += "\\pstart\n"
                out += InlineApparatusLayout.render(
                    paragraph.range, paragraph.nodes, text: plain,
                    mark: { node, content in edtext(node, content, renderer: renderer) })
                out += "\n\\pend\n"
            }
            out += "\\endnumbering\n"
        }
        out += "\n\\end{document}\n"
        return out
    }

    /// One `\edtext`: the marked text, the lemma as printed, the readings (series A) and
    /// the justification (series B).
    func edtext(_ node: InlineApparatusLayout.Node, _ content: String, renderer: ApparatusEntryRenderer) -> String {
        let entry = node.entry
        var body = renderer.body(entry)
        // reledmac prints the lemma and its bracket itself.
        if let end = body.firstIndex(of: .lemmaEnd) {
            body.removeSubrange(...end)
            if case .separator = body.first { body.removeFirst() }
        }
        let lemma: String
        if entry.isInsertionPoint {
            lemma = entry.lemma.anchor?.word ?? ""
        } else {
            lemma = entry.lemma.shortened
        }
        var out = "\\edtext{\(content)}{\\lemma{\(LaTeXText.escaped(lemma.oneLine))}"
        let readings = Self.latex(body)
        if !readings.isEmpty { out += "%\n  \\Afootnote{\(readings)}" }
        if let note = renderer.note(entry) { out += "%\n  \\Bfootnote{\(LaTeXText.escaped(note))}" }
        if readings.isEmpty && renderer.note(entry) == nil {
            // A footnote keeps the entry visible even when nothing is printed beside the lemma.
            out += "\\Afootnote{}"
        }
        return out + "}"
    }

    /// The pieces in LaTeX: words of the apparatus and sigla in italics.
    static func latex(_ pieces: [ApparatusPiece]) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .citation(let text), .lemma(let text), .text(let text), .note(let text), .separator(let text):
                out += LaTeXText.escaped(text.oneLine)
            case .lemmaEnd: out += "{]}"
            case .term(let text), .siglum(let text): out += "\\emph{\(LaTeXText.escaped(text))}"
            case .quoted(let text): out += "«\(LaTeXText.escaped(text.oneLine))»"
            }
        }
        return out
    }
}
