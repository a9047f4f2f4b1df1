/// Chooses the phrase (`at`) that names a decision's place: the place's own text, grown word by
/// word into the printed text around it until it occurs exactly once where it must.
///
/// Context words never cross a paragraph break or the printed text of another edit, so that
/// every state of the text reads them alike.
struct PhraseFinder {
    /// The chapter's printed text.
    let text: [Unicode.Scalar]
    /// The printed ranges the base witness reads otherwise.
    let blocked: [Range<Int>]

    /// Where to grow from, and what may be added.
    struct Seed {
        /// The place's own text, as the state the phrase is sought in reads it.
        var core: String
        /// Words of the place's own text that may be added after `core` first.
        var moreWords: [String] = []
        /// Printed offset before which context words may be taken; `nil`: none.
        var left: Int?
        /// Printed offset after which context words may be taken; `nil`: none.
        var right: Int?
        /// The printed range of the place's own edit (not blocked for it).
        var own: Range<Int>?
        /// The fewest words the phrase has.
        var minimumWords = 1
        /// Whether the first word added comes before (else the place's own words, then after).
        var leftFirst = true
    }

    /// What was added around the core.
    struct Growth {
        var before = ""
        var after = ""
        func around(_ core: String) -> String { before + core + after }
    }

    /// Grows a seed until `isUnique` accepts the phrase (given what was added and the core):
    /// first to the fewest words, then word by word, alternately before and after (the place's
    /// own words before anything after it). A phrase that cannot grow is taken if it is unique.
    /// Punctuation the last word after the place brings (`,;:`) is left out when the phrase is
    /// unique without it.
    ///
    /// - Complexity: O(*w* · *c*), *w* the words added and *c* the cost of `isUnique`.
    func grow(_ seed: Seed, note: String, isUnique: (Growth, String) -> Bool) throws(DecompositionError) -> Growth {
        var growth = Growth()
        var core = seed.core
        var more = seed.moreWords[...]
        var left = seed.left
        var right = seed.right
        var leftTurn = seed.leftFirst
        func trimmed(_ growth: Growth) -> Growth {
            guard let last = growth.after.last, ",;:".contains(last) else { return growth }
            var shorter = growth
            shorter.after.removeLast()
            return isUnique(shorter, core) ? shorter : growth
        }
        while true {
            let phrase = growth.around(core)
            let words = phrase.split(whereSeparator: \.isWhitespace).count
            if words >= seed.minimumWords, isUnique(growth, core) { return trimmed(growth) }
            var extended = false
            for _ in 0..<2 where !extended {
                if leftTurn {
                    if let offset = left, let found = leftWord(before: offset, own: seed.own) {
                        growth.before = phrase.isEmpty ? found.word : found.word + found.separator + growth.before
                        left = found.start
                        extended = true
                    }
                } else if let word = more.popFirst() {
                    core += " " + word
                    extended = true
                } else if let offset = right, let found = rightWord(after: offset, own: seed.own) {
                    growth.after += phrase.isEmpty ? found.word : found.separator + found.word
                    right = found.end
                    extended = true
                }
                leftTurn.toggle()
            }
            if !extended {
                if !phrase.isEmpty, isUnique(growth, core) { return trimmed(growth) }
                throw .noUniquePhrase(note: note, phrase: phrase)
            }
        }
    }

    /// The word before an offset (spaces skipped), with the spaces after it; `nil` at a
    /// paragraph's start or when the word is another edit's.
    func leftWord(before offset: Int, own: Range<Int>?) -> (word: String, start: Int, separator: String)? {
        guard let (word, start) = Self.word(before: offset, in: text) else { return nil }
        guard isFree(start..<offset, own: own) else { return nil }
        let end = start + word.unicodeScalars.count
        return (word, start, String(scalars: text[end..<offset]))
    }

    /// The word after an offset (spaces skipped), with the spaces before it.
    func rightWord(after offset: Int, own: Range<Int>?) -> (word: String, end: Int, separator: String)? {
        var start = offset
        while start < text.count, text[start] == " " { start += 1 }
        guard start < text.count, text[start] != "\n" else { return nil }
        var end = start
        while end < text.count, text[end] != " ", text[end] != "\n" { end += 1 }
        guard isFree(offset..<end, own: own) else { return nil }
        return (String(scalars: text[start..<end]), end, String(scalars: text[offset..<start]))
    }

    private func isFree(_ range: Range<Int>, own: Range<Int>?) -> Bool {
        !blocked.contains { $0 != own && $0.overlaps(range) }
    }

    /// The word before an offset, spaces skipped, and where it starts; `nil` at a paragraph's start.
    static func word(before offset: Int, in text: [Unicode.Scalar]) -> (String, Int)? {
        var end = offset
        while end > 0, text[end - 1] == " " { end -= 1 }
        guard end > 0, text[end - 1] != "\n" else { return nil }
        var start = end
        while start > 0, text[start - 1] != " ", text[start - 1] != "\n" { start -= 1 }
        return (String(scalars: text[start..<end]), start)
    }
}

/// Counts occurrences of phrases in a text, on its UTF-8 bytes.
struct OccurrenceCounter: Sendable {
    private let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    /// How many times the phrase occurs (overlapping occurrences counted), up to `limit`.
    ///
    /// - Complexity: O(*n* · *m*) in the worst case, *n* and *m* the lengths.
    func count(_ phrase: String, limit: Int = 2) -> Int {
        let needle = Array(phrase.utf8)
        guard let first = needle.first, needle.count <= bytes.count else { return 0 }
        var found = 0
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                found += 1
                if found >= limit { return found }
            }
            index += 1
        }
        return found
    }
}
