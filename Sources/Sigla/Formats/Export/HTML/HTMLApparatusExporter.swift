import Foundation

/// Writes the edition as one self-contained HTML page for readers (inline style and
/// script, nothing fetched from the network):
///
/// - the reading text by section, restored passages with the edition's sign;
/// - each variant location marked (`<span class="app" tabindex="0">`), its apparatus
///   entry shown beside it on hover, focus or tap, and listed at the foot of the section;
/// - the witnesses side by side (a table of every entry's readings per witness), on request;
/// - a heat map of variation density: each sentence shaded by the number of entries in it;
/// - a blame view: click a sentence (or press Enter on it) to see its witness, the
///   decision, the editor, the date, the commit and the justification.
///
/// Works with the keyboard alone (Tab to a mark or a sentence, Enter, Escape) and on a
/// phone (one column, the tables scroll).
public struct HTMLApparatusExporter: Sendable {
    public init() {}

    /// The page.
    ///
    /// - Complexity: O(*n* + *e*·(*r* + log *s*)) for a text of length *n*, *e* entries of
    ///   *r* readings and *s* sentences.
    public func export(_ document: ApparatusDocument) -> String {
        let renderer = ApparatusEntryRenderer(conventions: document.conventions)
        let terms = renderer.terms
        func e(_ text: String) -> String { HTMLText.escaped(text) }
        var out = """
            <!DOCTYPE html>
            <html\(Self.languageAttribute(document))>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(e(document.provenance.generator))\(document.provenance.commit.map { " " + $0 } ?? "")">
            <title>\(e(document.title))</title>
            <style>
            \(HTMLPage.style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(e(document.title))</h1>

            """
        if !document.editors.isEmpty {
            out += "<p class=\"editors\">\(document.editors.map { e($0.name) }.joined(separator: ", "))</p>\n"
        }
        if let notes = document.notes?.trimmingWhitespace(), !notes.isEmpty {
            out += "<p class=\"notes\">\(e(notes))</p>\n"
        }
        out += """
            <nav class="views" aria-label="Views">
            <label><input type="checkbox" id="heat"> Heat map of variation</label>
            <label><input type="checkbox" id="sbs"> Witnesses side by side</label>
            <span>Click a sentence (or Enter) for its history.</span>
            </nav>
            <h2>\(e(terms.sigla))</h2>
            <dl class="sigla">

            """
        for witness in document.witnesses {
            out += "<dt>\(e(witness.siglum))</dt><dd>\(e(witness.summary))</dd>\n"
            for state in witness.labelledStates(terms) {
                out += "<dt>\(e(state.label))</dt><dd>\(e(state.description))</dd>\n"
            }
        }
        out += "</dl>\n</header>\n<main>\n"

        var ids: [LocationID: String] = [:]
        for (index, entry) in document.entries.enumerated() where ids[entry.location] == nil {
            ids[entry.location] = "e\(index + 1)"
        }
        var bySection: [SectionID: [ApparatusEntry]] = [:]
        for entry in document.entries { bySection[entry.section, default: []].append(entry) }
        var blame: [String: [BlamePart]] = [:]
        let decisions = Dictionary(
            document.entries.compactMap { entry in entry.decision.map { (entry.location, $0) } },
            uniquingKeysWith: { first, _ in first })

        for section in document.sections {
            let entries = bySection[section.id] ?? []
            out += "<section class=\"chapter\" id=\"s-\(HTMLText.token(section.id.rawValue))\">\n"
            out += "<h2>\(e(section.title ?? section.id.rawValue))</h2>\n"
            let layout = InlineApparatusLayout(section: section, entries: entries)
            let sentences = section.sentences
            let heat = Self.heat(sentences, entries)
            for sentence in sentences {
                blame[sentence.citation] = sentence.parts.map { part in
                    BlamePart(
                        source: part.source,
                        words: LemmaShortener.lemma.shortened(
                            section.text(part.range)),
                        location: part.location?.description,
                        decision: part.location.flatMap { decisions[$0] }.map(BlameDecision.init))
                }
            }
            var opened: Set<Int> = []
            for paragraph in layout.paragraphs {
                out += "<p>"
                out += InlineApparatusLayout.render(
                    paragraph.range, paragraph.nodes,
                    text: { range in
                        Self.sentenceFragments(
                            range, section: section, sentences: sentences, heat: heat, opened: &opened)
                    },
                    mark: { node, content in
                        let id = ids[node.entry.location] ?? "e"
                        var classes = "app"
                        if node.entry.decision?.sign == .brackets { classes += " restored" }
                        if node.range.isEmpty { classes += " point" }
                        return "<span class=\"\(classes)\" id=\"a-\(id)\" data-e=\"\(id)\" tabindex=\"0\" "
                            + "role=\"button\" aria-describedby=\"\(id)\" "
                            + "data-loc=\"\(e(node.entry.location.description))\">\(content)</span>"
                    })
                out += "</p>\n"
            }
            guard !entries.isEmpty else {
                out += "</section>\n"
                continue
            }
            out += Self.witnessTable(entries, document: document, terms: terms, ids: ids)
            out += "<ol class=\"apparatus\" aria-label=\"\(e(terms.apparatus))\">\n"
            for entry in entries {
                let id = ids[entry.location] ?? "e"
                out += "<li id=\"\(id)\">\(Self.html(renderer.line(entry), anchor: "a-" + id))</li>\n"
            }
            out += "</ol>\n</section>\n"
        }
        out += "</main>\n<div id=\"pop\" role=\"tooltip\" hidden></div>\n"
        out += "<aside id=\"blame\" aria-live=\"polite\" hidden></aside>\n"
        out += "<script type=\"application/json\" id=\"blame-data\">\(Self.json(blame))</script>\n"
        out += "<script>\n\(HTMLPage.script)\n</script>\n</body>\n</html>\n"
        return out
    }

    /// Where a stretch of a sentence comes from, for the blame view.
    struct BlamePart: Encodable {
        var source: String
        /// The stretch's words, shortened `first … last`.
        var words: String
        var location: String?
        var decision: BlameDecision?
    }

    struct BlameDecision: Encodable {
        var category: String
        var action: String
        var editor: String
        var date: String
        var commit: String?
        var justification: String

        init(_ decision: ApparatusDecision) {
            category = decision.category.rawValue
            action = decision.action.rawValue
            editor = decision.editorName
            date = decision.date
            commit = decision.commit
            justification = decision.justification
        }
    }

    /// JSON safe inside `<script>`: `<` escaped so that no `</script>` closes it early.
    static func json(_ blame: [String: [BlamePart]]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(blame) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// For each sentence, how many entries touch it.
    ///
    /// - Complexity: O(*e*·(log *s* + *k*)) for *k* sentences per entry.
    static func heat(_ sentences: [ApparatusSentence], _ entries: [ApparatusEntry]) -> [Int] {
        var counts = Array(repeating: 0, count: sentences.count)
        for entry in entries {
            // The first sentence that ends at or after the entry's start.
            var low = 0
            var high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid].range.end < entry.range.start { low = mid + 1 } else { high = mid }
            }
            var index = low
            while index < sentences.count, sentences[index].range.start <= max(entry.range.start, entry.range.end - 1) {
                counts[index] += 1
                index += 1
                if entry.range.isEmpty { break }
            }
        }
        return counts
    }

    /// A stretch of text cut at sentence edges, each piece in its sentence's span (shaded
    /// for the heat map, focusable once per sentence for the blame view).
    static func sentenceFragments(
        _ range: Range<Int>, section: ApparatusSection, sentences: [ApparatusSentence], heat: [Int],
        opened: inout Set<Int>
    ) -> String {
        var out = ""
        var position = range.lowerBound
        while position < range.upperBound {
            // The sentence holding `position`, or the next one.
            var low = 0
            var high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid].range.end <= position { low = mid + 1 } else { high = mid }
            }
            guard low < sentences.count, sentences[low].range.start < range.upperBound else {
                out += HTMLText.escaped(section.text(TextRange(position..<range.upperBound)))
                break
            }
            let sentence = sentences[low]
            if sentence.range.start > position {
                out += HTMLText.escaped(section.text(TextRange(position..<sentence.range.start)))
                position = sentence.range.start
            }
            let end = min(range.upperBound, sentence.range.end)
            let level = min(heat[low], 3)
            let focus = opened.insert(low).inserted ? " tabindex=\"0\"" : ""
            out += "<span class=\"s h\(level)\" data-s=\"\(HTMLText.escaped(sentence.citation))\"\(focus)>"
            out += HTMLText.escaped(section.text(TextRange(position..<end))) + "</span>"
            position = end
        }
        return out
    }

    /// The entries' readings, one row per entry, one column per witness.
    static func witnessTable(
        _ entries: [ApparatusEntry], document: ApparatusDocument, terms: ApparatusTerms, ids: [LocationID: String]
    ) -> String {
        func e(_ text: String) -> String { HTMLText.escaped(text) }
        var out = "<div class=\"table-wrap\"><table class=\"witnesses\">\n<thead><tr><th scope=\"col\">#</th>"
        out += "<th scope=\"col\">Text</th>"
        for witness in document.witnesses { out += "<th scope=\"col\">\(e(witness.siglum))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for entry in entries {
            let id = ids[entry.location] ?? "e"
            let lemma = entry.isInsertionPoint ? "" : entry.lemma.shortened
            out += "<tr><th scope=\"row\"><a href=\"#a-\(id)\">\(e(entry.citation))</a></th><td>\(e(lemma))</td>"
            for witness in document.witnesses {
                var cells: [String] = []
                for reading in entry.readings {
                    let refs = reading.witnesses.filter { $0.siglum == witness.siglum }
                    guard !refs.isEmpty else { continue }
                    let label =
                        refs.contains { $0.correction == nil }
                        ? "" : refs.map { $0.label(terms) }.joined(separator: ", ")
                    var text = e(reading.shortened)
                    if reading.text.isEmpty {
                        text = "<i>\(e(terms.term(reading.notations.contains(.deletion) ? .deletion : .omission)))</i>"
                    }
                    cells.append(label.isEmpty ? text : "<span class=\"sig\">\(e(label))</span>: \(text)")
                }
                out += "<td>\(cells.joined(separator: "<br>"))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        return out
    }

    /// The pieces of an entry in HTML; the citation links back to the mark in the text.
    static func html(_ pieces: [ApparatusPiece], anchor: String) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .citation(let text): out += "<a class=\"cit\" href=\"#\(anchor)\">\(HTMLText.escaped(text))</a>"
            case .lemma(let text): out += "<span class=\"lem\">\(HTMLText.escaped(text.oneLine))</span>"
            case .lemmaEnd: out += "]"
            case .term(let text): out += "<span class=\"term\">\(HTMLText.escaped(text))</span>"
            case .siglum(let text): out += "<span class=\"sig\">\(HTMLText.escaped(text))</span>"
            case .text(let text), .separator(let text): out += HTMLText.escaped(text.oneLine)
            case .quoted(let text): out += "«\(HTMLText.escaped(text.oneLine))»"
            case .note(let text): out += "<span class=\"note\">\(HTMLText.escaped(text))</span>"
            }
        }
        return out
    }

    /// The page's language where the apparatus words say it (Latin ones do not say the text's).
    static func languageAttribute(_ document: ApparatusDocument) -> String {
        switch document.conventions.language {
        case .english: " lang=\"en\""
        case .spanish: " lang=\"es\""
        case .latin: ""
        }
    }
}
