import Foundation

/// Computes the normalized form of tokens: the form matching compares.
///
/// The pipeline, in order: Unicode NFC; joining a word hyphenated at a line end; PDF
/// ligature repair; case folding; the editor's spelling rules; removal of diacritics;
/// removal of punctuation. The first three follow `NormalizationSettings`; the last four
/// run for each `FormalDifference` being folded: for matching, those the settings ignore;
/// for near matching and classification, all of them.
///
/// The `-` → `fl` ligature repair looks at the vocabulary of all witnesses collated
/// together, which is why `normalize(_:)` takes every witness at once.
public struct Normalizer: Sendable {
    /// The settings this normalizer applies.
    public let settings: NormalizationSettings

    /// Creates a normalizer.
    ///
    /// - Throws: `CollationError.invalidSpellingRule` if a rule's pattern is not a valid
    ///   regular expression.
    public init(settings: NormalizationSettings = .default) throws {
        for (index, rule) in settings.rules.enumerated() {
            do {
                _ = try NSRegularExpression(pattern: rule.pattern)
            } catch {
                throw CollationError.invalidSpellingRule(index: index, pattern: rule.pattern)
            }
        }
        self.settings = settings
    }

    /// Sets `normalized` on every token of every witness.
    ///
    /// - Complexity: O(*n*) in the total number of tokens, with each distinct token text
    ///   normalized once.
    public func normalize(_ witnesses: inout [[Token]]) {
        let forms = FormCache(
            settings: settings, words: witnesses.flatMap { $0.filter { $0.kind == .word }.map(\.text) })
        for w in witnesses.indices {
            for t in witnesses[w].indices {
                let token = witnesses[w][t]
                witnesses[w][t].normalized = forms.key(token.text, token.kind)
            }
        }
    }

    /// The normalized form of a single text, with no other text as context (the `-` → `fl`
    /// repair then applies only where the part after the hyphen is no word of `text` itself).
    public func normalizedForm(of text: String) -> String {
        FormCache(settings: settings, words: [text]).key(text, TokenKind.classify(text))
    }
}
