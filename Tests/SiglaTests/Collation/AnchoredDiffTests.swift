import TestSupport
import Testing

@testable import Sigla

@Suite struct AnchoredDiffTests {
    /// Length of a longest common subsequence, by dynamic programming (the oracle).
    func lcsLength(_ a: [Int32], _ b: [Int32]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test func matchesAreIncreasingAndEqual() {
        var random = SeededRandomNumberGenerator(seed: 1)
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0..<60, using: &random)).map { _ in Int32.random(in: 0..<12, using: &random) }
            let b = (0..<Int.random(in: 0..<60, using: &random)).map { _ in Int32.random(in: 0..<12, using: &random) }
            var diff = AnchoredDiff(alphabetSize: 12)
            let matches = diff.matches(a, b)
            for (x, y) in zip(matches, matches.dropFirst()) { #expect(x.a < y.a && x.b < y.b) }
            for m in matches { #expect(a[Int(m.a)] == b[Int(m.b)]) }
        }
    }

    @Test func myersFindsALongestCommonSubsequenceWhenNothingIsUnique() {
        // Every element repeats on both sides, so no anchor applies and Myers decides alone.
        var random = SeededRandomNumberGenerator(seed: 2)
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0..<40, using: &random)).map { _ in Int32.random(in: 0..<3, using: &random) }
            let b = (0..<Int.random(in: 0..<40, using: &random)).map { _ in Int32.random(in: 0..<3, using: &random) }
            let a2 = a + a
            let b2 = b + b
            var diff = AnchoredDiff(alphabetSize: 3)
            #expect(diff.matches(a2, b2).count == lcsLength(a2, b2))
        }
    }

    @Test func longestIncreasingChainIsLongest() {
        var random = SeededRandomNumberGenerator(seed: 3)
        for _ in 0..<200 {
            let bs = (0..<Int.random(in: 0..<12, using: &random)).map { _ in Int32.random(in: 0..<20, using: &random) }
            let pairs = bs.enumerated().map { MatchPair(a: Int32($0.offset), b: $0.element) }
            let chain = AnchoredDiff.longestIncreasingChain(pairs)
            // Brute force over subsets.
            var best = 0
            for mask in 0..<(1 << pairs.count) {
                let chosen = pairs.indices.filter { mask & (1 << $0) != 0 }.map { pairs[$0].b }
                if zip(chosen, chosen.dropFirst()).allSatisfy({ $0 < $1 }) { best = max(best, chosen.count) }
            }
            #expect(chain.count == best)
        }
    }
}
