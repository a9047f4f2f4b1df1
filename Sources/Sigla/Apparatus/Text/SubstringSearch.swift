/// Knuth–Morris–Pratt search for every occurrence of a pattern in a sequence.
///
/// Used for phrases (a correction's phrase in a text, a searched phrase in the sentences
/// of an edition), where a naive search could go quadratic on repetitive text.
struct SubstringSearch<Element: Equatable> {
    let pattern: [Element]
    private let failure: [Int]

    /// - Complexity: O(*m*) in the pattern's length.
    init(_ pattern: [Element]) {
        self.pattern = pattern
        var failure = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in pattern.indices.dropFirst() {
            while k > 0 && pattern[i] != pattern[k] { k = failure[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            failure[i] = k
        }
        self.failure = failure
    }

    /// Whether the pattern occurs in `text`.
    ///
    /// - Complexity: O(*n*) in the text's length.
    func occurs<C: Collection>(in text: C) -> Bool where C.Element == Element {
        var found = false
        forEachMatch(in: text) { _ in
            found = true
            return false
        }
        return found
    }

    /// The offsets where the pattern begins in `text`, overlapping matches included.
    ///
    /// - Complexity: O(*n*) in the text's length.
    func matches<C: Collection>(in text: C) -> [Int] where C.Element == Element {
        var result: [Int] = []
        forEachMatch(in: text) {
            result.append($0)
            return true
        }
        return result
    }

    /// Calls `body` with each match's start offset until it returns false.
    private func forEachMatch<C: Collection>(in text: C, _ body: (Int) -> Bool) where C.Element == Element {
        guard !pattern.isEmpty else { return }
        var k = 0
        for (i, element) in text.enumerated() {
            while k > 0 && element != pattern[k] { k = failure[k - 1] }
            if element == pattern[k] { k += 1 }
            if k == pattern.count {
                if !body(i + 1 - k) { return }
                k = failure[k - 1]
            }
        }
    }
}
