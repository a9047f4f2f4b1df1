/// Merges pairwise alignments with the base into one alignment table.
///
/// Every witness is aligned with the base. A witness token aligned with a base token
/// (match, near match or substitution) shares that token's column. Tokens a witness has
/// between two base tokens (additions) go to the gap before the next base token; when
/// several witnesses add text in the same gap, their additions are aligned with one
/// another progressively, in siglum order, with the same pairwise aligner (without
/// transpositions), so that shared additions share columns.
///
/// - Complexity: O(Σ pairwise alignment) + O(columns · witnesses) to lay out the table,
///   plus the pairwise alignment of additions that meet in one gap.
enum MultipleAlignment {
    struct Result {
        var table: AlignmentTable
        var transpositions: [Transposition]
    }

    /// A column under construction: its cells by position in `order`, and the token that
    /// stands for it when later additions are aligned with it.
    private struct GapColumn {
        var cells: [Int32]
        var representative: (witness: Int, token: Int)
    }

    static func build(
        witnesses: [CollatedWitness], ids: [[Int32]], order: [Int], aligner: inout PairwiseAligner
    ) -> Result {
        let n = witnesses.count
        let base = order[0]
        let baseCount = witnesses[base].tokens.count
        // The base columns, row after row: partnerRows[p * n + w] is the token of witness
        // w in base column p, or -1.
        // Every cell is written below (the base's own and each witness's partner), so the
        // rows start uninitialized rather than filled twice.
        var partnerRows = [Int32](unsafeUninitializedCapacity: baseCount * n) { rows, count in
            for p in 0..<baseCount { rows[p * n + base] = Int32(p) }
            count = baseCount * n
        }
        // Runs of added tokens per gap slot (slot p = before base token p): (slot, witness, tokens).
        var additions: [(slot: Int, rank: Int, witness: Int, tokens: [Int])] = []
        var moves: [(witness: Int, block: TranspositionDetector.Block)] = []
        for (rank, w) in order.enumerated() where rank > 0 {
            let pairwise = aligner.align(ids[base], witnesses[base].tokens, ids[w], witnesses[w].tokens)
            pairwise.partnerOfA.withUnsafeBufferPointer { partner in
                partnerRows.withUnsafeMutableBufferPointer { rows in
                    for p in 0..<baseCount { rows[p * n + w] = partner[p] }
                }
            }
            moves += pairwise.moves.map { (w, $0) }
            var slot = 0
            var run: [Int] = []
            for j in pairwise.partnerOfB.indices {
                let p = Int(pairwise.partnerOfB[j])
                if p >= 0 {
                    if !run.isEmpty {
                        additions.append((slot, rank, w, run))
                        run = []
                    }
                    slot = p + 1
                } else {
                    run.append(j)
                }
            }
            if !run.isEmpty { additions.append((slot, rank, w, run)) }
        }
        additions.sort { ($0.slot, $0.rank) < ($1.slot, $1.rank) }
        let slotOfAddition = additions.map(\.slot)

        // Base columns are copied from partnerRows in stretches, the merged additions of
        // each gap in between; no column costs an allocation (a book has some 190,000).
        var cells: [Int32] = []
        cells.reserveCapacity((baseCount + additions.count) * n)
        // Columns are placed for the moves' first and last tokens only (a pass over every
        // cell cost more than the rest of the layout): a base token's column from the
        // stretch it was copied in; a moved witness token is unmatched, so it sits in a
        // column of additions, noted as those are laid out.
        var stretches: [(firstBase: Int, firstColumn: Int)] = []
        let tokenStride = witnesses.map(\.tokens.count).max() ?? 0
        var additionColumn: [Int: Int32] = [:]
        for move in moves {
            additionColumn[move.witness * tokenStride + move.block.b] = -1
            additionColumn[move.witness * tokenStride + move.block.b + move.block.length - 1] = -1
        }
        func copyBase(_ range: Range<Int>) {
            stretches.append((range.lowerBound, cells.count / max(n, 1)))
            cells.append(contentsOf: partnerRows[(range.lowerBound * n)..<(range.upperBound * n)])
        }
        var nextBase = 0
        var next = 0
        while next < additions.count {
            let slot = slotOfAddition[next]
            copyBase(nextBase..<slot)
            nextBase = slot
            let start = next
            while next < additions.count && slotOfAddition[next] == slot { next += 1 }
            for column in mergeAdditions(additions[start..<next], witnesses: witnesses, ids: ids, aligner: &aligner) {
                if !additionColumn.isEmpty {
                    for (w, t) in column.cells.enumerated() where t >= 0 {
                        let key = w * tokenStride + Int(t)
                        if additionColumn[key] != nil { additionColumn[key] = Int32(cells.count / n) }
                    }
                }
                cells.append(contentsOf: column.cells)
            }
        }
        copyBase(nextBase..<baseCount)
        func baseColumn(_ p: Int) -> Int {
            // The last stretch starting at or before p.
            var low = 0
            var high = stretches.count
            while high - low > 1 {
                let mid = (low + high) / 2
                if stretches[mid].firstBase <= p { low = mid } else { high = mid }
            }
            return stretches[low].firstColumn + (p - stretches[low].firstBase)
        }
        func column(_ w: Int, _ t: Int) -> Int {
            if w == base { return baseColumn(t) }
            if let found = additionColumn[w * tokenStride + t], found >= 0 { return Int(found) }
            // Not expected (a moved token is unmatched): found by a scan then.
            return (0..<(cells.count / n)).first { cells[$0 * n + w] == Int32(t) } ?? 0
        }
        let sigla = witnesses.map(\.siglum)
        let transpositions = moves.map { move in
            let b = move.block
            return Transposition(
                siglum: sigla[move.witness], baseSiglum: sigla[base], baseTokens: b.a..<(b.a + b.length),
                witnessTokens: b.b..<(b.b + b.length),
                baseColumns: column(base, b.a)...column(base, b.a + b.length - 1),
                witnessColumns: column(move.witness, b.b)...column(move.witness, b.b + b.length - 1))
        }.sorted { ($0.baseColumns.lowerBound, $0.siglum) < ($1.baseColumns.lowerBound, $1.siglum) }
        return Result(table: AlignmentTable(sigla: sigla, cells: cells), transpositions: transpositions)
    }

    /// Aligns the additions several witnesses make in one gap into columns.
    private static func mergeAdditions(
        _ runs: ArraySlice<(slot: Int, rank: Int, witness: Int, tokens: [Int])>, witnesses: [CollatedWitness],
        ids: [[Int32]], aligner: inout PairwiseAligner
    ) -> [GapColumn] {
        let n = witnesses.count
        var columns: [GapColumn] = []
        for run in runs {
            let w = run.witness
            if columns.isEmpty {
                for t in run.tokens {
                    var cells = [Int32](repeating: -1, count: n)
                    cells[w] = Int32(t)
                    columns.append(GapColumn(cells: cells, representative: (w, t)))
                }
                continue
            }
            let columnIDs = columns.map { ids[$0.representative.witness][$0.representative.token] }
            let columnTokens = columns.map { witnesses[$0.representative.witness].tokens[$0.representative.token] }
            let runIDs = run.tokens.map { ids[w][$0] }
            let runTokens = run.tokens.map { witnesses[w].tokens[$0] }
            let saved = aligner.transpositions.settings.detects
            aligner.transpositions.settings.detects = false
            let pairwise = aligner.align(columnIDs, columnTokens, runIDs, runTokens)
            aligner.transpositions.settings.detects = saved
            var merged: [GapColumn] = []
            var i = 0
            for (j, t) in run.tokens.enumerated() {
                let p = Int(pairwise.partnerOfB[j])
                if p >= 0 {
                    while i < p {
                        merged.append(columns[i])
                        i += 1
                    }
                    var column = columns[i]
                    column.cells[w] = Int32(t)
                    merged.append(column)
                    i += 1
                } else {
                    var cells = [Int32](repeating: -1, count: n)
                    cells[w] = Int32(t)
                    merged.append(GapColumn(cells: cells, representative: (w, t)))
                }
            }
            merged.append(contentsOf: columns[i...])
            columns = merged
        }
        return columns
    }
}
