/// A place where the witnesses differ, with every witness's reading.
public struct VariantLocation: Hashable, Sendable {
    /// The table columns the location spans.
    public var columns: Range<Int>
    /// Every witness's reading, in table row order. An empty reading is an omission.
    public var readings: [Reading]
    /// What kind of variant this is, relative to the base.
    public var kind: VariantKind
    /// Whether the readings differ only in form or in substance.
    public var significance: VariantSignificance
    /// Indices into `Collation.transpositions` of the moves this location is part of.
    public var transpositions: [Int]

    /// Creates a variant location.
    public init(
        columns: Range<Int>, readings: [Reading], kind: VariantKind, significance: VariantSignificance,
        transpositions: [Int] = []
    ) {
        self.columns = columns
        self.readings = readings
        self.kind = kind
        self.significance = significance
        self.transpositions = transpositions
    }

    /// The reading of the witness with `siglum`.
    public func reading(of siglum: String) -> Reading? {
        readings.first { $0.siglum == siglum }
    }
}

/// What one witness reads at a variant location.
public struct Reading: Hashable, Sendable {
    /// The witness.
    public var siglum: String
    /// The witness's tokens here; empty when it has nothing here (its lower bound is then
    /// the index of the witness's next token).
    public var tokens: Range<Int>
    /// The original text of those tokens, with the whitespace between them but not after
    /// the last.
    public var text: String

    /// Creates a reading.
    public init(siglum: String, tokens: Range<Int>, text: String) {
        self.siglum = siglum
        self.tokens = tokens
        self.text = text
    }

    /// Whether the witness has nothing here (an omission, or the base of an addition).
    public var isEmpty: Bool { tokens.isEmpty }
}

/// The kind of a variant location, relative to the base witness.
public enum VariantKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Witnesses read different text in the same place.
    case substitution
    /// Some witness lacks text the base has.
    case omission
    /// Some witness has text the base lacks.
    case addition
    /// Text one witness has in another place than the base (see `Transposition`).
    case transposition
}

/// Whether a variant matters to the sense.
public enum VariantSignificance: Hashable, Sendable {
    /// The readings differ only in these respects (they are equal once all are folded).
    case formal(Set<FormalDifference>)
    /// The readings differ in their words.
    case substantive

    /// Whether the variant is substantive.
    public var isSubstantive: Bool { self == .substantive }
}
