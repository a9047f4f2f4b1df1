/// The grammar of a printed apparatus entry, shared by every exporter:
///
/// ```
/// [Varias veces … la verdad.]] TS a.c.; del. TS (Serge, lápiz negro; in marg. «Reservar»); om. V1 — Frase suprimida…
/// post nada add. Varias veces … la verdad. TS a.c. (del. Serge, lápiz negro)
/// institutor] corr.; empleado TS — El manuscrito indica «empleado», por un lapsus de Serge.
/// ```
///
/// The lemma (shortened `first … last`, with its sign) and `]`; what the editor did
/// (`coni.`, `corr.`, `suppl. ex V1`); then the readings an apparatus of the chosen type
/// prints, separated by `; `: `om. TS`, `del. TS`, `post nada add. TEXT TS`, `transp. V1`,
/// `TEXT TS a.c.`, each followed by the revisions behind it in parentheses (hand, medium,
/// marks in the margin); then ` — ` and the editor's justification. At an insertion point
/// there is no lemma unless witnesses are named for it (positive apparatus): `nada] TS; post nada add. …`.
public struct ApparatusEntryRenderer: Sendable {
    public var conventions: ApparatusConventions
    public var terms: ApparatusTerms

    public init(conventions: ApparatusConventions) {
        self.conventions = conventions
        self.terms = conventions.terms
    }

    /// The entry without its citation and note: lemma and readings.
    ///
    /// - Complexity: O(*r*·*v*) for *r* readings and *v* revisions.
    public func body(_ entry: ApparatusEntry) -> [ApparatusPiece] {
        var pieces: [ApparatusPiece] = []
        let printed = entry.printed(conventions.type)
        let lemmaReadings = printed.filter { $0.reading.agreesWithLemma }
        let otherReadings = printed.filter { !$0.reading.agreesWithLemma }

        var clauses: [[ApparatusPiece]] = []
        // What the editor did, and the lemma's witnesses.
        var lemmaClause: [ApparatusPiece] = []
        for notation in entry.lemma.notations {
            if !lemmaClause.isEmpty { lemmaClause.append(.separator(" ")) }
            lemmaClause.append(.term(terms.term(notation)))
            if notation == .supplied, let source = entry.lemma.source {
                lemmaClause += [.separator(" "), .term(terms.from), .separator(" "), .siglum(source)]
            }
        }
        if !lemmaClause.isEmpty { clauses.append(lemmaClause) }
        for item in lemmaReadings { clauses.append(reading(item.reading, item.revisions, entry: entry)) }
        for item in otherReadings { clauses.append(reading(item.reading, item.revisions, entry: entry)) }

        let hasLemma = !entry.isInsertionPoint || !lemmaClause.isEmpty || !lemmaReadings.isEmpty
        if hasLemma {
            let shown = entry.isInsertionPoint ? (entry.lemma.anchor?.word ?? "") : entry.lemma.shortened
            pieces += [.lemma(shown), .lemmaEnd]
            if !clauses.isEmpty { pieces.append(.separator(" ")) }
        }
        for (index, clause) in clauses.enumerated() {
            if index > 0 { pieces.append(.separator("; ")) }
            pieces += clause
        }
        return pieces
    }

    /// The whole entry: citation, two spaces, body, and ` — ` with the justification.
    public func line(_ entry: ApparatusEntry) -> [ApparatusPiece] {
        var pieces: [ApparatusPiece] = [.citation(entry.citation), .separator("  ")]
        pieces += body(entry)
        if let note = note(entry) { pieces += [.separator(" — "), .note(note)] }
        return pieces
    }

    /// The editor's justification on one line, if the entry is decided.
    public func note(_ entry: ApparatusEntry) -> String? {
        guard let justification = entry.decision?.justification else { return nil }
        let line = justification.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return line.isEmpty ? nil : line
    }

    /// One reading: its notation, its text, its sigla, its revisions.
    func reading(_ reading: ApparatusReading, _ revisions: [RevisionDetail], entry: ApparatusEntry) -> [ApparatusPiece]
    {
        var pieces: [ApparatusPiece] = []
        func space() { if !pieces.isEmpty { pieces.append(.separator(" ")) } }
        let places = reading.notations.filter {
            [.margin, .topMargin, .bottomMargin, .aboveLine, .belowLine].contains($0)
        }
        if reading.notations.contains(.addition) {
            if let anchor = entry.lemma.anchor {
                pieces += [
                    .term(anchor.position == .post ? terms.post : terms.ante), .separator(" "), .text(anchor.word),
                ]
            }
            space()
            pieces.append(.term(terms.addition))
            for place in places { pieces += [.separator(" "), .term(terms.term(place))] }
            if !reading.shortened.isEmpty { pieces += [.separator(" "), .text(reading.shortened)] }
        } else if reading.notations.contains(.omission) {
            pieces.append(.term(terms.omission))
        } else if reading.notations.contains(.deletion) {
            pieces.append(.term(terms.deletion))
        } else if reading.notations.contains(.transposition) {
            if !reading.shortened.isEmpty { pieces.append(.text(reading.shortened)) }
            space()
            pieces.append(.term(terms.transposition))
        } else if !reading.agreesWithLemma {
            if !reading.shortened.isEmpty { pieces.append(.text(reading.shortened)) }
            for place in places {
                space()
                pieces.append(.term(terms.term(place)))
            }
        }
        for (index, witness) in reading.witnesses.enumerated() {
            if index == 0 { space() } else { pieces.append(.separator(terms.siglumSeparator)) }
            pieces.append(.siglum(witness.label(terms)))
        }
        let details = revisions.compactMap { detail($0, on: reading) }.filter { !$0.isEmpty }
        if !details.isEmpty {
            pieces.append(.separator(" ("))
            for (index, detail) in details.enumerated() {
                if index > 0 { pieces.append(.separator("; ")) }
                pieces += detail
            }
            pieces.append(.separator(")"))
        }
        return pieces
    }

    /// A revision as printed beside a reading: `Serge, lápiz negro` under `del.`,
    /// `del. Serge, lápiz negro` elsewhere, `in marg. «Reservar»`.
    func detail(_ detail: RevisionDetail, on reading: ApparatusReading) -> [ApparatusPiece]? {
        let agents = detail.agents(terms)
        func labelled(_ term: String, unless notation: ApparatusNotation) -> [ApparatusPiece] {
            if reading.notations.contains(notation) { return agents.isEmpty ? [] : [.text(agents)] }
            return agents.isEmpty ? [.term(term)] : [.term(term), .separator(" "), .text(agents)]
        }
        switch detail.kind {
        case .deletion:
            return labelled(terms.deletion, unless: .deletion)
        case .addition:
            return labelled(terms.addition, unless: .addition)
        case .substitution:
            return agents.isEmpty ? nil : [.text(agents)]
        case .restoration:
            return agents.isEmpty
                ? [.term(terms.restoration)] : [.term(terms.restoration), .separator(" "), .text(agents)]
        case .metamark:
            let place = detail.place.flatMap(RevisionEvent.Placement.init(rawValue:)).flatMap { ApparatusNotation($0) }
            let quoted = ApparatusPiece.quoted(detail.text ?? "")
            return place.map { [.term(terms.term($0)), .separator(" "), quoted] } ?? [quoted]
        case .uncertain:
            return [.term(terms.uncertain), .separator(" "), .text(detail.text ?? "")]
        }
    }
}
