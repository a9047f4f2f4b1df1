/// What kind of editorial choice a decision is, as the apparatus and the notes classify it.
public enum DecisionCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// Text the author struck, restored.
    case restoration
    /// A sentence the author suppressed, kept.
    case suppressionKept = "suppression-kept"
    /// A passage or phrase brought in from the first version.
    case firstVersion = "first-version"
    /// A slip corrected by the editor.
    case emendation
    /// A reading the editor proposes where the witnesses fail.
    case conjecture
    /// One of several possible readings chosen.
    case uncertainReading = "uncertain-reading"
    /// A marginal addition placed in the text.
    case marginalAddition = "marginal-addition"
    /// A variant recorded; the base reading stands.
    case variant
    /// A note on the text (a factual error of the author, left as it is).
    case annotation
    /// Spelling or punctuation made uniform.
    case regularization

    /// The words a commit subject starts with.
    var verb: String {
        switch self {
        case .restoration: "Restore struck text"
        case .suppressionKept: "Keep suppressed text"
        case .firstVersion: "Bring in first-version text"
        case .emendation: "Emend"
        case .conjecture: "Conjecture"
        case .uncertainReading: "Choose uncertain reading"
        case .marginalAddition: "Place marginal addition"
        case .variant: "Record variant"
        case .annotation: "Annotate"
        case .regularization: "Regularize"
        }
    }
}
