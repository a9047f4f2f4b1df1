/// Sentence boundaries of one source text under an editor's corrections.
struct SentenceBounds {
    var sentences: [RawSentence]

    /// Applies `corrections` in order; returns those that did not fit.
    ///
    /// - Complexity: O(*c*·(*s* + *n*)) for *c* corrections, *s* sentences, *n* bytes.
    mutating func apply(_ corrections: SplitCorrections, to source: String) -> [UnappliedCorrection] {
        var unapplied: [UnappliedCorrection] = []
        var normalized: WhitespaceNormalizedText?
        source.utf8.withContiguousStorageIfAvailable { bytes in
            for (index, correction) in corrections.corrections.enumerated() {
                let reason: UnappliedCorrection.Reason?
                switch correction {
                case .mergeAfterSentence(let n):
                    reason = mergeAfter(n - 1)
                case .splitSentence(let n, let offset):
                    reason = split(sentence: n - 1, atLineOffset: offset, source: source, bytes: bytes)
                case .keepTogether(let phrase):
                    let text = normalized ?? WhitespaceNormalizedText(source)
                    normalized = text
                    switch text.uniqueOccurrence(of: phrase) {
                    case .failure(let failure): reason = failure
                    case .found(let range): reason = keepTogether(range)
                    }
                case .splitAfterPhrase(let phrase):
                    let text = normalized ?? WhitespaceNormalizedText(source)
                    normalized = text
                    switch text.uniqueOccurrence(of: phrase) {
                    case .failure(let failure): reason = failure
                    case .found(let range): reason = split(at: range.upperBound, bytes: bytes)
                    }
                }
                if let reason {
                    unapplied.append(UnappliedCorrection(index: index, correction: correction, reason: reason))
                }
            }
        }
        return unapplied
    }

    private mutating func mergeAfter(_ k: Int) -> UnappliedCorrection.Reason? {
        guard sentences.indices.contains(k) else {
            return .noSuchSentence(k + 1, sentenceCount: sentences.count)
        }
        guard k + 1 < sentences.count else { return .lastSentence(k + 1) }
        guard !sentences[k].endsParagraph else { return .paragraphBreak }
        sentences[k].end = sentences[k + 1].end
        sentences[k].endsParagraph = sentences[k + 1].endsParagraph
        sentences.remove(at: k + 1)
        return nil
    }

    private mutating func keepTogether(_ range: Range<Int>) -> UnappliedCorrection.Reason? {
        let inside = sentences.indices.dropLast().filter {
            range.lowerBound < sentences[$0].end && sentences[$0 + 1].start < range.upperBound
        }
        guard !inside.isEmpty else { return .noBreakInside }
        guard inside.allSatisfy({ !sentences[$0].endsParagraph }) else { return .paragraphBreak }
        for k in inside.reversed() { _ = mergeAfter(k) }
        return nil
    }

    private mutating func split(
        sentence k: Int,
        atLineOffset offset: Int,
        source: String,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> UnappliedCorrection.Reason? {
        guard sentences.indices.contains(k) else {
            return .noSuchSentence(k + 1, sentenceCount: sentences.count)
        }
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: sentences[k].start)
        let text = source[start..<utf8.index(utf8.startIndex, offsetBy: sentences[k].end)]
        let (line, sourceOffsets) = SentenceLine.map(text)
        let length = line.count
        guard offset >= 0 && offset <= length else {
            return .offsetOutOfRange(offset, lineLength: length)
        }
        guard offset < length else { return .nothingToSplit }
        let lineIndex = line.index(line.startIndex, offsetBy: offset)
        let lineByte = line.utf8.distance(from: line.utf8.startIndex, to: lineIndex)
        return split(at: sentences[k].start + sourceOffsets[lineByte], bytes: bytes)
    }
    /// Splits the sentence that holds byte offset `position` there.
    private mutating func split(at position: Int, bytes: UnsafeBufferPointer<UInt8>) -> UnappliedCorrection.Reason? {
        // The last sentence starting at or before `position`.
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].start <= position { low = middle + 1 } else { high = middle }
        }
        let k = low - 1
        guard k >= 0, position < sentences[k].end else { return .nothingToSplit }
        var before = position
        while before > sentences[k].start {
            let previous = bytes.startOfScalar(before: before)
            guard bytes.scalar(at: previous).scalar.isSentenceWhitespace else { break }
            before = previous
        }
        var after = position
        while after < sentences[k].end {
            let (c, length) = bytes.scalar(at: after)
            guard c.isSentenceWhitespace else { break }
            after += length
        }
        guard before < after else { return .notAtWhitespace }
        guard before > sentences[k].start && after < sentences[k].end else { return .nothingToSplit }
        let tail = RawSentence(start: after, end: sentences[k].end, endsParagraph: sentences[k].endsParagraph)
        sentences[k].end = before
        sentences[k].endsParagraph = false
        sentences.insert(tail, at: k + 1)
        return nil
    }
}

/// A text seen with every run of white space as one space, mapped back to UTF-8 offsets.
struct WhitespaceNormalizedText {
    private var characters: [Character] = []
    private var starts: [Int] = []
    private var ends: [Int] = []

    /// - Complexity: O(*n*).
    init(_ source: String) {
        let utf8 = source.utf8
        var i = source.startIndex
        while i < source.endIndex {
            let start = utf8.distance(from: utf8.startIndex, to: i)
            if source[i].isWhitespace {
                while i < source.endIndex && source[i].isWhitespace { i = source.index(after: i) }
                characters.append(" ")
            } else {
                characters.append(source[i])
                i = source.index(after: i)
            }
            starts.append(start)
            ends.append(utf8.distance(from: utf8.startIndex, to: i))
        }
    }

    static func normalize(_ phrase: String) -> [Character] {
        var result: [Character] = []
        for character in phrase {
            if character.isWhitespace {
                if let last = result.last, last != " " { result.append(" ") }
            } else {
                result.append(character)
            }
        }
        if result.last == " " { result.removeLast() }
        return result
    }

    enum Occurrence {
        case found(Range<Int>)
        case failure(UnappliedCorrection.Reason)
    }

    /// The byte range of the phrase's only occurrence.
    func uniqueOccurrence(of phrase: String) -> Occurrence {
        let pattern = Self.normalize(phrase)
        guard !pattern.isEmpty else { return .failure(.phraseNotFound) }
        let matches = SubstringSearch(pattern).matches(in: characters)
        guard let first = matches.first else { return .failure(.phraseNotFound) }
        guard matches.count == 1 else { return .failure(.phraseAmbiguous(occurrences: matches.count)) }
        return .found(starts[first]..<ends[first + pattern.count - 1])
    }
}
