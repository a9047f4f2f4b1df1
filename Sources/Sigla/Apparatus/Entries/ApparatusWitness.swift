/// A witness as the apparatus describes it: siglum, title, kind, date, description, hands,
/// and the states the apparatus cites (`TS-ac`, `TS-1`, `TS-pc`).
public struct ApparatusWitness: Hashable, Sendable, Codable {
    public var siglum: String
    public var title: String
    public var kind: Witness.Kind
    public var date: String?
    public var description: String?
    /// Whether the witness survives only in fragments (it is not collated; its text is
    /// brought in by `supply` decisions).
    public var isFragmentary: Bool
    /// The hands declared in its transcription.
    public var hands: [HandNote]
    /// Its states, first to last: before revision, after each stage, after revision. A
    /// witness without revisions has one state, after revision.
    public var states: [ApparatusWitnessState]

    public init(
        siglum: String, title: String, kind: Witness.Kind = .other, date: String? = nil, description: String? = nil,
        isFragmentary: Bool = false, hands: [HandNote] = [], states: [ApparatusWitnessState] = []
    ) {
        self.siglum = siglum
        self.title = title
        self.kind = kind
        self.date = date
        self.description = description
        self.isFragmentary = isFragmentary
        self.hands = hands
        self.states = states
    }

    /// Whether the witness has revisions, hence states to tell apart.
    public var hasRevisions: Bool { states.count > 1 }
}

/// One state of a witness, named as the apparatus and the edition name it.
public struct ApparatusWitnessState: Hashable, Sendable, Codable {
    /// The full name: `TS-ac`, `TS-1`, `TS-pc`.
    public var name: String
    /// The name collation and decisions use: `TS-ac`, `TS-1`, and the bare siglum `TS` for
    /// the state after revision.
    public var reference: String
    /// `ac`, `pc`, or the stage number.
    public var suffix: String
    /// What the state is, in the apparatus language: «antes de las correcciones del autor».
    public var description: String

    public init(name: String, reference: String, suffix: String, description: String) {
        self.name = name
        self.reference = reference
        self.suffix = suffix
        self.description = description
    }
}

extension ApparatusWitness {
    /// The title with kind and date, as a list of sigla prints it:
    /// «Mecanoscrito revisado por el autor (typescript, 1945-1946)».
    public var summary: String {
        let facts = [kind.rawValue, date].compactMap { $0 }.filter { !$0.isEmpty }
        return facts.isEmpty ? title : "\(title) (\(facts.joined(separator: ", ")))"
    }

    /// The states a list of sigla names under a revised witness, with the label the
    /// apparatus cites them by (`TS a.c.`, `TS¹`); none for a witness without revisions.
    public func labelledStates(_ terms: ApparatusTerms) -> [(label: String, description: String)] {
        guard hasRevisions else { return [] }
        return states.compactMap { state in
            guard let correction = WitnessReference.Correction(suffix: state.suffix) else { return nil }
            let label = WitnessReference(state: state.reference, siglum: siglum, correction: correction).label(terms)
            return (label, state.description)
        }
    }
}
