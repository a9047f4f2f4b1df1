/// Collates two or more witnesses.
///
/// The pipeline: tokenize (`Tokenizer`), normalize (`Normalizer`), map normalized forms
/// to integer ids, align every witness with the base (`PairwiseAligner`: anchored diff,
/// transpositions, near matching), merge those alignments into one table
/// (`MultipleAlignment`), and read the variant locations off the table
/// (`VariantLocator`).
///
/// The result does not depend on the order in which witnesses are given: the base is
/// chosen by siglum when not named, the others are merged in siglum order, and rows keep
/// the given order only for display.
///
/// No I/O: texts come in as strings, results go out as values.
public struct Collator: Sendable {
    /// The configuration applied.
    public var configuration: CollationConfiguration

    /// Creates a collator.
    public init(configuration: CollationConfiguration = CollationConfiguration()) {
        self.configuration = configuration
    }

    /// Collates witnesses given as (siglum, text) pairs.
    ///
    /// - Throws: `CollationError` for fewer than two witnesses, duplicate or empty sigla,
    ///   an unknown base, or an invalid spelling rule.
    /// - Complexity: near linear in the total length for witnesses that mostly agree; see
    ///   Docs/collation.md.
    public func collate(_ witnesses: [(siglum: String, text: String)]) throws -> Collation {
        try collate(witnesses.map { WitnessInput(siglum: $0.siglum, text: $0.text) })
    }

    /// Collates witnesses given as text or as tokens.
    ///
    /// - Throws: `CollationError`, as `collate(_:)`.
    public func collate(_ inputs: [WitnessInput]) throws -> Collation {
        guard inputs.count >= 2 else { throw CollationError.tooFewWitnesses(count: inputs.count) }
        var seen = Set<String>()
        for input in inputs {
            if input.siglum.isEmpty { throw CollationError.emptySiglum }
            if !seen.insert(input.siglum).inserted { throw CollationError.duplicateSiglum(input.siglum) }
        }
        let sigla = inputs.map(\.siglum)
        let baseSiglum = configuration.base ?? sigla.min()!
        guard let baseIndex = sigla.firstIndex(of: baseSiglum) else {
            throw CollationError.unknownBase(baseSiglum, known: sigla)
        }
        // Validates the spelling rules before any work is done.
        _ = try Normalizer(settings: configuration.normalization)

        // Tokenize each witness on its own core; keep the normalized forms given with pre-made tokens.
        let tokenizer = Tokenizer(settings: configuration.normalization)
        var tokenized = ParallelMap.map(inputs.count) { index -> (TokenizedText, [Int32], TextInterner)? in
            guard case .text(let text) = inputs[index].content else { return nil }
            // A book has about one distinct text per 40 bytes; the table grows past that.
            var interner = TextInterner(capacity: max(1 << 10, text.utf8.count / 32))
            let (result, ids) = tokenizer.tokenize(text, interner: &interner)
            return (result, ids, interner)
        }
        var leading: [String] = []
        var tokens: [[Token]] = []
        var givenForms: [[String?]] = []
        var internedIDs: [[Int32]] = []
        // Per tokenized witness: token -> text id in the witness's own interner, those texts,
        // their shared ids, and whether the shared text has the very same bytes.
        var localIDsOf: [[Int32]] = []
        var localTextsOf: [[String]] = []
        var globalOfLocal: [[Int32]] = []
        var sameBytesAsGlobal: [[Bool]] = []
        // Texts shared by all witnesses, by String equality (canonical equivalence), keyed on
        // bytes. When the first witness's texts are NFC (nearly always), its interner is
        // taken over with its ids; the others' NFC texts are looked up in it by their bytes.
        // (Made small: it is nearly always replaced by the first witness's.)
        var textIDs = CanonicalInterner(capacity: 1 << 10)
        var distinct: [(text: String, kind: TokenKind)] = []
        func internText(_ text: String) -> Int32 {
            let (id, isNew) = textIDs.intern(text)
            if isNew { distinct.append((text, TokenKind.classify(text))) }
            return id
        }
        for (index, input) in inputs.enumerated() {
            if let (result, localIDs, interner) = tokenized[index] {
                // Taken out, so that the token arrays below are not shared (setting their
                // normalized forms would copy them).
                tokenized[index] = nil
                var local = interner
                let localTexts = local.takeTexts()
                var global: [Int32]
                var sameBytes: [Bool]
                if distinct.isEmpty && local.allTextsAreKnownNFC {
                    textIDs = CanonicalInterner(adopting: local)
                    distinct = localTexts.map { ($0, TokenKind.classify($0)) }
                    global = Array(0..<Int32(localTexts.count))
                    sameBytes = [Bool](repeating: true, count: localTexts.count)
                    internedIDs.append(localIDs)
                } else {
                    let isNFC = local.allTextsAreKnownNFC
                    global = []
                    global.reserveCapacity(localTexts.count)
                    sameBytes = []
                    sameBytes.reserveCapacity(localTexts.count)
                    for l in localTexts.indices {
                        if isNFC {
                            let (id, isNew) = textIDs.intern(nfcTextOf: Int32(l), in: local)
                            if isNew { distinct.append((localTexts[l], TokenKind.classify(localTexts[l]))) }
                            global.append(id)
                            sameBytes.append(true)
                        } else {
                            let id = internText(localTexts[l])
                            global.append(id)
                            sameBytes.append(CanonicalText.sameBytes(distinct[Int(id)].text, localTexts[l]))
                        }
                    }
                    internedIDs.append(Self.mapped(localIDs, through: global))
                }
                leading.append(result.leadingWhitespace)
                tokens.append(result.tokens)
                givenForms.append([])
                localIDsOf.append(localIDs)
                localTextsOf.append(localTexts)
                globalOfLocal.append(global)
                sameBytesAsGlobal.append(sameBytes)
            } else if case .tokens(let inputTokens) = input.content {
                let (whitespace, made, forms) = Self.tokens(from: inputTokens)
                leading.append(whitespace)
                tokens.append(made)
                internedIDs.append(made.map { internText($0.text) })
                givenForms.append(forms)
                localIDsOf.append([])
                localTextsOf.append([])
                globalOfLocal.append([])
                sameBytesAsGlobal.append([])
            }
        }
        // Normalize each distinct text once: a book repeats its words.
        let textIDOf = internedIDs
        // The `-` → `fl` repair consults the vocabulary of all witnesses: it is built on one
        // core while the other computes every key that does not need it (nearly all).
        let settings = configuration.normalization
        let words = distinct.filter { $0.kind == .word }.map(\.text)
        let texts = distinct
        let (vocabulary, earlyKeys) = ParallelMap.both(
            { FormCache.vocabulary(of: words) },
            {
                let early = FormCache(settings: settings, withoutVocabulary: ())
                return texts.map { early.keyWithoutVocabulary($0.text, $0.kind) }
            })
        let forms = FormCache(settings: settings, words: words, vocabulary: vocabulary)
        // A key's id is the id of the text it equals, if any (nearly every key is its own
        // text), else a further id: one hash per changed key rather than one per text.
        var otherKeys = CanonicalInterner(capacity: 1 << 10)
        let firstOtherKey = Int32(distinct.count)
        // The first key string given each id (what tokens then show as `normalized`).
        var keyStrings = [String?](repeating: nil, count: distinct.count)
        func intern(_ key: String, textID: Int32? = nil) -> Int32 {
            let id = textID ?? textIDs.id(of: key) ?? firstOtherKey + otherKeys.intern(key).id
            if Int(id) == keyStrings.count {
                keyStrings.append(key)
            } else if keyStrings[Int(id)] == nil {
                keyStrings[Int(id)] = key
            }
            return id
        }
        func keyText(_ id: Int32) -> String { keyStrings[Int(id)] ?? "" }
        // Whether each text's key is its very bytes (the token's normalized form stays its text).
        var keyIsText = [Bool](repeating: false, count: distinct.count)
        let keyIDOfText = distinct.indices.map { id -> Int32 in
            let key = earlyKeys[id] ?? forms.uncachedKey(distinct[id].text, distinct[id].kind)
            keyIsText[id] = CanonicalText.sameBytes(key, distinct[id].text)
            return intern(key, textID: keyIsText[id] ? Int32(id) : nil)
        }
        var ids: [[Int32]] = []
        for w in tokens.indices {
            var row = Self.mapped(textIDOf[w], through: keyIDOfText)
            if givenForms[w].isEmpty {
                // Tokenized here: a token's normalized form is still its text; set the key
                // where it differs from the text, decided once per distinct text.
                // Per local text: -1 when its key is its text, else the index of the key in
                // `changedKeys` (a test per token of an optional string cost a retain).
                var changedKeys: [String] = []
                let changed = localTextsOf[w].indices.map { l -> Int32 in
                    let g = Int(globalOfLocal[w][l])
                    if sameBytesAsGlobal[w][l] && keyIsText[g] { return -1 }
                    let key = keyText(keyIDOfText[g])
                    if !sameBytesAsGlobal[w][l] && CanonicalText.sameBytes(key, localTextsOf[w][l]) { return -1 }
                    changedKeys.append(key)
                    return Int32(changedKeys.count - 1)
                }
                if !changedKeys.isEmpty {
                    localIDsOf[w].withUnsafeBufferPointer { localIDs in
                        changed.withUnsafeBufferPointer { changed in
                            tokens[w].withUnsafeMutableBufferPointer { witnessTokens in
                                for t in witnessTokens.indices {
                                    let c = changed[Int(localIDs[t])]
                                    if c >= 0 { witnessTokens[t].normalized = changedKeys[Int(c)] }
                                }
                            }
                        }
                    }
                }
            } else {
                for t in tokens[w].indices {
                    if let given = givenForms[w][t] { row[t] = intern(given) }
                    tokens[w][t].normalized = keyText(row[t])
                }
            }
            ids.append(row)
        }
        let witnesses = inputs.indices.map {
            CollatedWitness(siglum: sigla[$0], leadingWhitespace: leading[$0], tokens: tokens[$0])
        }
        let order = [baseIndex] + inputs.indices.filter { $0 != baseIndex }.sorted { sigla[$0] < sigla[$1] }
        var aligner = PairwiseAligner(
            diff: AnchoredDiff(alphabetSize: Int(firstOtherKey) + otherKeys.count),
            nearMatcher: NearMatcher(
                nearMatching: configuration.nearMatching, threshold: configuration.nearMatchThreshold),
            transpositions: TranspositionDetector(settings: configuration.transpositions),
            forms: forms)
        let alignment = MultipleAlignment.build(
            witnesses: witnesses, ids: ids, order: order, aligner: &aligner)
        let emptyID = textIDs.id(of: "") ?? otherKeys.id(of: "").map { firstOtherKey + $0 }
        let locations = VariantLocator(
            witnesses: witnesses, ids: ids, textIDs: textIDOf, ignorableID: emptyID, baseIndex: baseIndex, forms: forms,
            folder: FolderByText(texts: distinct, forms: forms)
        ).locations(table: alignment.table, transpositions: alignment.transpositions)
        return Collation(
            witnesses: witnesses, baseIndex: baseIndex, table: alignment.table,
            transpositions: alignment.transpositions, variantLocations: locations, configuration: configuration)
    }

    /// `ids.map { table[Int($0)] }` on raw buffers: `map` checked the result's uniqueness
    /// per element, which cost more than the lookup over a book's 190,000 tokens.
    private static func mapped(_ ids: [Int32], through table: [Int32]) -> [Int32] {
        ids.withUnsafeBufferPointer { ids in
            table.withUnsafeBufferPointer { table in
                [Int32](unsafeUninitializedCapacity: ids.count) { result, count in
                    for i in ids.indices { result[i] = table[Int(ids[i])] }
                    count = ids.count
                }
            }
        }
    }

    /// Splits CollateX-style tokens (`t` with trailing whitespace) into Sigla tokens.
    static func tokens(from inputs: [InputToken]) -> (String, [Token], [String?]) {
        var leading = ""
        var tokens: [Token] = []
        var forms: [String?] = []
        var offset = 0
        for input in inputs {
            let scalars = input.text.unicodeScalars
            var end = scalars.endIndex
            while end > scalars.startIndex, CharacterClass(scalars[scalars.index(before: end)]) == .whitespace {
                end = scalars.index(before: end)
            }
            let text = String(scalars[scalars.startIndex..<end])
            let whitespace = String(scalars[end...])
            if text.isEmpty {
                // A whitespace-only token belongs to the text around it.
                if tokens.isEmpty {
                    leading += whitespace
                } else {
                    tokens[tokens.count - 1].trailingWhitespace += whitespace
                }
            } else {
                tokens.append(Token(text: text, trailingWhitespace: whitespace, offset: offset))
                forms.append(input.normalized)
            }
            offset += input.text.utf8.count
        }
        return (leading, tokens, forms)
    }
}
