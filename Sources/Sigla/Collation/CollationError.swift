/// What can stop a collation.
public enum CollationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer than two witnesses were given.
    case tooFewWitnesses(count: Int)
    /// Two witnesses have the same siglum.
    case duplicateSiglum(String)
    /// A witness has an empty siglum.
    case emptySiglum
    /// The base siglum names no witness.
    case unknownBase(String, known: [String])
    /// A spelling rule's pattern is not a valid regular expression.
    case invalidSpellingRule(index: Int, pattern: String)

    public var description: String {
        switch self {
        case .tooFewWitnesses(let count):
            return "collation needs at least two witnesses, got \(count)"
        case .duplicateSiglum(let siglum):
            return "two witnesses have the siglum ‘\(siglum)’; sigla must be unique"
        case .emptySiglum:
            return "a witness has an empty siglum"
        case .unknownBase(let siglum, let known):
            return "base ‘\(siglum)’ is not one of the witnesses (\(known.joined(separator: ", ")))"
        case .invalidSpellingRule(let index, let pattern):
            return "spelling rule \(index + 1): ‘\(pattern)’ is not a valid regular expression"
        }
    }
}
