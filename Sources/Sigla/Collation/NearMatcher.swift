/// Pairs the tokens of a changed region into substitutions.
///
/// Inside a region where the exact diff found nothing in common, tokens of one witness are
/// paired with tokens of the other by dynamic programming, keeping the order on both
/// sides and maximizing a score: a near match (folded forms similar by edit distance,
/// `vivos`/`vivas`) scores highest, then any word with any word, then a punctuation mark
/// with a punctuation mark; a word is never paired with punctuation. So substantive words
/// align before punctuation, and a near match wins over a positional pairing.
///
/// - Complexity: O(*n* · *m*) for a region of *n* and *m* tokens; regions larger than
///   `cellLimit` cells are left unpaired (a rewrite, reported as omission plus addition).
struct NearMatcher {
    var nearMatching: Bool
    var threshold: Double
    var cellLimit = 250_000

    /// The pairs (index into `a`, index into `b`) chosen, in order.
    func pairs(a: [Token], b: [Token], forms: FormCache) -> [(Int, Int)] {
        let n = a.count
        let m = b.count
        guard n > 0, m > 0, n * m <= cellLimit else { return [] }
        let foldedA = nearMatching ? a.map { forms.folded($0.text, $0.kind) } : []
        let foldedB = nearMatching ? b.map { forms.folded($0.text, $0.kind) } : []
        func score(_ i: Int, _ j: Int) -> Double {
            let x = a[i].kind.isContent
            let y = b[j].kind.isContent
            guard x == y else { return -1 }
            var base = x ? 1.0 : 0.5
            if nearMatching {
                let similarity = EditDistance.similarity(foldedA[i], foldedB[j])
                if similarity >= threshold { base = 2 + similarity }
            }
            return base
        }
        // best[i][j]: best score pairing a[i...] with b[j...]; filled backwards so that
        // ties resolve toward the earliest pairs.
        let width = m + 1
        var best = [Double](repeating: 0, count: (n + 1) * width)
        var move = [UInt8](repeating: 0, count: (n + 1) * width)  // 0 skip a, 1 skip b, 2 pair
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let s = score(i, j)
                let pair = s > 0 ? s + best[(i + 1) * width + j + 1] : -1
                let skipA = best[(i + 1) * width + j]
                let skipB = best[i * width + j + 1]
                if pair >= skipA && pair >= skipB {
                    best[i * width + j] = pair
                    move[i * width + j] = 2
                } else if skipA >= skipB {
                    best[i * width + j] = skipA
                    move[i * width + j] = 0
                } else {
                    best[i * width + j] = skipB
                    move[i * width + j] = 1
                }
            }
        }
        var result: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < n && j < m {
            switch move[i * width + j] {
            case 2:
                result.append((i, j))
                i += 1
                j += 1
            case 0: i += 1
            default: j += 1
            }
        }
        return result
    }
}
