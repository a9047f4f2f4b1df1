/// The words an apparatus prints, in one language: the Latin abbreviations of the
/// tradition (`om.`, `add.`, `transp.`, `del.`, `in marg.`, `a.c.`, `p.c.`, `coni.`,
/// `corr.`, `suppl.`), or Spanish or English words for readers without Latin.
///
/// | notation | latin | spanish | english |
/// |---|---|---|---|
/// | omission | om. | omite | omits |
/// | addition | add. | añade | adds |
/// | transposition | transp. | transpone | transposes |
/// | deletion | del. | tachado | struck |
/// | margin | in marg. | al margen | in the margin |
/// | before/after correction | a.c. / p.c. | antes de corregir / corregido | before / after correction |
/// | conjecture / correction | coni. / corr. | conjetura / corrección | conjecture / correction |
/// | supplied | suppl. | suplido | supplied |
public struct ApparatusTerms: Hashable, Sendable, Codable {
    public var omission: String
    public var addition: String
    public var transposition: String
    public var deletion: String
    public var margin: String
    public var topMargin: String
    public var bottomMargin: String
    public var aboveLine: String
    public var belowLine: String
    public var beforeCorrection: String
    public var afterCorrection: String
    public var conjecture: String
    public var correction: String
    public var supplied: String
    /// Before the anchor word of an addition: `ante`.
    public var ante: String
    /// After the anchor word of an addition: `post`.
    public var post: String
    /// The witness supplied text comes from: `ex V1`.
    public var from: String
    /// Before a writing medium: «con lápiz negro»; empty in Latin.
    public var with: String
    /// An author's revision cancelled (*stet*).
    public var restoration: String
    /// Between the sigla of one reading: a space in Latin (`TS p.c. V1`), a comma in the
    /// languages whose words would run into the sigla (`TS corregido, V1`).
    public var siglumSeparator: String
    /// A reading the transcriber is unsure of.
    public var uncertain: String
    /// The heading of an apparatus.
    public var apparatus: String
    /// The heading of the list of witnesses.
    public var sigla: String
    /// What the states of a witness are.
    public var stateBefore: String
    public var stateAfter: String
    public var stateStage: String

    /// The words of a language.
    public init(_ language: ApparatusConventions.Language) {
        switch language {
        case .latin:
            omission = "om."
            addition = "add."
            transposition = "transp."
            deletion = "del."
            margin = "in marg."
            topMargin = "in marg. sup."
            bottomMargin = "in marg. inf."
            aboveLine = "s.l."
            belowLine = "i.l."
            beforeCorrection = "a.c."
            afterCorrection = "p.c."
            conjecture = "coni."
            correction = "corr."
            supplied = "suppl."
            ante = "ante"
            post = "post"
            from = "ex"
            with = ""
            restoration = "stet"
            siglumSeparator = " "
            uncertain = "lect. dub."
            apparatus = "Apparatus criticus"
            sigla = "Sigla"
            stateBefore = "ante correctionem"
            stateAfter = "post correctionem"
            stateStage = "post correctionem, gradus"
        case .spanish:
            omission = "omite"
            addition = "añade"
            transposition = "transpone"
            deletion = "tachado"
            margin = "al margen"
            topMargin = "en el margen superior"
            bottomMargin = "en el margen inferior"
            aboveLine = "entre líneas"
            belowLine = "bajo la línea"
            beforeCorrection = "antes de corregir"
            afterCorrection = "corregido"
            conjecture = "conjetura"
            correction = "corrección"
            supplied = "suplido"
            ante = "antes de"
            post = "después de"
            from = "de"
            with = "con"
            restoration = "restituido"
            siglumSeparator = ", "
            uncertain = "lectura dudosa"
            apparatus = "Aparato crítico"
            sigla = "Siglas"
            stateBefore = "antes de las correcciones del autor"
            stateAfter = "después de todas las correcciones"
            stateStage = "después de la fase de corrección"
        case .english:
            omission = "omits"
            addition = "adds"
            transposition = "transposes"
            deletion = "struck"
            margin = "in the margin"
            topMargin = "in the top margin"
            bottomMargin = "in the bottom margin"
            aboveLine = "above the line"
            belowLine = "below the line"
            beforeCorrection = "before correction"
            afterCorrection = "after correction"
            conjecture = "conjecture"
            correction = "correction"
            supplied = "supplied"
            ante = "before"
            post = "after"
            from = "from"
            with = "in"
            restoration = "restored"
            siglumSeparator = ", "
            uncertain = "uncertain reading"
            apparatus = "Critical apparatus"
            sigla = "Sigla"
            stateBefore = "before the author's revisions"
            stateAfter = "after all revisions"
            stateStage = "after revision stage"
        }
    }

    /// The word for a notation.
    public func term(_ notation: ApparatusNotation) -> String {
        switch notation {
        case .omission: omission
        case .addition: addition
        case .transposition: transposition
        case .deletion: deletion
        case .margin: margin
        case .topMargin: topMargin
        case .bottomMargin: bottomMargin
        case .aboveLine: aboveLine
        case .belowLine: belowLine
        case .conjecture: conjecture
        case .correction: correction
        case .supplied: supplied
        }
    }

    /// The word for a kind of revision, where nothing more is known of it.
    public func term(for kind: RevisionDetail.Kind) -> String {
        switch kind {
        case .deletion: deletion
        case .addition: addition
        case .substitution: correction
        case .restoration: restoration
        case .metamark: margin
        case .uncertain: uncertain
        }
    }

    /// A writing medium as printed: «con lápiz negro» (Spanish), «lápiz negro» (Latin).
    public func medium(_ medium: String) -> String {
        with.isEmpty ? medium : "\(with) \(medium)"
    }

    /// What a state of a witness is: «antes de las correcciones del autor».
    public func stateDescription(_ correction: WitnessReference.Correction) -> String {
        switch correction {
        case .before: stateBefore
        case .after: stateAfter
        case .stage(let k): "\(stateStage) \(k)"
        }
    }
}
