/// One editor's correction of an automatic sentence split.
///
/// Sentence numbers are 1-based and count the sentences of the text as they stand when
/// the correction applies: corrections apply in order, each to the result of the ones
/// before (as an editor sees them, one after the other). Phrases are matched exactly,
/// case and accents included, except that any run of white space in the phrase matches
/// any run of white space in the text (the text may have a line break where the editor
/// sees a space). A phrase must occur exactly once in the text.
public enum SplitCorrection: Hashable, Sendable {
    /// Join sentence *n* with the one after it.
    case mergeAfterSentence(Int)
    /// Remove every sentence break inside the phrase (`"Sr. Smith"`).
    case keepTogether(String)
    /// Split sentence *n* so that a new sentence begins at character `offset` of its
    /// line (0-based, as in ``SentenceSpan/line``); the split must fall on white space.
    case splitSentence(Int, atOffset: Int)
    /// Split the sentence right after the phrase; white space must follow the phrase.
    case splitAfterPhrase(String)
}

extension SplitCorrection: CustomStringConvertible {
    public var description: String {
        switch self {
        case .mergeAfterSentence(let n): "merge sentence \(n) with the next"
        case .keepTogether(let phrase): "keep «\(phrase)» in one sentence"
        case .splitSentence(let n, let offset): "split sentence \(n) at character \(offset)"
        case .splitAfterPhrase(let phrase): "split after «\(phrase)»"
        }
    }
}

extension SplitCorrection: Codable {
    // One key per kind, so the stored form reads well in YAML or JSON:
    // `{merge-after-sentence: 12}`, `{keep-together: "Sr. Smith"}`,
    // `{split-sentence: 4, at-offset: 57}`, `{split-after: "la verdad.]"}`.
    private enum CodingKeys: String, CodingKey {
        case mergeAfterSentence = "merge-after-sentence"
        case keepTogether = "keep-together"
        case splitSentence = "split-sentence"
        case atOffset = "at-offset"
        case splitAfterPhrase = "split-after"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let n = try container.decodeIfPresent(Int.self, forKey: .mergeAfterSentence) {
            self = .mergeAfterSentence(n)
        } else if let phrase = try container.decodeIfPresent(String.self, forKey: .keepTogether) {
            self = .keepTogether(phrase)
        } else if let n = try container.decodeIfPresent(Int.self, forKey: .splitSentence) {
            self = .splitSentence(n, atOffset: try container.decode(Int.self, forKey: .atOffset))
        } else if let phrase = try container.decodeIfPresent(String.self, forKey: .splitAfterPhrase) {
            self = .splitAfterPhrase(phrase)
        } else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "a split correction needs one of merge-after-sentence, keep-together, "
                        + "split-sentence (with at-offset) or split-after"
                )
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .mergeAfterSentence(let n):
            try container.encode(n, forKey: .mergeAfterSentence)
        case .keepTogether(let phrase):
            try container.encode(phrase, forKey: .keepTogether)
        case .splitSentence(let n, let offset):
            try container.encode(n, forKey: .splitSentence)
            try container.encode(offset, forKey: .atOffset)
        case .splitAfterPhrase(let phrase):
            try container.encode(phrase, forKey: .splitAfterPhrase)
        }
    }
}
