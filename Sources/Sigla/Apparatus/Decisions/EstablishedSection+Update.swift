extension EstablishedSection {
    /// Applies `decisions` to `base`, splitting again only the paragraphs whose text
    /// differs from `previous` (the same base established with other decisions, such as
    /// the section before one more decision). Gives exactly what
    /// ``init(base:decisions:splitter:corrections:)`` gives.
    ///
    /// The splitter never carries anything across a paragraph break, so the paragraphs
    /// before and after the changed stretch split as they did: their sentences are
    /// `previous`'s, moved. With corrections to the split, which may count sentences
    /// across the whole section, the section is split whole.
    ///
    /// - Complexity: O(*n*) to assemble and compare the text, plus the split of the
    ///   changed paragraphs and O(*s* log *n*) for the citations of *s* sentences.
    public init(
        updating previous: EstablishedSection, base: BaseText.Section, decisions: [Decision],
        splitter: SentenceSplitter = SentenceSplitter(), corrections: SplitCorrections = []
    ) throws(DecisionConflict) {
        guard corrections.isEmpty, previous.id == base.id, previous.title == base.title, !previous.sentences.isEmpty
        else {
            try self.init(base: base, decisions: decisions, splitter: splitter, corrections: corrections)
            return
        }
        let assembled = try Assembled(base: base, decisions: decisions)
        let old = previous.sentences
        let oldLength = previous.text.utf8.count
        let newLength = assembled.text.utf8.count
        let (prefix, suffix) = Self.commonEnds(previous.text, assembled.text)

        // The first sentence to split again: the start of the paragraph holding the
        // first changed byte (everything before it is unchanged).
        var first = old.lastIndex { $0.range.lowerBound <= prefix } ?? 0
        while first > 0 && !Self.startsParagraph(old, first) { first -= 1 }
        // The first sentence kept after: it starts a paragraph, and the break before it
        // lies wholly in the unchanged end of the text.
        let changedEnd = oldLength - suffix
        var next = first + 1
        while next < old.count && !(Self.startsParagraph(old, next) && old[next - 1].range.upperBound >= changedEnd) {
            next += 1
        }
        let from = first == 0 ? 0 : old[first].range.lowerBound
        let shift = newLength - oldLength
        let oldTo = next < old.count ? old[next].range.lowerBound : oldLength
        let to = oldTo + shift

        let utf8 = assembled.text.utf8
        let slice = String(
            assembled.text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
        let lineBefore = first == 0 ? (base.title == nil ? 0 : 1) : old[first].lineNumber - 1
        let middle = Self.sentences(
            of: splitter.split(slice), at: from, lineNumberBefore: lineBefore, isEnd: next == old.count)

        var sentences = Array(old[..<first])
        sentences.reserveCapacity(first + middle.count + old.count - next)
        sentences += middle
        if next < old.count {
            // After the changed paragraphs' last sentence comes a blank line.
            let lineShift = (middle.last.map { $0.lineNumber + 2 } ?? lineBefore + 1) - old[next].lineNumber
            for sentence in old[next...] {
                var moved = sentence
                moved.range = (sentence.range.lowerBound + shift)..<(sentence.range.upperBound + shift)
                moved.lineNumber += lineShift
                sentences.append(moved)
            }
        }
        // Parts and citations are worked out again for every sentence: the same bytes may
        // now come from elsewhere (a decision whose text is the base's), and the letters
        // of inserted sentences count on from the changed ones.
        Self.attachParts(&sentences, from: assembled.parts)
        Self.cite(&sentences, base: base, assembled: assembled)
        self.init(id: base.id, title: base.title, text: assembled.text, parts: assembled.parts, sentences: sentences)
    }

    /// Whether sentence `index` begins a paragraph: the first, or one after a blank line.
    private static func startsParagraph(_ sentences: [Sentence], _ index: Int) -> Bool {
        index == 0 || sentences[index].lineNumber > sentences[index - 1].lineNumber + 1
    }

    /// How many UTF-8 bytes `a` and `b` share at their start, and then at their end
    /// (the two never overlap in the shorter).
    private static func commonEnds(_ a: String, _ b: String) -> (prefix: Int, suffix: Int) {
        var a = a
        var b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                let shorter = min(a.count, b.count)
                var prefix = 0
                while prefix < shorter && a[prefix] == b[prefix] { prefix += 1 }
                var suffix = 0
                while suffix < shorter - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
                return (prefix, suffix)
            }
        }
    }
}
