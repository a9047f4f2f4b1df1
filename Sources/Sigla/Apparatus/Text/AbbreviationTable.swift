/// The abbreviations a splitter knows, keyed without their final period.
///
/// A key written in lowercase matches the word in any case (`cf` matches `cf.` and `Cf.`);
/// a key with a capital matches only that exact spelling (`Me` is French *Maître*, while
/// English `me.` ends sentences).
struct AbbreviationTable: Hashable, Sendable {
    private var exact: [String: AbbreviationKind] = [:]
    private var folded: [String: AbbreviationKind] = [:]
    /// The longest key, in UTF-8 bytes: a longer word is no abbreviation, whatever its case.
    private var longestKey = 0

    init(languages: Set<SentenceSplitter.Language>, exceptions: SentenceSplitter.Exceptions) {
        for language in SentenceSplitter.Language.allCases where languages.contains(language) {
            for (kind, words) in Self.builtIn(language) {
                for word in words { insertStrongest(word, kind) }
            }
        }
        for word in exceptions.notAbbreviations { remove(word) }
        for (word, kind) in exceptions.abbreviations {
            remove(word)
            insert(word, kind)
        }
    }

    /// The kind of `word` (without its period), if it is an abbreviation.
    func kind(of word: String) -> AbbreviationKind? {
        // Every word before a period is looked up: the cheap answers first.
        // (Lowercasing can shorten a scalar's UTF-8 to a third: K, the Kelvin sign, is 3 bytes.)
        guard word.utf8.count <= longestKey * 3 else { return nil }
        if let kind = exact[word] { return kind }
        if word.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            return folded[word]
        }
        return folded[word.lowercased()]
    }

    private static func key(_ word: String) -> String {
        word.hasSuffix(".") ? String(word.dropLast()) : word
    }

    private static func isFoldable(_ key: String) -> Bool { key == key.lowercased() }

    private mutating func insert(_ word: String, _ kind: AbbreviationKind) {
        let key = Self.key(word)
        longestKey = max(longestKey, key.utf8.count)
        if Self.isFoldable(key) { folded[key] = kind } else { exact[key] = kind }
    }

    /// When two languages disagree, the kind that splits less wins: `Sr.` is a Spanish
    /// title before a name far more often than an English "Senior" at a sentence end.
    private mutating func insertStrongest(_ word: String, _ kind: AbbreviationKind) {
        let key = Self.key(word)
        let current = Self.isFoldable(key) ? folded[key] : exact[key]
        if let current, Self.strength(current) >= Self.strength(kind) { return }
        insert(word, kind)
    }

    private mutating func remove(_ word: String) {
        let key = Self.key(word)
        exact[key] = nil
        folded[key] = nil
        folded[key.lowercased()] = nil
    }

    private static func strength(_ kind: AbbreviationKind) -> Int {
        switch kind {
        case .neverFinal: 2
        case .beforeNumber: 1
        case .mayEnd: 0
        }
    }

    // Single letters (`p.`, `n.`, `s.`, `c.`, `M.`, `J.`) need no entry: the splitter
    // treats any single letter before a period as an initial or an abbreviation.
    private static func builtIn(_ language: SentenceSplitter.Language) -> [AbbreviationKind: [String]] {
        switch language {
        case .spanish:
            return [
                .neverFinal: [
                    "Sr", "Sra", "Srta", "Sres", "Sras", "Dr", "Dra", "Dres", "Dña", "Lic", "Ing", "Prof", "Profa",
                    "Gral", "Cnel", "Excmo", "Excma", "Ilmo", "Ilma", "Mons", "Fr", "Sto", "Sta", "Vda", "Pbro",
                    "cf", "pp", "pág", "págs", "núm", "núms", "vol", "vols", "cap", "caps", "art", "arts", "fig",
                    "figs", "fol", "fols", "op", "loc", "ej", "ca", "cca", "ap", "apud", "trad", "col", "cols", "Ed",
                    "Eds", "Edit",
                ],
                .mayEnd: [
                    "etc", "cit", "ibid", "ib", "íd", "id", "ed", "eds", "ss", "sig", "sigs", "vid", "aprox", "Ud",
                    "Uds", "Vd", "Vds", "Cía", "Hnos", "dir", "dirs", "coord", "coords", "comp",
                    "s.a", "s.l", "s.f", "s.d", "EE.UU", "a.m", "p.m", "ene", "feb", "mar", "abr", "jun", "jul",
                    "ago", "sep", "sept", "oct", "nov", "dic",
                ],
            ]
        case .french:
            return [
                .neverFinal: [
                    "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "cf", "pp",
                    "vol", "vols", "chap", "art", "fig", "op", "loc", "av", "apr", "env", "ex", "c.-à-d", "trad",
                    "coll",
                    "Éd", "Éds", "Édit",
                ],
                .beforeNumber: ["no", "nos"],
                .mayEnd: [
                    "etc", "cit", "ibid", "id", "éd", "éds", "réimpr", "J.-C", "s.d", "s.l",
                    "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
                ],
            ]
        case .english:
            return [
                .neverFinal: [
                    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Mt", "Ft", "Gen", "Col", "Capt", "Lt", "Sgt",
                    "Rev", "Hon", "Gov", "Rep", "Sen", "Ch", "Th", "Ph", "Wm", "vs", "viz", "cf", "pp", "vol",
                    "vols", "ch", "chap", "fig", "figs", "op", "loc", "ca", "cca", "e.g", "i.e",
                ],
                .beforeNumber: ["no", "nos"],
                .mayEnd: [
                    "etc", "cit", "ibid", "id", "ed", "eds", "trans", "approx", "Jr", "Inc", "Ltd", "Co", "Corp",
                    "al", "ff", "a.m", "p.m", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                    "Oct", "Nov", "Dec",
                ],
            ]
        }
    }
}
