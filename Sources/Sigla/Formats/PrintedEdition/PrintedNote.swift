/// A footnote of a printed edition, separated from the body and bound to its call.
public struct PrintedNote: Sendable, Hashable, Codable {
    /// The note's number as printed (numbering restarts in each chapter).
    public var number: Int
    /// Whether the note is editorial: its number or its call carries the editorial marker (`11*`).
    public var isEditorial: Bool
    /// The note's text, its lines joined across page breaks, ligatures and hyphenation repaired.
    public var text: String
    /// Its source lines (1-based, inclusive), from the number to the last continuation line.
    public var lines: ClosedRange<Int>
    /// Where the note is called in the body, when the call was found.
    public var call: PrintedNoteCall?
    /// For an editorial note, the body text it governs.
    public var governed: GovernedSpan?

    /// Creates a note.
    public init(
        number: Int, isEditorial: Bool, text: String, lines: ClosedRange<Int>, call: PrintedNoteCall? = nil,
        governed: GovernedSpan? = nil
    ) {
        self.number = number
        self.isEditorial = isEditorial
        self.text = text
        self.lines = lines
        self.call = call
        self.governed = governed
    }
}

/// Where a footnote is called in the body.
public struct PrintedNoteCall: Sendable, Hashable, Codable {
    /// The scalar offset in the section's text where the call stood (the call itself is
    /// removed from the text; the offset is just after the word it follows).
    public var offset: Int
    /// The 1-based source line of the call.
    public var line: Int
    /// The call as printed, e.g. `11*`, or `48` for the call in `Sokolo848`.
    public var printed: String
    /// Whether the call carries the editorial marker.
    public var hasEditorialMarker: Bool

    /// Creates a call.
    public init(offset: Int, line: Int, printed: String, hasEditorialMarker: Bool) {
        self.offset = offset
        self.line = line
        self.printed = printed
        self.hasEditorialMarker = hasEditorialMarker
    }
}

/// The body text an editorial note governs.
///
/// The rule, applied at the note's call:
/// 1. **brackets** — when a `]` closes just before the call (closing punctuation such as `.`
///    or `—` may sit between them, `…hay—].200*`) or just after it (`…su salida.2*]`), the
///    span runs from the matching `[` to that `]`, both included: a restored passage. An
///    elision `[…]` restores nothing: the span is then its sentence, up to the call.
/// 2. **sentence** — otherwise, when the call follows the end of a sentence (`.`, `?`, `!`,
///    `…`, possibly before a closing quote or parenthesis) or ends a paragraph, the span is
///    that sentence, from the end of the previous sentence or the start of the paragraph.
/// 3. **word** — otherwise (a call inside a sentence, `rasurado,95*`), the span is the word
///    just before the call, without trailing `,;:` and enclosing quotes.
public struct GovernedSpan: Sendable, Hashable, Codable {
    /// Which rule found the span.
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        case brackets, sentence, word
    }

    /// Which rule found the span.
    public var rule: Rule
    /// The scalar offset in the section's text where the span starts.
    public var start: Int
    /// The scalar offset just after the span.
    public var end: Int
    /// The governed text (brackets included for a restored passage).
    public var text: String
    /// The 1-based source line where the span starts.
    public var line: Int

    /// Creates a span.
    public init(rule: Rule, start: Int, end: Int, text: String, line: Int) {
        self.rule = rule
        self.start = start
        self.end = end
        self.text = text
        self.line = line
    }
}
