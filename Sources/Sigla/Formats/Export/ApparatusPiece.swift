/// One typographic piece of a printed apparatus entry. Exporters share the grammar of an
/// entry (``ApparatusEntryRenderer``) and differ only in how they print each piece:
/// abbreviations in italics, text escaped for the format, the note set apart.
public enum ApparatusPiece: Hashable, Sendable {
    /// The sentence's citation: `I.2a`.
    case citation(String)
    /// The lemma as printed (shortened, with its sign).
    case lemma(String)
    /// The bracket that closes the lemma: `]`.
    case lemmaEnd
    /// A word of the apparatus language: `om.`, `add.`, `post`, `a.c.` (italic in print).
    case term(String)
    /// A witness as cited: `TS`, `TS a.c.`, `TS¹`.
    case siglum(String)
    /// A reading's text, or an anchor word.
    case text(String)
    /// Words written on the page but not part of the text: a metamark («Reservar»).
    case quoted(String)
    /// Punctuation and spaces between pieces: `; `, ` `, ` (`, `)`.
    case separator(String)
    /// The editor's justification.
    case note(String)
}

extension Array where Element == ApparatusPiece {
    /// The pieces as plain text on one line: no markup, the metamarks in guillemets.
    public var plainText: String {
        var out = ""
        for piece in self {
            switch piece {
            case .separator(let text): out += text
            case .citation(let text), .lemma(let text), .term(let text), .siglum(let text), .text(let text),
                .note(let text):
                out += text.oneLine
            case .lemmaEnd: out += "]"
            case .quoted(let text): out += "«\(text.oneLine)»"
            }
        }
        return out
    }
}
