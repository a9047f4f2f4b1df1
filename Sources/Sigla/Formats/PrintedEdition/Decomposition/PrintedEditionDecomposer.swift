/// Takes a printed critical edition apart into the witnesses its editorial notes describe and
/// the editor's decisions, one per note — so that the base witness after revision, with every
/// decision applied, gives the printed text back, brackets included.
///
/// The base witness (`TS`) is the printed body with each intervention undone, as its note
/// describes it: a passage the editor kept though the author struck it becomes the author's
/// deletion (with its medium and marginal mark); a sentence suppressed, likewise; a slip the
/// editor emended reads as the author wrote it; a passage brought in from the first version is
/// not there (it is in `V1`); a factual error the note only annotates stays. `V1` holds, as a
/// fragmentary witness, what the notes quote from the first version and what the edition brings
/// in from it. The wording of the notes decides each case through a ``DecompositionRules``
/// table, with per-note overrides where the wording is irregular.
///
/// Pure: no I/O.
///
/// ```swift
/// let edition = try PrintedEditionImporter().importEdition(text: text, fileName: "memorias.txt")
/// let sample = try PrintedEditionDecomposer().decompose(edition)
/// for (path, contents) in sample.files { … }   // witnesses/TS.txt, decisions.yaml, …
/// ```
public struct PrintedEditionDecomposer: Sendable {
    /// The rules table the notes are read with.
    public var rules: DecompositionRules

    /// Creates a decomposer.
    ///
    /// - Parameter rules: the notes' wording; by default the seed edition's (Spanish).
    public init(rules: DecompositionRules = .memorias) {
        self.rules = rules
    }

    /// Takes an edition apart.
    ///
    /// - Parameter edition: an imported printed edition, its editorial notes bound to the text
    ///   they govern.
    /// - Returns: the witnesses, the decisions (one per editorial note) and the manifest.
    /// - Throws: ``DecompositionError`` naming the note the rules could not read.
    /// - Complexity: O(*n* · *e*) for *n* scalars of text and *e* editorial notes.
    public func decompose(_ edition: PrintedEdition) throws(DecompositionError) -> PrintedEditionDecomposition {
        let planner = try NotePlanner(rules: rules)
        var baseNodes: [TranscriptionNode] = [.event(RevisionEvent(.note(rules.base.heading))), .text("\n\n")]
        var decisions: [ReconstructedDecision] = []
        var treatments: [String: NoteTreatment] = [:]
        var fragments: [(chapter: PrintedChapter, fragment: NotePlan.WitnessFragment)] = []
        for (index, chapter) in edition.chapters.enumerated() {
            let text = Array(chapter.content.text.unicodeScalars)
            var plans: [NotePlan] = []
            for note in chapter.content.editorialNotes {
                let plan = try planner.plan(note, id: "\(chapter.numeral).\(note.number)", text: text)
                plans.append(plan)
                treatments[plan.id] = plan.treatment
                if let fragment = plan.fragment { fragments.append((chapter, fragment)) }
            }
            let edits = plans.flatMap { [$0.edit, $0.insertion].compactMap(\.self) }
            let builder = ChapterTranscriptionBuilder(text: text, edits: edits)
            var body = builder.nodes(for: 0..<text.count)
            while case .text(let last, _)? = body.last, last.hasSuffix("\n") {
                body[body.count - 1] = .text(last.trimmingTrailingWhitespace())
            }
            let chapterNodes: [TranscriptionNode] = [.text("# \(chapter.numeral). \(chapter.title)\n\n")] + body
            if index > 0 { baseNodes.append(.text("\n\n")) }
            baseNodes += chapterNodes
            let chapterFragments = plans.compactMap(\.fragment)
            let resolver = PlaceResolver(
                rules: rules, text: text, builder: builder, blocked: edits.map(\.range).filter { !$0.isEmpty },
                chapter: Transcription(nodes: chapterNodes),
                firstVersion: chapterFragments.map { $0.text.replacingParagraphBreaks() }.joined(separator: "\n\n"))
            let ordered = plans.enumerated().sorted { lhs, rhs in
                (lhs.element.order, lhs.offset) < (rhs.element.order, rhs.offset)
            }
            for (_, plan) in ordered { decisions.append(try resolver.decision(for: plan)) }
        }
        baseNodes.append(.text("\n"))
        let base = Transcription(nodes: baseNodes, hands: [rules.hand])
        return PrintedEditionDecomposition(
            base: base, firstVersion: firstVersion(fragments), decisions: decisions, treatments: treatments,
            manifest: manifest())
    }

    /// `V1`: under each chapter heading, the fragments in text order, between lacunae.
    private func firstVersion(_ fragments: [(chapter: PrintedChapter, fragment: NotePlan.WitnessFragment)])
        -> Transcription
    {
        var nodes: [TranscriptionNode] = [.event(RevisionEvent(.note(rules.firstVersion.heading)))]
        let gap: [TranscriptionNode] = [.event(RevisionEvent(.lacunaStart)), .event(RevisionEvent(.lacunaEnd))]
        var current: Int?
        for (chapter, fragment) in fragments.sorted(by: {
            ($0.chapter.number, $0.fragment.offset) < ($1.chapter.number, $1.fragment.offset)
        }) {
            if current != chapter.number {
                nodes += [.text("\n\n# \(chapter.numeral). \(chapter.title)\n\n")] + gap
                current = chapter.number
            }
            nodes.append(.text("\n\n" + fragment.text.replacingParagraphBreaks()))
            if let note = fragment.note { nodes.append(.event(RevisionEvent(.note(note)))) }
            nodes += [.text("\n\n")] + gap
        }
        nodes.append(.text("\n"))
        return Transcription(nodes: nodes)
    }

    private func manifest() -> SampleEditionManifest {
        let witnesses = [rules.base, rules.firstVersion].map {
            SampleEditionManifest.WitnessEntry(
                siglum: $0.siglum, file: $0.file, title: $0.title, kind: $0.kind, date: $0.date, note: $0.note)
        }
        let edition = rules.edition
        return SampleEditionManifest(
            title: edition.title, author: edition.author, editor: edition.editor, source: edition.source,
            reconstructed: edition.reconstructed, cite: edition.cite, base: rules.base.siglum, witnesses: witnesses,
            decisions: "decisions.yaml")
    }
}

extension String {
    /// One `\n` between paragraphs (the importer's) becomes a blank line (the markup's).
    func replacingParagraphBreaks() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n")
    }
}
