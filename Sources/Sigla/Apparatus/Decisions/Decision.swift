/// One editorial decision: what the established text reads at one location, why, and
/// who decided it. It is stored as the location's record in `apparatus/` and made by one
/// commit.
public struct Decision: Hashable, Sendable, Codable {
    /// What the editor did.
    public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
        /// Took a witness state's reading.
        case adopt
        /// Replaced the base reading with the editor's own text.
        case emend
        /// Confirmed the base reading.
        case keep
        /// Brought in text from a witness where the base has none.
        case supply
    }

    /// How the established text marks what the editor did here.
    public enum Sign: String, Hashable, Sendable, Codable, CaseIterable {
        /// `[…]`: text the author struck, restored by the editor.
        case brackets
        /// No sign.
        case none
    }

    public var location: LocationID
    /// The base text the decision replaces: UTF-8 offsets in the section's base text.
    public var baseStart: Int
    public var baseEnd: Int
    /// The base text between those offsets when the decision was made.
    public var lemma: String
    /// Every witness state's reading here when the decision was made (state name, text).
    public var readings: [Reading]
    public var action: Action
    /// With `adopt`: the state whose reading was taken (`TS-ac`).
    public var adopted: String?
    /// With `supply`: the witness the text comes from.
    public var source: String?
    /// What the established text reads here, without the sign.
    public var text: String
    public var sign: Sign
    public var category: DecisionCategory
    /// The editor's justification, as the note prints it.
    public var justification: String
    /// `Name <mail>`.
    public var editor: String
    /// ISO 8601.
    public var date: String
    /// For a note on text another decision brought in (no base text to stand on): the
    /// words it is about, which follow the place.
    public var anchor: String?

    /// One witness state's reading at the location.
    public struct Reading: Hashable, Sendable, Codable {
        public var state: String
        public var text: String

        public init(state: String, text: String) {
            self.state = state
            self.text = text
        }
    }

    public init(
        location: LocationID, baseStart: Int, baseEnd: Int, lemma: String, readings: [Reading], action: Action,
        adopted: String? = nil, source: String? = nil, text: String, sign: Sign, category: DecisionCategory,
        justification: String, editor: String, date: String, anchor: String? = nil
    ) {
        self.anchor = anchor
        self.location = location
        self.baseStart = baseStart
        self.baseEnd = baseEnd
        self.lemma = lemma
        self.readings = readings
        self.action = action
        self.adopted = adopted
        self.source = source
        self.text = text
        self.sign = sign
        self.category = category
        self.justification = justification
        self.editor = editor
        self.date = date
    }

    /// The base range the decision replaces.
    public var baseRange: Range<Int> { baseStart..<baseEnd }

    /// The states whose reading the decision did not take.
    public var rejected: [String] {
        readings.filter { $0.text != text && $0.state != adopted }.map(\.state)
    }

    enum CodingKeys: String, CodingKey {
        case location, baseStart = "base-start", baseEnd = "base-end", lemma, readings, action, adopted
        case source = "from", text, sign, category, justification = "because", editor, date, anchor
    }

    /// Reads a record, refusing a base range that cannot exist (`base-start` after
    /// `base-end`, or below 0): every use of ``baseRange`` relies on it. A record comes
    /// from an edition someone else may have edited by hand.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = try container.decode(LocationID.self, forKey: .location)
        baseStart = try container.decode(Int.self, forKey: .baseStart)
        baseEnd = try container.decode(Int.self, forKey: .baseEnd)
        guard baseStart >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .baseStart, in: container, debugDescription: "base-start \(baseStart) is before the text")
        }
        guard baseEnd >= baseStart else {
            throw DecodingError.dataCorruptedError(
                forKey: .baseEnd, in: container,
                debugDescription: "base-end \(baseEnd) is before base-start \(baseStart)")
        }
        lemma = try container.decode(String.self, forKey: .lemma)
        readings = try container.decode([Reading].self, forKey: .readings)
        action = try container.decode(Action.self, forKey: .action)
        adopted = try container.decodeIfPresent(String.self, forKey: .adopted)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        text = try container.decode(String.self, forKey: .text)
        sign = try container.decode(Sign.self, forKey: .sign)
        category = try container.decode(DecisionCategory.self, forKey: .category)
        justification = try container.decode(String.self, forKey: .justification)
        editor = try container.decode(String.self, forKey: .editor)
        date = try container.decode(String.self, forKey: .date)
        anchor = try container.decodeIfPresent(String.self, forKey: .anchor)
    }
}
