/// The name of a section of the established text: `I`, `II`, `prefacio`, `epilogo`.
///
/// It names the section's file (`text/I.txt`) and begins its citations (`I.42`), so it
/// is made of letters, digits, `-` and `_` only, and does not begin with `-`.
public struct SectionID: Hashable, Sendable, RawRepresentable, LosslessStringConvertible {
    public let rawValue: String

    /// The identifier, if `rawValue` is a valid one (see ``problem(with:)``).
    public init?(rawValue: String) {
        guard Self.problem(with: rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    /// The identifier, if `description` is a valid one.
    public init?(_ description: String) {
        self.init(rawValue: description)
    }

    /// The identifier, or an error that says what is wrong with `text`.
    public init(validating text: String) throws(SectionIDError) {
        if let problem = Self.problem(with: text) { throw SectionIDError(text: text, problem: problem) }
        self.rawValue = text
    }

    public var description: String { rawValue }

    /// What is wrong with `text` as a section identifier, or `nil` if it is a valid one.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "it is empty" }
        if text.count > 64 { return "it is longer than 64 characters" }
        if text.hasPrefix("-") { return "it begins with “-”" }
        if let bad = text.first(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            return "“\(bad)” is not allowed (only letters, digits, “-” and “_”)"
        }
        return nil
    }
}

extension SectionID: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(validating: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description)
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A string that cannot name a section.
public struct SectionIDError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rejected text.
    public let text: String
    /// What is wrong with it.
    public let problem: String

    public var description: String { "«\(text)» cannot name a section: \(problem)" }
}
