/// A pair of positions, one in each sequence, whose elements are aligned.
struct MatchPair: Equatable {
    var a: Int32
    var b: Int32
}

/// Matches two sequences of integer ids: an anchored diff.
///
/// Patience-style anchoring first: within a range, elements that occur exactly once on each
/// side are candidate anchors, and the longest increasing subsequence of them (by position
/// on both sides) is kept; the ranges between anchors are solved the same way, recursively.
/// Where a range has no unique element, Myers's O(ND) greedy diff solves it. Common
/// prefixes and suffixes are matched first at every level.
///
/// Anchoring on unique elements keeps frequent tokens (`de`, `la`, `,`) from pulling the
/// alignment astray across a long text, and makes the cost near linear for texts that
/// mostly agree.
///
/// - Complexity: O((*n* + *m*) · *h* + Σ *N*·*D*) where *h* is the depth of anchoring
///   (small in practice) and the sum runs over the ranges left to Myers (short ones). A
///   range whose edit distance exceeds `myersLimit` is left unmatched.
struct AnchoredDiff {
    private var countA: [UInt8]
    private var countB: [UInt8]
    private var positionB: [Int32]
    private var touched: [Int32] = []
    /// The largest edit distance Myers explores in one range before giving it up as a
    /// wholesale replacement (bounds time and the O(D²) trace memory).
    var myersLimit = 2_000

    init(alphabetSize: Int) {
        countA = Array(repeating: 0, count: alphabetSize)
        countB = Array(repeating: 0, count: alphabetSize)
        positionB = Array(repeating: -1, count: alphabetSize)
    }

    /// The matched positions of `a` and `b`, increasing on both sides.
    mutating func matches(_ a: [Int32], _ b: [Int32]) -> [MatchPair] {
        // Each match takes a position of each side, so there are at most min(n, m); they are
        // written in place (an append per match checked the array's uniqueness).
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                [MatchPair](unsafeUninitializedCapacity: min(a.count, b.count)) { buffer, count in
                    var out = Output(buffer: buffer)
                    solve(a, b, 0, a.count, 0, b.count, depth: 0, into: &out)
                    count = out.count
                }
            }
        }
    }

    /// The matches found so far, in a buffer large enough for all.
    private struct Output {
        let buffer: UnsafeMutableBufferPointer<MatchPair>
        var count = 0

        @inline(__always)
        mutating func append(_ match: MatchPair) {
            buffer[count] = match
            count &+= 1
        }
    }

    private mutating func solve(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        _ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int, depth: Int, into out: inout Output
    ) {
        var aLo = aLow
        var bLo = bLow
        var aHi = aHigh
        var bHi = bHigh
        while aLo < aHi && bLo < bHi && a[aLo] == b[bLo] {
            out.append(MatchPair(a: Int32(aLo), b: Int32(bLo)))
            aLo += 1
            bLo += 1
        }
        var suffix = 0
        while aHi > aLo && bHi > bLo && a[aHi - 1] == b[bHi - 1] {
            aHi -= 1
            bHi -= 1
            suffix += 1
        }
        if aLo < aHi && bLo < bHi {
            let anchors = depth < 48 ? uniqueAnchors(a, b, aLo, aHi, bLo, bHi) : []
            if anchors.isEmpty {
                myers(a, b, aLo, aHi, bLo, bHi, into: &out)
            } else {
                var pa = aLo
                var pb = bLo
                for anchor in anchors {
                    solve(a, b, pa, Int(anchor.a), pb, Int(anchor.b), depth: depth + 1, into: &out)
                    out.append(anchor)
                    pa = Int(anchor.a) + 1
                    pb = Int(anchor.b) + 1
                }
                solve(a, b, pa, aHi, pb, bHi, depth: depth + 1, into: &out)
            }
        }
        for k in 0..<suffix {
            out.append(MatchPair(a: Int32(aHi + k), b: Int32(bHi + k)))
        }
    }

    /// Elements unique on both sides of the ranges, reduced to their longest chain
    /// increasing on both sides.
    private mutating func uniqueAnchors(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        _ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int
    ) -> [MatchPair] {
        touched.removeAll(keepingCapacity: true)
        var candidates: [MatchPair] = []
        // On raw buffers: each element access on the arrays checked their uniqueness.
        countA.withUnsafeMutableBufferPointer { countA in
            countB.withUnsafeMutableBufferPointer { countB in
                positionB.withUnsafeMutableBufferPointer { positionB in
                    for i in aLo..<aHi {
                        let id = Int(a[i])
                        if countA[id] == 0 && countB[id] == 0 { touched.append(Int32(id)) }
                        if countA[id] < 2 { countA[id] += 1 }
                    }
                    for j in bLo..<bHi {
                        let id = Int(b[j])
                        if countA[id] == 0 && countB[id] == 0 { touched.append(Int32(id)) }
                        if countB[id] < 2 { countB[id] += 1 }
                        positionB[id] = Int32(j)
                    }
                    for i in aLo..<aHi {
                        let id = Int(a[i])
                        if countA[id] == 1 && countB[id] == 1 {
                            candidates.append(MatchPair(a: Int32(i), b: positionB[id]))
                        }
                    }
                    for id in touched {
                        countA[Int(id)] = 0
                        countB[Int(id)] = 0
                        positionB[Int(id)] = -1
                    }
                }
            }
        }
        return Self.longestIncreasingChain(candidates)
    }

    /// Longest subsequence of `pairs` (increasing in `a`) that is also increasing in `b`.
    ///
    /// - Complexity: O(*k* log *k*) (patience sorting).
    static func longestIncreasingChain(_ pairs: [MatchPair]) -> [MatchPair] {
        guard !pairs.isEmpty else { return [] }
        var tails: [Int] = []  // index into pairs of the smallest tail of each length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if pairs[tails[mid]].b < pair.b { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [MatchPair] = []
        var cursor = tails[tails.count - 1]
        while cursor >= 0 {
            chain.append(pairs[cursor])
            cursor = previous[cursor]
        }
        return chain.reversed()
    }

    /// Myers's greedy O(ND) diff of two ranges, appending the matches in order.
    private func myers(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        _ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int, into out: inout Output
    ) {
        let n = aHi - aLo
        let m = bHi - bLo
        let maxD = min(n + m, myersLimit)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        // trace[d] holds v[-d-1 ... d+1] as it stood before step d.
        var trace: [Int] = []
        var traceStarts: [Int] = []
        var finalD = -1
        search: for d in 0...maxD {
            traceStarts.append(trace.count)
            trace.append(contentsOf: v[(offset - d - 1)...(offset + d + 1)])
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[aLo + x] == b[bLo + y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    finalD = d
                    break search
                }
            }
        }
        guard finalD >= 0 else { return }  // too different: a wholesale replacement
        // The backtrack finds the matches last first: written so, then turned around.
        let first = out.count
        var x = n
        var y = m
        for d in stride(from: finalD, through: 0, by: -1) {
            let base = traceStarts[d] - (-d - 1)  // index of k in the snapshot
            func value(_ k: Int) -> Int { trace[base + k] }
            let k = x - y
            let previousK = (k == -d || (k != d && value(k - 1) < value(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : value(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX && y > previousY {
                out.append(MatchPair(a: Int32(aLo + x - 1), b: Int32(bLo + y - 1)))
                x -= 1
                y -= 1
            }
            x = previousX
            y = previousY
        }
        var found = UnsafeMutableBufferPointer(rebasing: out.buffer[first..<out.count])
        found.reverse()
    }
}
