/// Shortens a long lemma or reading as an apparatus prints it: its first and last words
/// around an ellipsis, `Varias veces … la verdad.`; the sign stays with the words it is
/// attached to (`[Varias veces … la verdad.]`).
public struct LemmaShortener: Hashable, Sendable {
    /// A text of more than this many words is shortened.
    public var maximumWords: Int
    /// How many words are kept at each end.
    public var keptWords: Int

    public init(maximumWords: Int, keptWords: Int) {
        self.maximumWords = max(maximumWords, 2 * keptWords + 1)
        self.keptWords = keptWords
    }

    /// Lemmata: more than five words become two … two.
    public static let lemma = LemmaShortener(maximumWords: 5, keptWords: 2)
    /// Readings: more than twelve words become three … three.
    public static let reading = LemmaShortener(maximumWords: 12, keptWords: 3)

    /// The text shortened, or as it is (white space runs made single spaces).
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public func shortened(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > maximumWords else { return words.joined(separator: " ") }
        return words.prefix(keptWords).joined(separator: " ") + " … " + words.suffix(keptWords).joined(separator: " ")
    }
}
