/// What an editorial note says happened at its place, and so what the decomposer puts in the
/// base witness (the typescript, `TS`), in the other witnesses, and in the decision.
///
/// The base witness is the printed text with the editor's intervention undone; the decision
/// does it again.
public enum NoteTreatment: String, Sendable, Hashable, Codable, CaseIterable {
    /// A passage the author struck, which the editor keeps: `TS` has it as a deletion (with
    /// its medium and any marginal mark); the decision adopts `TS-ac`.
    case restore
    /// A passage corrected, then struck (the rule's pattern captures the two media): `TS` has
    /// a stage-1 correction inside a stage-2 deletion; the decision adopts `TS-1`. What the
    /// correction replaced is not known: it is transcribed as illegible.
    case restoreStaged = "restore-staged"
    /// A passage the edition brings in from another witness: not in `TS`; in that witness;
    /// the decision supplies it.
    case supplyFromWitness = "supply-from-witness"
    /// A reading taken from another witness instead of `TS`'s (needs an override giving
    /// `TS`'s reading as `markup` and the other's as `witnessReading`); the decision adopts it.
    case adoptWitness = "adopt-witness"
    /// `TS` reads otherwise (the note quotes it, or an override gives the markup); the
    /// decision emends.
    case emend
    /// `TS`'s reading is hard to read (the rule's pattern captures what seems to be written):
    /// an uncertain reading in `TS`; the decision emends.
    case emendIllegible = "emend-illegible"
    /// The editor adds what no witness has (an override gives `printed`, `markup` and
    /// `supplied`); the decision supplies it.
    case supply
    /// An addition of the author without a precise place: `TS` has it, placed by the editor
    /// before the sentence of the call; the text leaves it out (the note gives it), so the
    /// decision adopts `TS-ac` there.
    case omitAddition = "omit-addition"
    /// Two readings of an illegible place, the first chosen: an uncertain reading in `TS`;
    /// the decision keeps it.
    case keepAlternatives = "keep-alternatives"
    /// Another witness's wording, quoted: a fragment of that witness; the decision keeps the text.
    case keepVariant = "keep-variant"
    /// The author's own note, quoted: an author's note in `TS` after the place; the decision
    /// keeps the text.
    case keepAuthorNote = "keep-author-note"
    /// A comment on the text: nothing changes; the decision keeps the text.
    case keep
}
