/// A place where the witnesses differ from the base text, in the base text's coordinates,
/// with what each witness state reads there and what the established text would read if
/// the editor adopted it.
public struct EditionLocation: Hashable, Sendable {
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
    /// For each state, where its reading is in that state's own text (UTF-8 range; empty
    /// where the state has nothing here: the point where its text would be). The
    /// apparatus uses it to find the revisions (struck, added, in which medium) behind a
    /// reading in the transcription's source map.
    public var readingRanges: [String: Range<Int>] = [:]

    /// What adopting one state's reading does to the base text.
    public struct Adoption: Hashable, Sendable {
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
        for location in collation.variantLocations {
            guard let baseReading = location.reading(of: baseWitness.siglum) else { continue }
            let tokens = baseReading.tokens
            let start: Int
            let end: Int
            if tokens.isEmpty {
                start = tokens.lowerBound < baseTokens.count
                    ? baseTokens[tokens.lowerBound].offset
                    : (baseTokens.last.map { $0.offset + $0.text.utf8.count } ?? 0)
                end = start
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
                    section: section)
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
        end: Int, section: BaseText.Section
    ) -> EditionLocation.Adoption {
        let text = reading.text
        if baseTokens.isEmpty {
            guard !reading.tokens.isEmpty else { return .init(baseRange: start..<end, text: "") }
            let lastSpace = witness.tokens[reading.tokens.upperBound - 1].trailingWhitespace
            if baseTokens.lowerBound < base.tokens.count {
                return .init(baseRange: start..<end, text: text + (lastSpace.isEmpty ? " " : lastSpace))
            }
            return .init(baseRange: start..<end, text: " " + text)
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
