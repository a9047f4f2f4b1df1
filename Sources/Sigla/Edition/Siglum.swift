/// The short name of a witness (`TS`, `MS`, `V1`), as printed in the apparatus.
///
/// A siglum names a file in the edition (`witnesses/TS.txt`) and is joined to state
/// names with a hyphen (`TS-ac`), so it is restricted to a safe alphabet: a letter,
/// then letters, digits or underscores, at most 32 characters. Letters of any script
/// are allowed, since stemmata often use Greek sigla. A hyphen, a slash, a dot,
/// a space or `..` would make it ambiguous or let it name a path outside the edition.
public struct Siglum: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The siglum as the editor wrote it.
    public let rawValue: String

    /// The longest siglum accepted.
    public static let maximumLength = 32

    /// Validates `rawValue` and makes a siglum of it.
    ///
    /// - Throws: ``SiglumError`` saying what is wrong with the name.
    public init(validating rawValue: String) throws(SiglumError) {
        guard !rawValue.isEmpty else { throw .empty }
        guard rawValue.count <= Self.maximumLength else { throw .tooLong(rawValue) }
        for character in rawValue {
            // Letters of any script (Greek sigla are common in stemmata), ASCII digits, '_'.
            let isSafe = character.isLetter || ("0"..."9").contains(character) || character == "_"
            guard isSafe else { throw .forbiddenCharacter(rawValue, character) }
        }
        guard let first = rawValue.first, first.isLetter else { throw .mustStartWithLetter(rawValue) }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: Siglum, rhs: Siglum) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(validating: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Why a name cannot be a siglum.
public enum SiglumError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooLong(String)
    case forbiddenCharacter(String, Character)
    case mustStartWithLetter(String)

    public var description: String {
        let rule = "a siglum is a letter followed by letters, digits or '_' (e.g. TS, MS, V1)"
        switch self {
        case .empty:
            return "the siglum is empty: \(rule)"
        case .tooLong(let name):
            return "the siglum '\(name)' is longer than \(Siglum.maximumLength) characters"
        case .forbiddenCharacter(let name, let character):
            let shown = character == " " ? "a space" : "'\(character)'"
            return "the siglum '\(name)' contains \(shown): \(rule)"
        case .mustStartWithLetter(let name):
            return "the siglum '\(name)' does not start with a letter: \(rule)"
        }
    }
}
