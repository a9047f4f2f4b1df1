/// An editor's rule that makes two spellings equivalent, as a regular expression
/// replacement applied to each token (`pattern: "^mui$"`, `replacement: "muy"`).
///
/// Rules run after case folding when case is folded (so patterns may be written in
/// lowercase) and before diacritics are removed. The syntax is ICU's (NSRegularExpression);
/// `$1` in the replacement refers to a capture group.
public struct SpellingRule: Hashable, Sendable, Codable {
    /// The regular expression to find.
    public var pattern: String
    /// What replaces each match.
    public var replacement: String

    /// Creates a rule.
    public init(pattern: String, replacement: String) {
        self.pattern = pattern
        self.replacement = replacement
    }
}
