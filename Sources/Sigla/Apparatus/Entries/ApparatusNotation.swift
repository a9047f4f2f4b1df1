/// What an apparatus abbreviation says of a reading or a lemma. The words printed for each
/// come from ``ApparatusTerms`` in the apparatus language (`om.`, «omite», *omits*).
public enum ApparatusNotation: String, Hashable, Sendable, Codable, CaseIterable {
    /// The witness has nothing where the lemma has text (`om.`).
    case omission
    /// The witness has text where the lemma has none (`add.`, with `post`/`ante` and the
    /// lemma's anchor word).
    case addition
    /// The witness has the words in another place (`transp.`).
    case transposition
    /// The witness has the text struck through (`del.`): the author deleted it.
    case deletion
    /// Written in the margin (`in marg.`).
    case margin
    /// Written in the top margin.
    case topMargin = "top-margin"
    /// Written in the bottom margin.
    case bottomMargin = "bottom-margin"
    /// Written above the line (`s.l.`).
    case aboveLine = "above-line"
    /// Written below the line.
    case belowLine = "below-line"
    /// The editor's conjecture (`coni.`).
    case conjecture
    /// The editor's correction of a slip (`corr.`).
    case correction
    /// Text the editor supplied from another witness (`suppl.`).
    case supplied

    /// The notation for where on the page an addition was written; nil for inline.
    init?(_ placement: RevisionEvent.Placement?) {
        switch placement {
        case .margin: self = .margin
        case .top: self = .topMargin
        case .bottom: self = .bottomMargin
        case .above: self = .aboveLine
        case .below: self = .belowLine
        case .inline, nil: return nil
        }
    }
}
