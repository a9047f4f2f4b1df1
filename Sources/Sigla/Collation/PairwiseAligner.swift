/// The alignment of two token sequences.
struct PairwiseAlignment {
    /// For each token of `a`, the token of `b` aligned with it (match or substitution), or -1.
    var partnerOfA: [Int32]
    /// For each token of `b`, the token of `a` aligned with it, or -1.
    var partnerOfB: [Int32]
    /// Blocks omitted in one place and added in another.
    var moves: [TranspositionDetector.Block]
}

/// Aligns two token sequences: anchored diff on ids, then moved blocks, then near
/// matching inside each changed region.
///
/// - Complexity: that of `AnchoredDiff` plus O(*u* · *w*) for transpositions and
///   O(Σ *nᵢ* · *mᵢ*) over changed regions for near matching; near linear for texts that
///   mostly agree.
struct PairwiseAligner {
    var diff: AnchoredDiff
    var nearMatcher: NearMatcher
    var transpositions: TranspositionDetector
    let forms: FormCache

    mutating func align(_ a: [Int32], _ tokensA: [Token], _ b: [Int32], _ tokensB: [Token]) -> PairwiseAlignment {
        let matches = diff.matches(a, b)
        var partnerOfA = [Int32](repeating: -1, count: a.count)
        var partnerOfB = [Int32](repeating: -1, count: b.count)
        // On raw buffers: nearly every token is matched, and each subscript set checked uniqueness.
        partnerOfA.withUnsafeMutableBufferPointer { partnerOfA in
            partnerOfB.withUnsafeMutableBufferPointer { partnerOfB in
                for match in matches {
                    partnerOfA[Int(match.a)] = match.b
                    partnerOfB[Int(match.b)] = match.a
                }
            }
        }
        let moves = transpositions.blocks(
            a: a, b: b, tokensA: tokensA, tokensB: tokensB, partnerOfA: partnerOfA, partnerOfB: partnerOfB,
            matches: matches)
        var movedA = [Bool](repeating: false, count: moves.isEmpty ? 0 : a.count)
        var movedB = [Bool](repeating: false, count: moves.isEmpty ? 0 : b.count)
        for move in moves {
            for i in move.a..<(move.a + move.length) { movedA[i] = true }
            for j in move.b..<(move.b + move.length) { movedB[j] = true }
        }
        // Changed regions lie between consecutive matches (and before the first, after the last).
        var previousA = -1
        var previousB = -1
        for index in 0...matches.count {
            let nextA = index < matches.count ? Int(matches[index].a) : a.count
            let nextB = index < matches.count ? Int(matches[index].b) : b.count
            if nextA - previousA > 1 && nextB - previousB > 1 {
                let positionsA = ((previousA + 1)..<nextA).filter { movedA.isEmpty || !movedA[$0] }
                let positionsB = ((previousB + 1)..<nextB).filter { movedB.isEmpty || !movedB[$0] }
                let pairs = nearMatcher.pairs(
                    a: positionsA.map { tokensA[$0] }, b: positionsB.map { tokensB[$0] }, forms: forms)
                for (i, j) in pairs {
                    partnerOfA[positionsA[i]] = Int32(positionsB[j])
                    partnerOfB[positionsB[j]] = Int32(positionsA[i])
                }
            }
            previousA = nextA
            previousB = nextB
        }
        return PairwiseAlignment(partnerOfA: partnerOfA, partnerOfB: partnerOfB, moves: moves)
    }
}
