/// An editor's corrections of the automatic split of one text (one section), applied in
/// order by ``SentenceSplitter/split(_:applying:)``.
///
/// Stored in the edition as a plain list (Codable as an array of ``SplitCorrection``).
public struct SplitCorrections: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The corrections, in the order they apply.
    public var corrections: [SplitCorrection]

    public init(_ corrections: [SplitCorrection] = []) {
        self.corrections = corrections
    }

    public init(arrayLiteral elements: SplitCorrection...) {
        self.corrections = elements
    }

    /// Whether there is no correction.
    public var isEmpty: Bool { corrections.isEmpty }

    /// Adds a correction after the others.
    public mutating func append(_ correction: SplitCorrection) {
        corrections.append(correction)
    }
}

extension SplitCorrections: Codable {
    public init(from decoder: any Decoder) throws {
        self.corrections = try decoder.singleValueContainer().decode([SplitCorrection].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(corrections)
    }
}
