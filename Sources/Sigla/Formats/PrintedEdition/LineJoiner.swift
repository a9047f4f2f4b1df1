/// Lines joined into running text, with the way back to the source lines. Internal.
struct JoinedText: Sendable {
    var scalars: [Unicode.Scalar] = []
    /// Offsets (in ``scalars``) where each source line's text begins, in order.
    var lineStarts: [PrintedLineStart] = []
    /// Offsets where each page begins, with the folio of a running head before it.
    var pageStarts: [PrintedPageStart] = []
    var hyphenation = HyphenationCounts()
    /// Line-end hyphens decided on weak evidence: the source line and what was done.
    var doubts: [(line: Int, message: String)] = []

    /// The source line of a scalar offset.
    ///
    /// - Complexity: O(log *n*), *n* the number of lines.
    func line(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? (lineStarts.first?.line ?? 0) : lineStarts[low - 1].line
    }
}

/// Joins lines into running text, repairing line-end hyphenation.
///
/// A line ending with a hyphen (and no trailing space) was broken there. The hyphen is removed
/// (`con-` / `quista` → `conquista`) unless the book says it belongs to the word: the next line
/// starts with a capital (`Jean-` / `Paul`), digits stand on both sides (`1884-` / `1925`), or
/// the pair is printed with its hyphen inside a line elsewhere (`noviembre-diciembre`). When
/// both halves are words of the book and the whole is not, the hyphen is still removed, and the
/// decision is reported as a doubt. An opening dash at a line end (`—` with no space after it)
/// joins the next line without a space. Other lines are joined with one space; a paragraph
/// break becomes one `"\n"`.
struct LineJoiner {
    let lexicon: PrintedLexicon
    let damage: DamageTable

    /// Joins lines; `pageStarts` maps a line's index to the folio of its page (`nil` entries
    /// for pages without running head).
    ///
    /// - Complexity: O(*n*), *n* the total length of the lines.
    func join(_ lines: [RawLine], pageStarts: [(bodyIndex: Int, folio: Int?)] = []) -> JoinedText {
        var result = JoinedText()
        result.scalars.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var pages = pageStarts[...]
        var previous: RawLine?
        for (index, line) in lines.enumerated() {
            if let previous {
                if line.paragraphBefore {
                    result.scalars.append("\n")
                } else if result.scalars.last == "-", !previous.endsWithSpace {
                    joinHyphenated(line, into: &result)
                } else if result.scalars.last == "—", !previous.endsWithSpace {
                    // An opening dash: it belongs to the next word.
                } else {
                    result.scalars.append(" ")
                }
            }
            result.lineStarts.append(PrintedLineStart(offset: result.scalars.count, line: line.line))
            while let page = pages.first, page.bodyIndex <= index {
                if page.bodyIndex == index {
                    result.pageStarts.append(
                        PrintedPageStart(offset: result.scalars.count, line: line.line, folio: page.folio))
                }
                pages = pages.dropFirst()
            }
            result.scalars.append(contentsOf: line.text.unicodeScalars)
            previous = line
        }
        return result
    }

    private func isFragmentScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWordLetter || (damage[scalar].map { $0.ordinaryUse != .digit && $0.ordinaryUse != .hyphen } ?? false)
    }

    private func joinHyphenated(_ line: RawLine, into result: inout JoinedText) {
        let hyphen = result.scalars.count - 1
        var start = hyphen
        while start > 0, isFragmentScalar(result.scalars[start - 1]) { start -= 1 }
        let before = String(scalars: result.scalars[start..<hyphen])
        let next = Array(line.text.unicodeScalars)
        var end = 0
        // A damaged 'fl' after the break (`in-` / `-uencia`) belongs to the second half.
        if end < next.count, damage[next[end]]?.ordinaryUse == .hyphen { end += 1 }
        while end < next.count, isFragmentScalar(next[end]) { end += 1 }
        let after = String(scalars: next[0..<end])
        let digitBefore = hyphen > 0 && result.scalars[hyphen - 1].isPlainDigit
        let digitAfter = next.first?.isPlainDigit ?? false
        let keep: Bool
        if digitBefore && digitAfter {
            keep = true
        } else if before.isEmpty || after.isEmpty {
            keep = true
        } else if let first = next.first, first.isUppercaseWordLetter {
            keep = true
        } else if lexicon.knowsPrinted(before + after) {
            keep = false
        } else if lexicon.knowsCompound(before, after) {
            keep = true
        } else {
            keep = false
            if before.count >= 4, after.count >= 4, lexicon.knows(before), lexicon.knows(after) {
                result.doubts.append(
                    (
                        line.line,
                        "removed the hyphen of «\(before)-» / «\(after)»: both halves are words, "
                            + "«\(before)\(after)» is not printed elsewhere"
                    ))
            }
        }
        if keep {
            result.hyphenation.kept += 1
        } else {
            result.scalars.removeLast()
            result.hyphenation.joined += 1
        }
    }
}
