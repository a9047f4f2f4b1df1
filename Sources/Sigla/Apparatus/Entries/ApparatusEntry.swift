/// One entry of the apparatus criticus: a place in the established text, its lemma, what
/// every witness state reads there, and the editor's decision with its justification (or
/// none, for a variant not yet decided).
///
/// ```
/// I.2a  [Varias veces … la verdad.]] TS a.c.; del. TS (Serge, lápiz negro); om. V1 — Frase suprimida…
/// ```
public struct ApparatusEntry: Hashable, Sendable, Codable {
    /// The variant location (`I.2/1`) or the editor's place (`I.4/e1`).
    public var location: LocationID
    public var section: SectionID
    /// The established sentence the lemma begins in (`I.2a`); at an insertion point
    /// between two sentences, the one before.
    public var citation: String
    /// Where the lemma is in the section's established text (its sign included); empty at
    /// an insertion point (where witnesses add text the established text does not have).
    public var range: TextRange
    public var lemma: ApparatusLemma
    /// Every distinct reading, those agreeing with the lemma first (``ApparatusReading/agreesWithLemma``).
    /// A negative apparatus prints only the others.
    public var readings: [ApparatusReading]
    /// What collation found here; nil for the editor's own place.
    public var kind: VariantKind?
    /// Whether the readings differ in words (not only in spelling or punctuation).
    public var isSubstantive: Bool
    /// The editor's decision, or nil when the place is not decided yet.
    public var decision: ApparatusDecision?

    public init(
        location: LocationID, section: SectionID, citation: String, range: TextRange, lemma: ApparatusLemma,
        readings: [ApparatusReading], kind: VariantKind? = nil, isSubstantive: Bool = true,
        decision: ApparatusDecision? = nil
    ) {
        self.location = location
        self.section = section
        self.citation = citation
        self.range = range
        self.lemma = lemma
        self.readings = readings
        self.kind = kind
        self.isSubstantive = isSubstantive
        self.decision = decision
    }

    /// Whether the lemma is a point where witnesses add text.
    public var isInsertionPoint: Bool { range.isEmpty }

    /// The readings an apparatus of this type prints: all (positive); or (negative) those
    /// that differ from the lemma, and the lemma's own witnesses where the lemma is not the
    /// base text's reading (`[Varias … verdad.]] TS a.c.; del. TS`).
    public func printedReadings(_ type: ApparatusConventions.ApparatusType) -> [ApparatusReading] {
        if type == .positive || !lemma.isBaseReading { return readings }
        return readings.filter { !$0.agreesWithLemma }
    }

    /// The readings an apparatus of this type prints, each with the revisions to print
    /// beside it: every revision once, with the reading it explains best — the reading
    /// marked `del.` for a deletion, else the reading that shows the revision made, else
    /// the first printed reading that carries it.
    ///
    /// - Complexity: O(*r*·*v*) for *r* readings and *v* revisions.
    public func printed(_ type: ApparatusConventions.ApparatusType)
        -> [(reading: ApparatusReading, revisions: [RevisionDetail])]
    {
        let shown = printedReadings(type)
        func score(_ reading: ApparatusReading, _ detail: RevisionDetail) -> Int {
            if reading.notations.contains(.deletion) { return 0 }
            if detail.applied && !reading.text.isEmpty { return 1 }
            return 2
        }
        var owner: [String: (index: Int, score: Int)] = [:]
        for (index, reading) in shown.enumerated() {
            for detail in reading.revisions {
                let key = "\(detail.witness)#\(detail.event)"
                let candidate = score(reading, detail)
                if let current = owner[key], current.score <= candidate { continue }
                owner[key] = (index, candidate)
            }
        }
        return shown.enumerated().map { index, reading in
            var seen: Set<String> = []
            let revisions = reading.revisions.filter { detail in
                let key = "\(detail.witness)#\(detail.event)"
                return owner[key]?.index == index && seen.insert(key).inserted
            }
            return (reading, revisions)
        }
    }
}

/// The lemma of an entry: the established text at the place, as printed.
public struct ApparatusLemma: Hashable, Sendable, Codable {
    /// The established text, with its sign (`[Varias veces … la verdad.]`); empty at an
    /// insertion point.
    public var text: String
    /// The text shortened as the apparatus prints long lemmata: `[Varias veces … la verdad.]`.
    public var shortened: String
    /// The text without the sign.
    public var unsigned: String
    /// At an insertion point: the word the added text goes after (`post`) or before (`ante`).
    public var anchor: ApparatusAnchor?
    /// The witness states that read the lemma (none for an emendation).
    public var witnesses: [WitnessReference]
    /// What the editor did, as the apparatus abbreviates it: `coni.`, `corr.`, `suppl.`.
    public var notations: [ApparatusNotation]
    /// With `suppl.`: the witness the text is supplied from.
    public var source: String?
    /// Whether the lemma is the base text's reading (undecided, or kept); a negative
    /// apparatus names the lemma's witnesses only where it is not.
    public var isBaseReading: Bool

    public init(
        text: String, shortened: String? = nil, unsigned: String? = nil, anchor: ApparatusAnchor? = nil,
        witnesses: [WitnessReference] = [], notations: [ApparatusNotation] = [], source: String? = nil,
        isBaseReading: Bool = true
    ) {
        self.isBaseReading = isBaseReading
        self.text = text
        self.shortened = shortened ?? LemmaShortener.lemma.shortened(text)
        self.unsigned = unsigned ?? text
        self.anchor = anchor
        self.witnesses = witnesses
        self.notations = notations
        self.source = source
    }
}

/// The word next to an insertion point: additions are printed `post nada add. …`.
public struct ApparatusAnchor: Hashable, Sendable, Codable {
    public enum Position: String, Hashable, Sendable, Codable {
        /// The added text comes after the word.
        case post
        /// The added text comes before the word (an insertion at the start of a section).
        case ante
    }

    public var position: Position
    public var word: String

    public init(position: Position, word: String) {
        self.position = position
        self.word = word
    }
}
