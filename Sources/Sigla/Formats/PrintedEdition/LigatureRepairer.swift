/// Running text with its ligatures repaired and its calls removed. Internal.
struct RepairedText: Sendable {
    var text = ""
    /// For each raw offset (and one past the end), the offset in ``text``.
    var offsets: [Int] = []
    /// The calls, with their offset in ``text``.
    var calls: [(call: RawCall, offset: Int)] = []
    var repairs: [(kind: LigatureRepair.Kind, printed: String, repaired: String, rawOffset: Int, confident: Bool)] =
        []
    /// Repairs decided on weak evidence, by raw offset.
    var doubts: [(rawOffset: Int, message: String)] = []
}

/// Repairs ligature damage in running text, word by word, using the book's own lexicon.
///
/// A word is a run of letters and damaged characters. Each damaged character is judged by
/// where it sits and what it ordinarily means (``LigatureDamage/OrdinaryUse``):
/// - **inside a word**, between letters, a punctuation mark, symbol or digit is damage:
///   `clasi!cados` → `clasificados`, `La8ont` → `Laffont`. A `!` followed by a capital while
///   a Spanish `¡` is open is kept (it closes the exclamation) and reported.
/// - **at the start of a word**, before a letter, it is damage too (`!nalmente`, `9omas` →
///   `Thomas`, `-aco` → `flaco`); of several restorations the one making a word of the book
///   wins (`!e` → `The`, since *the* is printed and *fie* is not). A `"` there is an opening
///   quote when the bare word is a word of the book and the restored one is not.
/// - **at the end of a word**, a `!` or `"` is punctuation and is not part of the word; a
///   symbol is damage (`blu#` → `bluff`); a digit is a call (see ``CallLocator``) or else
///   damage (`Wol8` → `Wolff`), except after a word of the book, where it is kept and reported.
/// - **a hyphen between letters** joins a compound or is a damaged 'fl'. It is kept when the
///   second part starts with a capital or a consonant (Spanish 'fl' is always followed by a
///   vowel: `jueces-robot`, `s-r`) or when the second part is a word of the book
///   (`franco-alemán`); it becomes 'fl' when the whole with 'fl' is a word of the book, or
///   the second part is not a word (`re-exiones` → `reflexiones`, `in-uencia` → `influencia`).
///   Decisions where one part is a word and the other is not are reported.
struct LigatureRepairer {
    let damage: DamageTable
    let lexicon: PrintedLexicon

    private static let wordOpeners: Set<Unicode.Scalar> = Set("«(“¿¡—\"'[‘".unicodeScalars)

    /// Repairs a raw text, removing the given calls (sorted, not overlapping).
    ///
    /// - Complexity: O(*n*), *n* the length of the text; a damaged word costs a few lexicon
    ///   look-ups.
    func repair(_ raw: [Unicode.Scalar], calls: [RawCall] = []) -> RepairedText {
        var result = RepairedText()
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(raw.count)
        var count = 0
        result.offsets = Array(repeating: 0, count: raw.count + 1)
        var callIndex = 0
        var exclamations = 0
        var index = 0
        while index < raw.count {
            let limit = callIndex < calls.count ? calls[callIndex].start : raw.count
            if index == limit {
                let call = calls[callIndex]
                for position in call.start..<min(call.end, raw.count) { result.offsets[position] = count }
                result.calls.append((call, count))
                index = call.end
                callIndex += 1
                continue
            }
            if startsWord(raw, at: index, limit: limit) {
                let end = wordEnd(raw, from: index, limit: limit)
                let word = resolve(
                    raw[index..<end], exclamationsOpen: exclamations > 0,
                    followedByHyphen: end < raw.count
                        && damage[raw[end]]?.ordinaryUse == .hyphen, rawOffset: index, into: &result)
                for position in index..<end { result.offsets[position] = count + min(position - index, word.count) }
                output.append(contentsOf: word)
                count += word.count
                index = end
                continue
            }
            let scalar = raw[index]
            if scalar == "¡" {
                exclamations += 1
            } else if scalar == "!" {
                exclamations = max(0, exclamations - 1)
            } else if scalar == "\n" {
                exclamations = 0
            }
            result.offsets[index] = count
            output.append(scalar)
            count += 1
            index += 1
        }
        result.offsets[raw.count] = count
        result.text = String(scalars: output)
        return result
    }

    private func startsWord(_ raw: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        let scalar = raw[index]
        if scalar.isWordLetter { return true }
        guard let entry = damage[scalar], index + 1 < limit else { return false }
        let next = raw[index + 1]
        let previous: Unicode.Scalar? = index > 0 ? raw[index - 1] : nil
        if let previous, previous.isWordLetter || previous.isPlainDigit { return false }
        switch entry.ordinaryUse {
        case .hyphen:
            guard next.isLowercaseWordLetter else { return false }
            guard let previous else { return true }
            return previous.isBlankSpace || Self.wordOpeners.contains(previous)
        case .digit, .closingPunctuation, .quotation, .symbol:
            return next.isWordLetter
        }
    }

    private func wordEnd(_ raw: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var end = start + 1
        while end < limit {
            let scalar = raw[end]
            if scalar.isWordLetter {
                end += 1
                continue
            }
            guard let entry = damage[scalar] else { break }
            let next: Unicode.Scalar? = end + 1 < limit ? raw[end + 1] : nil
            let previous = raw[end - 1]
            let nextIsLetter = next?.isWordLetter ?? false
            let continues: Bool
            switch entry.ordinaryUse {
            case .closingPunctuation, .quotation:
                continues = nextIsLetter
            case .symbol:
                continues = nextIsLetter || previous.isWordLetter
            case .hyphen:
                if nextIsLetter {
                    continues = true
                } else if let next, let nextEntry = damage[next], nextEntry.ordinaryUse != .hyphen,
                    end + 2 < limit, raw[end + 2].isWordLetter
                {
                    continues = true
                } else {
                    continues = false
                }
            case .digit:
                continues = nextIsLetter || (previous.isWordLetter && !(next?.isPlainDigit ?? false))
            }
            guard continues else { break }
            end += 1
        }
        return end
    }

    private enum Decision {
        case keep
        case restore(String)
    }

    /// Resolves the damaged characters of one word and returns the repaired word.
    private func resolve(
        _ run: ArraySlice<Unicode.Scalar>, exclamationsOpen: Bool, followedByHyphen: Bool, rawOffset: Int,
        into result: inout RepairedText
    ) -> [Unicode.Scalar] {
        let word = Array(run)
        let positions = word.indices.filter { damage.contains(word[$0]) }
        guard !positions.isEmpty else { return word }
        var decisions: [Int: Decision] = [:]
        var doubtful: Set<Int> = []
        var notes: [String] = []
        let isHyphen: (Int) -> Bool = { self.damage[word[$0]]?.ordinaryUse == .hyphen }

        // The part (between hyphens) holding a position, with damage provisionally repaired.
        func part(around position: Int, trying candidate: String?) -> String {
            var start = position
            while start > 0, !isHyphen(start - 1) { start -= 1 }
            var end = position + 1
            while end < word.count, !isHyphen(end) { end += 1 }
            return text(from: start, to: end, replacing: position, with: candidate)
        }
        func text(from start: Int, to end: Int, replacing position: Int? = nil, with candidate: String? = nil)
            -> String
        {
            var scalars: [Unicode.Scalar] = []
            for index in start..<end {
                if index == position, let candidate {
                    scalars.append(contentsOf: candidate.unicodeScalars)
                } else if let decision = decisions[index] {
                    if case .restore(let letters) = decision {
                        scalars.append(contentsOf: letters.unicodeScalars)
                    } else {
                        scalars.append(word[index])
                    }
                } else if let entry = damage[word[index]], entry.ordinaryUse != .hyphen,
                    let first = entry.restorations.first(where: { $0.first?.isLowercase == true })
                {
                    scalars.append(contentsOf: first.unicodeScalars)
                } else {
                    scalars.append(word[index])
                }
            }
            return String(scalars: scalars)
        }

        // Damaged punctuation, symbols and digits first; hyphens need their neighbours repaired.
        for position in positions where !isHyphen(position) {
            guard let entry = damage[word[position]] else { continue }
            let atStart = position == 0 || isHyphen(position - 1)
            let atEnd = position == word.count - 1
            let candidates = entry.restorations.filter { atStart || $0.first?.isUppercase != true }
            guard let first = candidates.first else {
                decisions[position] = .keep
                continue
            }
            if entry.ordinaryUse == .closingPunctuation, !atStart, !atEnd, word[position + 1].isUppercaseWordLetter,
                exclamationsOpen
            {
                decisions[position] = .keep
                notes.append(
                    "kept «\(String(Character(word[position])))» in «\(text(from: 0, to: word.count))»: "
                        + "it may close the open «¡»")
                continue
            }
            if entry.ordinaryUse == .digit, atEnd, !atStart {
                let bare = part(around: position, trying: "")
                let restored = part(around: position, trying: first)
                if lexicon.knows(bare), !lexicon.knows(restored) {
                    decisions[position] = .restore(first)
                    doubtful.insert(position)
                    notes.append(
                        "read «\(bare)\(String(Character(word[position])))» as «\(restored)», "
                            + "though «\(bare)» is a word of the book: or a call without note?")
                    continue
                }
            }
            let known = candidates.filter { lexicon.knows(part(around: position, trying: $0)) }
            if let chosen = known.first {
                decisions[position] = .restore(chosen)
                if known.count > 1 {
                    doubtful.insert(position)
                    notes.append(
                        "«\(part(around: position, trying: known[0]))» and "
                            + "«\(part(around: position, trying: known[1]))» are both words of the book")
                }
            } else if entry.ordinaryUse == .quotation, atStart, lexicon.knows(part(around: position, trying: "")) {
                decisions[position] = .keep
                notes.append(
                    "took «\(String(Character(word[position])))» before «\(part(around: position, trying: ""))» "
                        + "for a quotation mark, not «\(part(around: position, trying: first))»")
            } else {
                decisions[position] = .restore(first)
            }
        }

        for position in positions where isHyphen(position) {
            guard let letters = damage[word[position]]?.restorations.first else { continue }
            if position == 0 {
                // A dash stuck to a word between hyphens (`Ivry -sur-Seine`, `-indivi-dualiste-`)
                // is kept; a lone `-echa` is `flecha` even though `echa` is a word.
                let rest = part(around: 1, trying: nil)
                let hyphenFollows = positions.contains { $0 > 0 && isHyphen($0) } || followedByHyphen
                if hyphenFollows, rest.count >= 3, lexicon.knows(rest) {
                    decisions[position] = .keep
                    notes.append("kept «-» before «\(rest)», a word of the book; or «\(letters)\(rest)»?")
                } else {
                    decisions[position] = .restore(letters)
                }
                continue
            }
            let before = part(around: position - 1, trying: nil)
            let after = position + 1 < word.count ? part(around: position + 1, trying: nil) : ""
            guard let firstAfter = after.unicodeScalars.first, !before.isEmpty else {
                decisions[position] = .keep
                continue
            }
            let lastBefore = before.unicodeScalars.last
            if firstAfter.isUppercaseWordLetter || !firstAfter.isLatinVowel {
                decisions[position] = .keep
            } else if let lastBefore, !lastBefore.isLatinVowel, !"nrsNRS".unicodeScalars.contains(lastBefore) {
                // Only a vowel, n, r or s comes before 'fl' (re-fl, in-fl, super-fl, des-fl).
                decisions[position] = .keep
            } else if lexicon.knows(before + letters + after) {
                decisions[position] = .restore(letters)
            } else if lexicon.knows(after) || (after.count > PrintedLexicon.stemLength && lexicon.knowsStem(of: after))
            {
                decisions[position] = .keep
                if !(lexicon.knows(before) || before.first?.isUppercase == true) {
                    doubtful.insert(position)
                    notes.append(
                        "kept the hyphen of «\(before)-\(after)»: «\(after)» is (like) a word of the "
                            + "book, «\(before)» is not; or «\(before)\(letters)\(after)»?")
                }
            } else {
                decisions[position] = .restore(letters)
                if before.count >= 4, lexicon.knows(before) {
                    doubtful.insert(position)
                    notes.append(
                        "read «\(before)-\(after)» as «\(before)\(letters)\(after)»: "
                            + "«\(before)» is a word of the book, «\(after)» is not")
                }
            }
        }

        let repaired = text(from: 0, to: word.count)
        let printed = String(scalars: word)
        for position in positions {
            if case .restore(let letters) = decisions[position] {
                result.repairs.append(
                    (
                        LigatureRepair.Kind(printed: String(Character(word[position])), restored: letters), printed,
                        repaired, rawOffset + position, !doubtful.contains(position)
                    ))
            }
        }
        for note in notes { result.doubts.append((rawOffset, note)) }
        return Array(repaired.unicodeScalars)
    }
}
