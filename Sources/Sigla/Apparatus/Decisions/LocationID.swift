/// The name of a variant location in an edition: `I.27/1` is the first place in sentence 27
/// of section I where the witnesses differ; `I.27/e1` is a place the editor chose where
/// they do not (an emendation of a slip all witnesses share).
///
/// Numbers count the base text's sentences, which no decision changes, so a location's
/// name is stable for the life of the edition.
public struct LocationID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var section: SectionID
    /// The base text's sentence the location is in, 1-based.
    public var sentence: Int
    /// The location's place among the locations of its sentence, 1-based.
    public var ordinal: Int
    /// Whether the editor made the location (no witness differs there).
    public var isEditorial: Bool

    public init(section: SectionID, sentence: Int, ordinal: Int, isEditorial: Bool = false) {
        self.section = section
        self.sentence = sentence
        self.ordinal = ordinal
        self.isEditorial = isEditorial
    }

    /// Parses `I.27/1` or `I.27/e1`.
    public init?(_ text: String) {
        guard let slash = text.lastIndex(of: "/"), let dot = text[..<slash].lastIndex(of: ".") else { return nil }
        var ordinalText = text[text.index(after: slash)...]
        let isEditorial = ordinalText.first == "e"
        if isEditorial { ordinalText = ordinalText.dropFirst() }
        guard let section = SectionID(String(text[..<dot])),
            let sentence = Int(text[text.index(after: dot)..<slash]), sentence > 0,
            let ordinal = Int(ordinalText), ordinal > 0
        else { return nil }
        self.init(section: section, sentence: sentence, ordinal: ordinal, isEditorial: isEditorial)
    }

    public var description: String {
        "\(section.rawValue).\(sentence)/\(isEditorial ? "e" : "")\(ordinal)"
    }

    /// The sentence's citation (`I.27`).
    public var citation: String { "\(section.rawValue).\(sentence)" }

    /// The name of the location's record in `apparatus/`: `I/27-1.yaml`.
    public var recordPath: String {
        "\(section.rawValue)/\(sentence)-\(isEditorial ? "e" : "")\(ordinal).yaml"
    }

    /// Orders locations within a section by sentence, then ordinal; sections by name.
    public static func < (lhs: LocationID, rhs: LocationID) -> Bool {
        (lhs.section.rawValue, lhs.sentence, lhs.isEditorial ? 1 : 0, lhs.ordinal)
            < (rhs.section.rawValue, rhs.sentence, rhs.isEditorial ? 1 : 0, rhs.ordinal)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = LocationID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a location (write it as I.27/1)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
