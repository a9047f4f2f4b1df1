/// Why a printed edition could not be taken apart into witnesses and decisions.
///
/// Each names the note concerned (`IV.102`), so that the rules table can be corrected there.
public enum DecompositionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A pattern of the rules table is not a valid regular expression.
    case invalidPattern(String, reason: String)
    /// An editorial note is not bound to the text it governs.
    case noGovernedText(note: String)
    /// The text an override names is not in the note's chapter.
    case printedTextNotFound(note: String, printed: String)
    /// An override's markup could not be read.
    case invalidMarkup(note: String, message: String)
    /// The treatment needs a «quotation» the note does not have, or an override field it lacks.
    case missing(note: String, what: String)
    /// No phrase around the note's place occurs only once in its chapter.
    case noUniquePhrase(note: String, phrase: String)
    /// The note's place cannot be named by a phrase before it (it opens its chapter).
    case unplaceable(note: String)

    public var description: String {
        switch self {
        case .invalidPattern(let pattern, let reason):
            "the rules pattern '\(pattern)' is not a regular expression: \(reason)"
        case .noGovernedText(let note):
            "note \(note): the importer did not find the text it governs; give its place with an override"
        case .printedTextNotFound(let note, let printed):
            "note \(note): the override's printed text «\(printed)» is not in the chapter"
        case .invalidMarkup(let note, let message):
            "note \(note): the override's markup is not valid Sigla markup: \(message)"
        case .missing(let note, let what):
            "note \(note): its treatment needs \(what); add it with an override"
        case .noUniquePhrase(let note, let phrase):
            "note \(note): no phrase around «\(phrase)» occurs only once in the chapter"
        case .unplaceable(let note):
            "note \(note): the text it supplies opens its chapter; there is no text to place it after"
        }
    }
}
