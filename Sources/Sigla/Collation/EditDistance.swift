/// Similarity of two words by Levenshtein distance, for near matching.
enum EditDistance {
    /// The Levenshtein distance between two scalar sequences.
    ///
    /// - Complexity: O(*n* · *m*) time, O(*m*) memory.
    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 1 − distance / length of the longer: 1 for equal words, 0 for wholly different ones.
    static func similarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        let longer = max(x.count, y.count)
        guard longer > 0 else { return 1 }
        // Lengths alone may already rule out a near match; skip the quadratic part then.
        if Double(abs(x.count - y.count)) / Double(longer) > 0.5 { return 0 }
        return 1 - Double(levenshtein(x, y)) / Double(longer)
    }
}
