import Foundation
import GitStore

extension Edition {
    /// The edition's apparatus criticus as one value: title, editors, witnesses and their
    /// states, the established text by section and sentence, and an entry for every
    /// variant location and every decision, with the revisions on the page behind each
    /// reading and each decision's provenance (editor, date, commit).
    ///
    /// An edition with no decisions gives an apparatus of its variants (every entry
    /// undecided, the lemma the base text's reading).
    ///
    /// - Parameter conventions: how the apparatus is written; `sigla.yaml`'s by default.
    /// - Throws: ``EditionError`` (no witnesses yet, a transcription that no longer parses,
    ///   decisions that no longer apply).
    /// - Complexity: one collation of the witnesses, plus O(*n* + *e*·*r*·log *g*) for a text
    ///   of length *n* with *e* entries of *r* readings and *g* source-map segments.
    public func apparatusDocument(conventions: ApparatusConventions? = nil) throws -> ApparatusDocument {
        let conventions = conventions ?? defaultApparatusConventions
        let terms = conventions.terms
        guard let baseName = baseStateName else { throw EditionError.noWitnesses }
        let base = Self.displayName(baseName)
        let baseText = try baseText()
        let locations = try locations()
        let decisions = try decisions()
        let established = try establishedText()
        let commits = try decisionCommits()

        var sources: [WitnessSource] = []
        var witnesses: [ApparatusWitness] = []
        for entry in self.witnesses {
            let transcription = try transcription(of: entry)
            let siglum = entry.siglum.rawValue
            sources.append(
                WitnessSource(siglum: siglum, transcription: transcription) {
                    Self.displayName(WitnessStateName(siglum: siglum, state: $0))
                })
            let distinct = transcription.distinctStates
            let states =
                distinct.count > 1
                ? distinct.map { state -> ApparatusWitnessState in
                    let name = WitnessStateName(siglum: siglum, state: state)
                    let correction: WitnessReference.Correction =
                        switch state {
                        case .beforeRevision: .before
                        case .afterRevision: .after
                        case .afterStage(let k): .stage(k)
                        }
                    return ApparatusWitnessState(
                        name: name.description, reference: Self.displayName(name), suffix: state.suffix,
                        description: terms.stateDescription(correction))
                }
                : [
                    ApparatusWitnessState(
                        name: "\(siglum)-pc", reference: siglum, suffix: "pc", description: terms.stateAfter)
                ]
            witnesses.append(
                ApparatusWitness(
                    siglum: siglum, title: entry.title, kind: entry.kind, date: entry.date, description: entry.note,
                    isFragmentary: transcription.events.contains {
                        if case .lacunaStart = $0.kind { true } else { false }
                    },
                    hands: transcription.hands, states: states))
        }

        let builder = ApparatusEntryBuilder(conventions: conventions, base: base, witnesses: sources)
        let locationsBySection = Dictionary(grouping: locations, by: \.id.section)
        let decisionsBySection = Dictionary(grouping: decisions, by: \.location.section)
        var sections: [ApparatusSection] = []
        var entries: [ApparatusEntry] = []
        for section in established {
            let sectionDecisions = decisionsBySection[section.id] ?? []
            sections.append(builder.section(section, decisions: sectionDecisions))
            let baseLength = baseText.section(section.id)?.text.utf8.count ?? 0
            entries += builder.entries(
                section: section, baseLength: baseLength, locations: locationsBySection[section.id] ?? [],
                decisions: sectionDecisions, commits: commits)
        }
        return ApparatusDocument(
            title: configuration.title, editors: configuration.editors, notes: configuration.notes,
            conventions: conventions, base: base, witnesses: witnesses, sections: sections, entries: entries,
            provenance: ApparatusProvenance(commit: head?.hex))
    }

    /// The apparatus conventions `sigla.yaml` sets.
    public var defaultApparatusConventions: ApparatusConventions {
        ApparatusConventions(
            language: ApparatusConventions.Language(rawValue: configuration.apparatus.language.rawValue) ?? .latin,
            type: ApparatusConventions.ApparatusType(rawValue: configuration.apparatus.type.rawValue) ?? .negative,
            restoredSign: ApparatusConventions.RestoredSign(rawValue: configuration.signs.restored.rawValue)
                ?? .brackets)
    }

    /// The commit that made (or last amended) each decision in force, read from the
    /// history in one walk.
    func decisionCommits() throws -> [LocationID: String] {
        var commits: [LocationID: String] = [:]
        for entry in try log() where entry.action == "decide" {
            guard let location = LocationID(entry.location), commits[location] == nil else { continue }
            commits[location] = entry.commit
        }
        return commits
    }
}
