/// Finds moved blocks among the tokens a diff left unmatched.
///
/// Candidates are seeded from unmatched tokens of `a` whose id also occurs unmatched in
/// `b`: for a rare id anywhere, for a frequent one only within the distance window. Each
/// seed is grown to the maximal block of equal unmatched tokens, blocks are ranked by
/// length (then nearness) and accepted greedily when they overlap no accepted block.
///
/// - Complexity: O(*u* · *w*) for *u* unmatched tokens and a window of *w* candidates,
///   plus O(*c* log *c*) to rank *c* candidate blocks.
struct TranspositionDetector {
    var settings: TranspositionSettings
    /// An id with at most this many unmatched occurrences in `b` is looked up at any distance.
    var rareLimit = 8

    struct Block: Equatable {
        var a: Int
        var b: Int
        var length: Int
    }

    func blocks(
        a: [Int32], b: [Int32], tokensA: [Token], tokensB: [Token], partnerOfA: [Int32], partnerOfB: [Int32],
        matches: [MatchPair]
    ) -> [Block] {
        guard settings.detects else { return [] }
        // Region r lies between match r-1 and match r.
        let regionA = Self.regions(partnerOfA)
        let regionB = Self.regions(partnerOfB)
        var unmatchedB: [Int32: [Int32]] = [:]
        for j in b.indices where partnerOfB[j] < 0 {
            unmatchedB[b[j], default: []].append(Int32(j))
        }
        guard !unmatchedB.isEmpty else { return [] }
        func regionStartB(_ r: Int32) -> Int { r == 0 ? 0 : Int(matches[Int(r) - 1].b) + 1 }
        func sameBlockContinues(_ i: Int, _ j: Int, _ i2: Int, _ j2: Int) -> Bool {
            i2 >= 0 && j2 >= 0 && i2 < a.count && j2 < b.count && partnerOfA[i2] < 0 && partnerOfB[j2] < 0
                && a[i2] == b[j2] && regionA[i2] == regionA[i] && regionB[j2] == regionB[j]
        }

        var candidates: [(block: Block, distance: Int)] = []
        let window = max(settings.maximumDistance, settings.singleWordMaximumDistance)
        for i in a.indices where partnerOfA[i] < 0 {
            guard let positions = unmatchedB[a[i]] else { continue }
            let expected = regionStartB(regionA[i])
            var range = positions.indices
            if positions.count > rareLimit {
                let low = Self.lowerBound(positions, Int32(expected - window))
                let high = Self.lowerBound(positions, Int32(expected + window + 1))
                range = low..<high
            }
            for p in range {
                let j = Int(positions[p])
                if regionB[j] == regionA[i] { continue }
                // Only a block's first pair seeds it.
                if sameBlockContinues(i, j, i - 1, j - 1) { continue }
                var length = 1
                while sameBlockContinues(i, j, i + length, j + length) { length += 1 }
                let distance = abs(j - expected)
                if accepts(tokensA[i..<(i + length)], distance: distance) {
                    candidates.append((Block(a: i, b: j, length: length), distance))
                }
            }
        }
        candidates.sort {
            ($0.block.length, -$0.distance, -$0.block.a) > ($1.block.length, -$1.distance, -$1.block.a)
        }
        var usedA = Set<Int>()
        var usedB = Set<Int>()
        var accepted: [Block] = []
        for (block, _) in candidates {
            let rangeA = block.a..<(block.a + block.length)
            let rangeB = block.b..<(block.b + block.length)
            if rangeA.contains(where: usedA.contains) || rangeB.contains(where: usedB.contains) { continue }
            usedA.formUnion(rangeA)
            usedB.formUnion(rangeB)
            accepted.append(block)
        }
        return accepted.sorted { $0.a < $1.a }
    }

    private func accepts(_ tokens: ArraySlice<Token>, distance: Int) -> Bool {
        // Counted, not filtered: a candidate is tested for every seed.
        var content = 0
        for token in tokens where token.kind.isContent { content += 1 }
        if tokens.count >= settings.longBlockLength && content >= settings.longBlockContentTokens {
            return true
        }
        if tokens.count >= 2 { return content > 0 && distance <= settings.maximumDistance }
        guard let token = tokens.first, token.kind == .word else { return false }
        var letters = 0
        for scalar in token.text.unicodeScalars where CharacterClass(scalar) == .letter { letters += 1 }
        return letters >= settings.singleWordMinimumLength && distance <= settings.singleWordMaximumDistance
    }

    /// For each position, the number of matched positions before it.
    static func regions(_ partner: [Int32]) -> [Int32] {
        // Filled in place: a witness's length, where `result[i] =` checked uniqueness each time.
        partner.withUnsafeBufferPointer { partner in
            [Int32](unsafeUninitializedCapacity: partner.count) { result, initialized in
                var count: Int32 = 0
                for i in partner.indices {
                    result[i] = count
                    if partner[i] >= 0 { count &+= 1 }
                }
                initialized = partner.count
            }
        }
    }

    static func lowerBound(_ sorted: [Int32], _ value: Int32) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
