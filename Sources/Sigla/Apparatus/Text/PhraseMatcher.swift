/// Tells whether texts contain a phrase, compared as an editor looks a phrase up: case,
/// accents, typographic quotes and runs of white space ignored (see `PhraseFolder`).
final class PhraseMatcher {
    private var folder = PhraseFolder()
    private let search: SubstringSearch<UInt8>?

    init(_ phrase: String) {
        let pattern = folder.fold(phrase)
        search = pattern.isEmpty ? nil : SubstringSearch(pattern)
    }

    /// Whether `text` contains the phrase.
    func matches(_ text: some StringProtocol) -> Bool {
        guard let search else { return false }
        return search.occurs(in: folder.fold(text))
    }
}
