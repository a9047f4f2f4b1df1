/// Finds the body text an editorial note governs, by the rule documented on ``GovernedSpan``.
struct GovernedSpanFinder {
    let scalars: [Unicode.Scalar]

    init(text: String) {
        scalars = Array(text.unicodeScalars)
    }

    private static let closing: Set<Unicode.Scalar> = Set(".,;:»”’\")…!?—–".unicodeScalars)
    private static let sentenceEnds: Set<Unicode.Scalar> = Set(".?!…".unicodeScalars)
    private static let afterSentenceEnd: Set<Unicode.Scalar> = Set("»”’\")]".unicodeScalars)
    private static let quotes: Set<Unicode.Scalar> = Set("«»“”\"‘’()".unicodeScalars)
    private static let trailingWordPunctuation: Set<Unicode.Scalar> = Set(",;:".unicodeScalars)

    /// The span governed by a call at `offset`, or `nil` when nothing precedes the call or a
    /// `]` has no matching `[` (then `unbalanced` is set).
    ///
    /// - Complexity: O(*k*), *k* the length of the span (and of the sentence before it).
    func span(atCall offset: Int, unbalanced: inout Bool) -> (rule: GovernedSpan.Rule, start: Int, end: Int)? {
        guard offset > 0, offset <= scalars.count else { return nil }
        // 1. A bracket closing just before the call (maybe behind closing punctuation) or just after.
        var back = offset - 1
        while back > 0, Self.closing.contains(scalars[back]), offset - back <= 3 { back -= 1 }
        var close: Int?
        if scalars[back] == "]" {
            close = back
        } else if scalars[offset - 1] == "]" {
            close = offset - 1
        } else if offset < scalars.count, scalars[offset] == "]" {
            close = offset
        }
        if let close {
            guard let open = matchingOpen(before: close) else {
                unbalanced = true
                return nil
            }
            // `[…]` marks an elision, not a restoration: the note is about its sentence.
            let inside = scalars[(open + 1)..<close].filter { !$0.isBlankSpace }
            let isElision = inside == ["…"] || inside == [".", ".", "."]
            if !isElision { return (.brackets, open, close + 1) }
            return (.sentence, sentenceStart(before: open), offset)
        }
        // 2. The sentence the call ends (or the paragraph's last sentence).
        var last = offset - 1
        while last > 0, Self.afterSentenceEnd.contains(scalars[last]) { last -= 1 }
        let endsParagraph = offset == scalars.count || scalars[offset] == "\n"
        if Self.sentenceEnds.contains(scalars[last]) || endsParagraph {
            return (.sentence, sentenceStart(before: last), offset)
        }
        // 3. The word before the call.
        var end = offset
        while end > 0, Self.trailingWordPunctuation.contains(scalars[end - 1]) { end -= 1 }
        while end > 0, Self.quotes.contains(scalars[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !scalars[start - 1].isBlankSpace { start -= 1 }
        while start < end, Self.quotes.contains(scalars[start]) { start += 1 }
        guard start < end else { return nil }
        return (.word, start, end)
    }

    private func matchingOpen(before close: Int) -> Int? {
        var depth = 0
        var index = close - 1
        while index >= 0 {
            switch scalars[index] {
            case "]": depth += 1
            case "[":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
            index -= 1
        }
        return nil
    }

    /// The start of the sentence ending at `end`: just after the previous sentence end that is
    /// followed by a space and a capital or an opening sign (`L. D.` initials do not end
    /// sentences), or the start of the paragraph.
    private func sentenceStart(before end: Int) -> Int {
        var index = end - 1
        while index >= 0 {
            let scalar = scalars[index]
            if scalar == "\n" { return index + 1 }
            if Self.sentenceEnds.contains(scalar)
                || (Self.afterSentenceEnd.contains(scalar) && index > 0
                    && Self.sentenceEnds.contains(scalars[index - 1]))
            {
                var next = index + 1
                guard next < scalars.count, scalars[next].isBlankSpace else {
                    index -= 1
                    continue
                }
                while next < end, scalars[next].isBlankSpace { next += 1 }
                let opener = scalars[next]
                let startsSentence = opener.isUppercaseWordLetter || "¿¡«—\"“([".unicodeScalars.contains(opener)
                if startsSentence, !isInitial(endingAt: index) { return next }
            }
            index -= 1
        }
        return 0
    }

    /// A single capital followed by a point: an initial (`L.`), not a sentence end.
    private func isInitial(endingAt index: Int) -> Bool {
        guard scalars[index] == ".", index >= 1, scalars[index - 1].isUppercaseWordLetter else { return false }
        return index == 1 || !scalars[index - 2].isWordLetter
    }
}
