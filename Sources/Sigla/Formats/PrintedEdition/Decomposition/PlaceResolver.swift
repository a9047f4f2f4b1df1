/// Turns the planned places of a chapter's notes into decisions: chooses each `at` phrase so
/// that it occurs exactly once in the text the decision is applied to.
struct PlaceResolver {
    let rules: DecompositionRules
    let finder: PhraseFinder
    let builder: ChapterTranscriptionBuilder
    /// The chapter's printed text, and its base witness after and before revision.
    let printed: OccurrenceCounter
    let afterRevision: OccurrenceCounter
    let beforeRevision: OccurrenceCounter
    /// The chapter's base witness after each revision stage.
    let stages: [Int: OccurrenceCounter]
    /// The chapter's fragments of the first version.
    let firstVersion: OccurrenceCounter

    init(
        rules: DecompositionRules, text: [Unicode.Scalar], builder: ChapterTranscriptionBuilder,
        blocked: [Range<Int>], chapter: Transcription, firstVersion: String
    ) {
        self.rules = rules
        self.finder = PhraseFinder(text: text, blocked: blocked)
        self.builder = builder
        self.printed = OccurrenceCounter(String(scalars: text))
        self.afterRevision = OccurrenceCounter(chapter.state(.afterRevision).text)
        self.beforeRevision = OccurrenceCounter(chapter.state(.beforeRevision).text)
        var stages: [Int: OccurrenceCounter] = [:]
        for stage in chapter.stages { stages[stage] = OccurrenceCounter(chapter.state(.afterStage(stage)).text) }
        self.stages = stages
        self.firstVersion = OccurrenceCounter(firstVersion)
    }

    private func counter(for state: WitnessState) -> OccurrenceCounter {
        switch state {
        case .beforeRevision: beforeRevision
        case .afterRevision: afterRevision
        case .afterStage(let stage): stages[stage] ?? afterRevision
        }
    }

    private static func render(_ nodes: [TranscriptionNode], _ state: WitnessState) -> String {
        Transcription(nodes: nodes).state(state).text
    }

    /// Whether a phrase occurs once in `primary` and at most once in the other states.
    private func isUnique(_ phrase: String, in primary: OccurrenceCounter) -> Bool {
        primary.count(phrase) == 1 && printed.count(phrase) <= 1 && afterRevision.count(phrase) <= 1
            && beforeRevision.count(phrase) <= 1
    }

    /// The base state a phrase of the base is sought in: after revision, unless the place is
    /// inside a passage only the text before revision reads.
    private func baseState(reading core: String) -> OccurrenceCounter {
        afterRevision.count(core, limit: 1) > 0 || core.isEmpty ? afterRevision : beforeRevision
    }

    func decision(for plan: NotePlan) throws(DecompositionError) -> ReconstructedDecision {
        let own = plan.edit?.range
        let at: String
        let action: ReconstructedDecision.Action
        var adopt: String?
        var text: String?
        var from: String?
        switch plan.place {
        case .adoptState(let state, let reading, let leftLimit):
            let rendered = Self.render(builder.nodes(for: reading), state)
            let firstParagraph = rendered.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            let words = firstParagraph.split(separator: " ").map(String.init)
            let seed = PhraseFinder.Seed(
                core: words.prefix(10).joined(separator: " "), moreWords: Array(words.dropFirst(10)),
                left: leftLimit, own: own, leftFirst: false)
            at = try resolvedCore(plan, seed: seed, primary: counter(for: state))
            action = .adopt
            adopt = "\(rules.base.siglum)-\(state.suffix)"
        case .adoptOmission(let state, let offset):
            let seed = PhraseFinder.Seed(core: "", right: offset, own: own, minimumWords: 6)
            at = try resolvedCore(plan, seed: seed, primary: counter(for: state))
            action = .adopt
            adopt = "\(rules.base.siglum)-\(state.suffix)"
        case .adoptWitness(let siglum, let reading):
            guard firstVersion.count(reading) == 1 else {
                throw .noUniquePhrase(note: plan.id, phrase: reading)
            }
            at = reading
            action = .adopt
            adopt = siglum
        case .emend(let range, let base):
            let core = Self.render(base, .afterRevision)
            let printedCore = String(scalars: finder.text[range])
            let seed = PhraseFinder.Seed(core: core, left: range.lowerBound, right: range.upperBound, own: own)
            let primary = baseState(reading: core)
            let growth = try finder.grow(seed, note: plan.id) { growth, core in
                isUnique(growth.around(core), in: primary) && printed.count(growth.around(printedCore)) == 1
            }
            at = growth.around(core)
            text = growth.around(printedCore)
            action = .emend
        case .supply(let leftLimit, let base, let supplied, let witness):
            let core = Self.render(base, .afterRevision)
            let seed = PhraseFinder.Seed(core: core, left: leftLimit, own: own, minimumWords: core.isEmpty ? 6 : 1)
            at = try resolvedCore(plan, seed: seed, primary: baseState(reading: core))
            text = supplied
            from = witness
            action = .supply
        case .keep(let range):
            let core = Self.render(builder.nodes(for: range), .afterRevision)
            let seed = PhraseFinder.Seed(core: core, left: range.lowerBound, right: range.upperBound, own: own)
            at = try resolvedCore(plan, seed: seed, primary: baseState(reading: core))
            action = .keep
        }
        return ReconstructedDecision(
            note: plan.id, at: at, action: action, adopt: adopt, text: text, from: from, sign: plan.sign,
            category: plan.category, because: plan.note.text, editor: rules.editor, date: rules.date)
    }

    private func resolvedCore(_ plan: NotePlan, seed: PhraseFinder.Seed, primary: OccurrenceCounter)
        throws(DecompositionError) -> String
    {
        var core = seed.core
        let growth = try finder.grow(seed, note: plan.id) { growth, grown in
            core = grown
            return isUnique(growth.around(grown), in: primary)
        }
        return growth.around(core)
    }
}
