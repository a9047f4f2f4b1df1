/// A place where the witnesses differ from the base text, in the base text's coordinates,
/// with what each witness state reads there and what the established text would read if
/// the editor adopted it.
public struct EditionLocation: Hashable, Sendable, Codable {
    public var id: LocationID
    /// The base text here: UTF-8 range in the section's base text (empty where the base
    /// has nothing and another witness adds text).
    public var baseRange: Range<Int>
    public var lemma: String
    /// Every compared state's reading, the base's first.
    public var readings: [Decision.Reading]
    public var kind: VariantKind?
    public var isSubstantive: Bool
    /// For each state, the base range its adoption replaces and the text that replaces it
    /// (white space included, so the established text stays well spaced).
    public var adoptions: [String: Adoption]
    /// For a place inside text another decision brought in: the words it is about.
    public var anchor: String?
    /// For each state, where its reading is in that state's own text (UTF-8 range; empty
    /// where the state has nothing here: the point where its text would be). The
    /// apparatus uses it to find the revisions (struck, added, in which medium) behind a
    /// reading in the transcription's source map.
    public var readingRanges: [String: Range<Int>] = [:]

    /// What adopting one state's reading does to the base text.
    public struct Adoption: Hashable, Sendable, Codable {
        public var baseRange: Range<Int>
        public var text: String
    }

    /// The reading of a state.
    public func reading(of state: String) -> String? {
        readings.first { $0.state == state }?.text
    }
}

/// Finds the edition's variant locations in a collation of the base state with the other
/// witness states.
public enum LocationFinder {
    /// The locations of `collation` (whose base is the text `base` was built from), named
    /// by section, sentence and order.
    ///
    /// A location inside a heading line belongs to no section and is left out: headings
    /// are not decided.
    ///
    /// - Complexity: O(*l* log *s*) for *l* locations and *s* sentences.
    public static func locations(base: BaseText, collation: Collation) -> [EditionLocation] {
        let baseWitness = collation.base
        let baseTokens = baseWitness.tokens
        var found: [EditionLocation] = []
        var ordinals: [String: Int] = [:]
        for var location in collation.variantLocations {
            location = slidToSentenceBoundary(location, in: collation)
            guard let baseReading = location.reading(of: baseWitness.siglum) else { continue }
            let tokens = baseReading.tokens
            let start: Int
            let end: Int
            var afterPrevious = false
            if tokens.isEmpty {
                // An addition goes right after the base's previous word, before the white
                // space that follows it (a paragraph break stays after the added text) —
                // unless that word is in another section (a heading lies between), when
                // it goes before the next word.
                let next = tokens.lowerBound < baseTokens.count
                    ? baseTokens[tokens.lowerBound].offset
                    : (baseTokens.last.map { $0.offset + $0.text.utf8.count } ?? 0)
                if tokens.lowerBound > 0 {
                    let previous = baseTokens[tokens.lowerBound - 1]
                    let candidate = previous.offset + previous.text.utf8.count
                    if let here = base.locate(candidate), let there = base.locate(next), here.section == there.section,
                        candidate >= base.sections[here.section].offset
                    {
                        afterPrevious = true
                    }
                    start = afterPrevious ? candidate : next
                } else {
                    start = next
                }
                // Between two words the place is the white space between them, which the
                // adopted reading brings its own of (a paragraph break, or a space).
                end = afterPrevious && tokens.lowerBound < baseTokens.count ? next : start
            } else {
                start = baseTokens[tokens.lowerBound].offset
                let last = baseTokens[tokens.upperBound - 1]
                end = last.offset + last.text.utf8.count
            }
            guard let (sectionIndex, localStart) = base.locate(start) else { continue }
            let section = base.sections[sectionIndex]
            let localEnd = localStart + (end - start)
            guard localEnd <= section.text.utf8.count else { continue }
            // An insertion between two sentences belongs to the sentence before it.
            let sentence = tokens.isEmpty && localStart > 0
                ? section.sentenceNumber(at: localStart - 1) : section.sentenceNumber(at: localStart)
            let key = "\(section.id.rawValue).\(sentence)"
            let ordinal = (ordinals[key] ?? 0) + 1
            ordinals[key] = ordinal
            let id = LocationID(section: section.id, sentence: sentence, ordinal: ordinal)

            var adoptions: [String: EditionLocation.Adoption] = [:]
            var readingRanges: [String: Range<Int>] = [:]
            for (row, reading) in location.readings.enumerated() {
                let witness = collation.witnesses[row]
                adoptions[reading.siglum] = adoption(
                    of: reading, in: witness, base: baseWitness, baseTokens: tokens, start: localStart, end: localEnd,
                    section: section, afterPrevious: afterPrevious)
                readingRanges[reading.siglum] = range(of: reading, in: witness)
            }
            found.append(
                EditionLocation(
                    id: id, baseRange: localStart..<localEnd, lemma: baseReading.text,
                    readings: location.readings.map { Decision.Reading(state: $0.siglum, text: $0.text) },
                    kind: location.kind, isSubstantive: location.significance.isSubstantive, adoptions: adoptions,
                    readingRanges: readingRanges))
        }
        return found
    }

    /// A gap slid to where an editor would put it.
    ///
    /// A diff may place an added or omitted block anywhere among equivalent positions:
    /// adding «El más listo … tinieblas… El» before «juicio» is the same edit as adding
    /// «El más listo … tinieblas…» before «El juicio». An editor thinks in sentences, so
    /// of the equivalent positions the one where the block starts after a sentence end
    /// (and ends one) is taken.
    ///
    /// - Complexity: O(*k*) for a block that can slide *k* tokens.
    static func slidToSentenceBoundary(_ location: VariantLocation, in collation: Collation) -> VariantLocation {
        let baseRow = collation.baseIndex
        let readings = location.readings
        let others = readings.indices.filter { $0 != baseRow }
        let baseRange = readings[baseRow].tokens
        // The rows that have the block (the witnesses adding it, or the base and the
        // witnesses agreeing with it) and the rows that lack it.
        let having: [Int]
        let lacking: [Int]
        if baseRange.isEmpty {
            having = others.filter { !readings[$0].tokens.isEmpty }
            lacking = [baseRow] + others.filter { readings[$0].tokens.isEmpty }
        } else {
            having = [baseRow] + others.filter { !readings[$0].tokens.isEmpty }
            lacking = others.filter { readings[$0].tokens.isEmpty }
        }
        guard let model = having.first, let gap = lacking.first,
            having.allSatisfy({ readings[$0].text == readings[model].text })
        else { return location }
        let tokens = collation.witnesses[model].tokens
        guard
            let shift = bestShift(
                block: readings[model].tokens, in: tokens, against: collation.witnesses[gap].tokens,
                at: readings[gap].tokens.lowerBound),
            shift != 0
        else { return location }
        var slid = location
        for row in having {
            let range = readings[row].tokens
            let moved = (range.lowerBound + shift)..<(range.upperBound + shift)
            let own = collation.witnesses[row].tokens
            guard moved.upperBound <= own.count else { return location }
            slid.readings[row] = Reading(siglum: readings[row].siglum, tokens: moved, text: text(of: moved, in: own))
        }
        // Every row that has the block must read the same after the move, or it is not the same edit.
        guard having.allSatisfy({ slid.readings[$0].text == slid.readings[model].text }) else { return location }
        for row in lacking {
            let point = readings[row].tokens.lowerBound + shift
            slid.readings[row] = Reading(siglum: readings[row].siglum, tokens: point..<point, text: "")
        }
        return slid
    }

    /// How far `block` (tokens of `sequence` that `other` lacks before its token `point`)
    /// can move and still be the same edit, choosing the place that best follows
    /// sentences; nil or 0 to stay.
    static func bestShift(block: Range<Int>, in sequence: [Token], against other: [Token], at point: Int) -> Int? {
        func same(_ x: Token, _ y: Token) -> Bool { x.normalized == y.normalized && x.text == y.text }
        var shifts = [0]
        var i = 1
        // Left: the block's last token equals the token before it, which the other text has too.
        while block.lowerBound - i >= 0, point - i >= 0, block.upperBound - i > block.lowerBound - i,
            same(sequence[block.upperBound - i], sequence[block.lowerBound - i]),
            same(other[point - i], sequence[block.lowerBound - i])
        {
            shifts.append(-i)
            i += 1
        }
        i = 1
        // Right: the block's first token equals the token after it, which the other text has too.
        while block.upperBound + i - 1 < sequence.count, point + i - 1 < other.count,
            same(sequence[block.lowerBound + i - 1], sequence[block.upperBound + i - 1]),
            same(other[point + i - 1], sequence[block.upperBound + i - 1])
        {
            shifts.append(i)
            i += 1
        }
        guard shifts.count > 1 else { return nil }
        func endsSentence(_ token: Token) -> Bool {
            token.trailingWhitespace.contains("\n") || [".", "?", "!", "…", "»", ":", ";"].contains(token.text.last ?? " ")
        }
        func score(_ shift: Int) -> Int {
            let start = block.lowerBound + shift
            let end = block.upperBound + shift
            var value = 0
            if start == 0 || endsSentence(sequence[start - 1]) { value += 2 }
            if endsSentence(sequence[end - 1]) { value += 1 }
            return value
        }
        return shifts.max { (score($0), -abs($0)) < (score($1), -abs($1)) }
    }

    /// The original text of `range`, the white space between tokens kept, none after.
    static func text(of range: Range<Int>, in tokens: [Token]) -> String {
        guard !range.isEmpty else { return "" }
        var text = ""
        for index in range {
            text += index == range.upperBound - 1 ? tokens[index].text : tokens[index].original
        }
        return text
    }

    /// Where a reading is in its witness's text: its tokens, or, for an empty reading, the
    /// point before the witness's next token (after its last, at the end).
    static func range(of reading: Reading, in witness: CollatedWitness) -> Range<Int> {
        let tokens = witness.tokens
        if reading.tokens.isEmpty {
            if reading.tokens.lowerBound < tokens.count {
                let offset = tokens[reading.tokens.lowerBound].offset
                return offset..<offset
            }
            let end = tokens.last.map { $0.offset + $0.text.utf8.count } ?? 0
            return end..<end
        }
        let last = tokens[reading.tokens.upperBound - 1]
        return tokens[reading.tokens.lowerBound].offset..<(last.offset + last.text.utf8.count)
    }

    /// The base range a state's reading replaces and the replacement, white space kept
    /// right: an omission takes the space after it; an addition brings the space after it.
    static func adoption(
        of reading: Reading, in witness: CollatedWitness, base: CollatedWitness, baseTokens: Range<Int>, start: Int,
        end: Int, section: BaseText.Section, afterPrevious: Bool = true
    ) -> EditionLocation.Adoption {
        let text = reading.text
        if baseTokens.isEmpty {
            guard !reading.tokens.isEmpty else { return .init(baseRange: start..<end, text: section.text(start..<end)) }
            // The witness's own white space around the added words (none, if it has none:
            // «hay—» then «.»); a space where the witness has no word on that side.
            let before = reading.tokens.lowerBound > 0
                ? witness.tokens[reading.tokens.lowerBound - 1].trailingWhitespace : " "
            let after = reading.tokens.upperBound < witness.tokens.count
                ? witness.tokens[reading.tokens.upperBound - 1].trailingWhitespace : " "
            let hasNext = baseTokens.lowerBound < base.tokens.count
            var replacement = text
            if afterPrevious { replacement = before + replacement }
            if !afterPrevious || hasNext { replacement += after }
            return .init(baseRange: start..<end, text: replacement)
        }
        if reading.tokens.isEmpty {
            // Take the white space after the omitted words too (up to the next token).
            let next = baseTokens.upperBound < base.tokens.count
                ? min(base.tokens[baseTokens.upperBound].offset - section.offset, section.text.utf8.count) : end
            return .init(baseRange: start..<max(end, next), text: "")
        }
        return .init(baseRange: start..<end, text: text)
    }
}
