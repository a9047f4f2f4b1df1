/// How an abbreviation's period behaves at a possible sentence end.
///
/// The splitter consults this only when a period is followed by white space and then by
/// something other than a lowercase word (a lowercase word never starts a sentence, so
/// the period could not have ended one).
public enum AbbreviationKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Never ends a sentence: titles and reference words that always lead into what
    /// they abbreviate (`Sr.`, `Dr.`, `M.`, `Mme.`, `cf.`, `pp.`, `núm.`, `vol.`).
    case neverFinal
    /// Does not end a sentence before a number or a Roman numeral, may end one
    /// otherwise (English `No. 5`, where Spanish `no.` is an ordinary word).
    case beforeNumber
    /// May end a sentence (`etc.`, `op. cit.`, `ibid.`): the sentence ends when a
    /// capital follows, and goes on before a lowercase word or a number (`Nov. 17`).
    case mayEnd
}
