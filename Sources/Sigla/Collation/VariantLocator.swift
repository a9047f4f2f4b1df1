/// Reads the variant locations off an alignment table.
///
/// A column agrees when every witness has a token there and all have the same
/// normalized form (a token whose normalized form is empty, such as ignored punctuation,
/// counts as a gap). A variant location is a maximal run of disagreeing columns in which
/// the same witnesses are present and the same moved blocks are involved; so an omission
/// next to a substitution makes two locations, as an apparatus would list them.
///
/// Each location is classified relative to the base (transposition, addition, omission,
/// substitution) and as formal or substantive: formal when the readings become equal
/// once case, diacritics, punctuation and the editor's spellings are folded, with the
/// differences that remain when each one alone is left unfolded.
///
/// - Complexity: O(columns · witnesses) plus the length of the readings classified.
struct VariantLocator {
    let witnesses: [CollatedWitness]
    /// Matching-key id of each token, per witness.
    let ids: [[Int32]]
    /// Text id of each token, per witness (ids of `FolderByText`).
    let textIDs: [[Int32]]
    let ignorableID: Int32?
    let baseIndex: Int
    let forms: FormCache
    let folder: FolderByText

    func locations(table: AlignmentTable, transpositions: [Transposition]) -> [VariantLocation] {
        let n = witnesses.count
        let sigla = table.sigla
        let columnCount = table.columnCount
        // moved[w][t]: the transposition a token belongs to, or -1.
        var moved = witnesses.map { [Int32](repeating: -1, count: $0.tokens.count) }
        for (index, move) in transpositions.enumerated() {
            if let w = sigla.firstIndex(of: move.siglum) {
                for t in move.witnessTokens { moved[w][t] = Int32(index) }
            }
            if let b = sigla.firstIndex(of: move.baseSiglum) {
                for t in move.baseTokens where moved[b][t] < 0 { moved[b][t] = Int32(index) }
            }
        }
        let agreeing = agreement(table)
        // A run splits where the present witnesses or the moves change, and between a
        // column whose readings differ only in form and one where they differ in substance.
        // Signatures are written into two reused buffers: a run's first column's and the
        // current one's (an array per column cost two allocations).
        func signature(_ column: Int, into key: inout [Int32]) {
            var folded: Int32? = nil
            var formal: Int32 = 1
            for w in 0..<n {
                guard let t = table[column, w] else {
                    formal = 0
                    key[w] = -2
                    continue
                }
                let form = folder.foldedID(ofText: textIDs[w][t])
                if let folded, folded != form { formal = 0 }
                folded = form
                key[w] = moved[w][t]
            }
            key[n] = formal
        }

        var result: [VariantLocation] = []
        var nextToken = [Int](repeating: 0, count: n)
        var key = [Int32](repeating: 0, count: n + 1)
        var current = key
        var column = 0
        while column < columnCount {
            if agreeing[column] {
                // A run of agreeing columns (most of the table) at once: each witness's
                // next token follows its last token in the run.
                var end = column + 1
                while end < columnCount && agreeing[end] { end += 1 }
                for w in 0..<n {
                    var last = end - 1
                    while last >= column && table[last, w] == nil { last -= 1 }
                    if last >= column, let t = table[last, w] { nextToken[w] = t + 1 }
                }
                column = end
                continue
            }
            let start = column
            let startTokens = nextToken
            signature(column, into: &key)
            while column < columnCount && !agreeing[column] {
                if column > start {
                    signature(column, into: &current)
                    if current != key { break }
                }
                for w in 0..<n { if let t = table[column, w] { nextToken[w] = t + 1 } }
                column += 1
            }
            result.append(
                location(columns: start..<column, from: startTokens, to: nextToken, sigla: sigla, moved: moved))
        }
        return result
    }

    /// For each column, whether it agrees: every witness has a token there and all have
    /// the same matching key, a token with the ignorable (empty) key counting as a gap.
    ///
    /// - Complexity: O(columns · witnesses), in one pass over the table's cells.
    private func agreement(_ table: AlignmentTable) -> [Bool] {
        let n = witnesses.count
        let gap: Int32 = -1
        // Keys of all tokens in one array, witness w's token t at start[w] + t, with the
        // ignorable key already read as a gap.
        var start = [Int](repeating: 0, count: n + 1)
        for w in 0..<n { start[w + 1] = start[w] + ids[w].count }
        var keys: [Int32] = []
        keys.reserveCapacity(start[n])
        for w in 0..<n { keys.append(contentsOf: ids[w]) }
        if let ignorable = ignorableID {
            keys.withUnsafeMutableBufferPointer { keys in
                for i in keys.indices where keys[i] == ignorable { keys[i] = gap }
            }
        }
        let columnCount = table.columnCount
        // On raw buffers throughout: this visits every cell of the table.
        return keys.withUnsafeBufferPointer { keys in
            table.cells.withUnsafeBufferPointer { cells in
                start.withUnsafeBufferPointer { start in
                    [Bool](unsafeUninitializedCapacity: columnCount) { agreeing, count in
                        func key(_ cell: Int, _ w: Int) -> Int32 {
                            let t = cells[cell &+ w]
                            return t >= 0 ? keys[start[w] &+ Int(t)] : gap
                        }
                        var cell = 0
                        for column in 0..<columnCount {
                            let first = key(cell, 0)
                            var agrees = true
                            var w = 1
                            while w < n {
                                if key(cell, w) != first {
                                    agrees = false
                                    break
                                }
                                w &+= 1
                            }
                            agreeing[column] = agrees
                            cell &+= n
                        }
                        count = columnCount
                    }
                }
            }
        }
    }

    private func location(
        columns: Range<Int>, from: [Int], to: [Int], sigla: [String], moved: [[Int32]]
    ) -> VariantLocation {
        let readings = witnesses.indices.map { w in
            let range = from[w]..<to[w]
            return Reading(siglum: sigla[w], tokens: range, text: text(w, range))
        }
        var moves = Set<Int32>()
        for (w, reading) in readings.enumerated() {
            for t in reading.tokens where moved[w][t] >= 0 { moves.insert(moved[w][t]) }
        }
        let kind: VariantKind
        if !moves.isEmpty {
            kind = .transposition
        } else if readings[baseIndex].isEmpty {
            kind = .addition
        } else if readings.contains(where: \.isEmpty) {
            kind = .omission
        } else {
            kind = .substitution
        }
        let significance = moves.isEmpty ? classify(readings) : .substantive
        return VariantLocation(
            columns: columns, readings: readings, kind: kind, significance: significance,
            transpositions: moves.map(Int.init).sorted())
    }

    private func text(_ w: Int, _ range: Range<Int>) -> String {
        witnesses[w].tokens.withUnsafeBufferPointer { tokens in
            // Most readings are one token: its text is shared, not copied.
            if range.count == 1 { return tokens[range.lowerBound].text }
            var result = ""
            for t in range {
                result += tokens[t].text
                if t + 1 < range.upperBound { result += tokens[t].trailingWhitespace }
            }
            return result
        }
    }

    /// Whether every reading has the same fully folded forms (empty ones dropped), by
    /// folded id; nil when ids cannot tell, where a form has a space (the texts compared
    /// join forms with spaces, so `a b` may equal `a` + `b`).
    private func alikeFullyFolded(_ readings: [Reading]) -> Bool? {
        var first: [Int32] = []
        var other: [Int32] = []
        var alike = true
        for (w, reading) in readings.enumerated() {
            other.removeAll(keepingCapacity: true)
            for t in reading.tokens {
                let form = folder.foldedID(ofText: textIDs[w][t])
                if folder.containsSpace(form) { return nil }
                if !folder.isEmpty(form) { other.append(form) }
            }
            if w == 0 {
                swap(&first, &other)
            } else if other != first {
                alike = false
            }
        }
        return alike
    }

    private func classify(_ readings: [Reading]) -> VariantSignificance {
        /// Whether every reading gives the same text once each token is replaced by `form`
        /// (empty forms dropped, forms joined with spaces).
        func allAlike(_ form: (Token) -> String) -> Bool {
            var first: String? = nil
            for (w, reading) in readings.enumerated() {
                let joined = reading.tokens.map { form(witnesses[w].tokens[$0]) }.filter { !$0.isEmpty }
                    .joined(separator: " ")
                if let first {
                    if joined != first { return false }
                } else {
                    first = joined
                }
            }
            return true
        }
        // Fully folded forms are compared by id; most locations stop here (substantive).
        guard alikeFullyFolded(readings) ?? allAlike({ self.forms.folded($0.text, $0.kind) }) else {
            return .substantive
        }
        let all = Set(FormalDifference.allCases)
        var differences = Set<FormalDifference>()
        for aspect in FormalDifference.allCases {
            let folding = all.subtracting([aspect])
            if !allAlike({ self.forms.form($0.text, $0.kind, folding: folding) }) { differences.insert(aspect) }
        }
        return .formal(differences)
    }
}
