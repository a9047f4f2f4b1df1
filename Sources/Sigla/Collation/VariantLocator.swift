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
    let ids: [[Int32]]
    let ignorableID: Int32?
    let baseIndex: Int
    let forms: FormCache

    func locations(table: AlignmentTable, transpositions: [Transposition]) -> [VariantLocation] {
        let n = witnesses.count
        let sigla = table.sigla
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
        // A run splits where the present witnesses or the moves change, and between a
        // column whose readings differ only in form and one where they differ in substance.
        func signature(_ column: Int) -> [Int32] {
            var folded: String? = nil
            var formal: Int32 = 1
            var key = (0..<n).map { w -> Int32 in
                guard let t = table[column, w] else {
                    formal = 0
                    return -2
                }
                let token = witnesses[w].tokens[t]
                let form = forms.folded(token.text, token.kind)
                if let folded, folded != form { formal = 0 }
                folded = form
                return moved[w][t]
            }
            key.append(formal)
            return key
        }
        func agrees(_ column: Int) -> Bool {
            var first: Int32 = -1
            for w in 0..<n {
                var id: Int32 = -1
                if let t = table[column, w] { id = ids[w][t] }
                if id == ignorableID { id = -1 }
                if w == 0 {
                    first = id
                } else if id != first {
                    return false
                }
            }
            return true
        }

        var result: [VariantLocation] = []
        var nextToken = [Int](repeating: 0, count: n)
        var column = 0
        while column < table.columnCount {
            if agrees(column) {
                for w in 0..<n { if let t = table[column, w] { nextToken[w] = t + 1 } }
                column += 1
                continue
            }
            let start = column
            let startTokens = nextToken
            let key = signature(column)
            while column < table.columnCount && !agrees(column) && signature(column) == key {
                for w in 0..<n { if let t = table[column, w] { nextToken[w] = t + 1 } }
                column += 1
            }
            result.append(
                location(columns: start..<column, from: startTokens, to: nextToken, sigla: sigla, moved: moved))
        }
        return result
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
        var result = ""
        for t in range {
            result += witnesses[w].tokens[t].text
            if t + 1 < range.upperBound { result += witnesses[w].tokens[t].trailingWhitespace }
        }
        return result
    }

    private func classify(_ readings: [Reading]) -> VariantSignificance {
        func forms(_ form: (Token) -> String) -> Set<String> {
            Set(
                readings.enumerated().map { w, reading in
                    reading.tokens.map { form(witnesses[w].tokens[$0]) }.filter { !$0.isEmpty }.joined(separator: " ")
                })
        }
        // Fully folded forms are remembered per text; most locations stop here (substantive).
        guard forms({ self.forms.folded($0.text, $0.kind) }).count == 1 else { return .substantive }
        let all = Set(FormalDifference.allCases)
        var differences = Set<FormalDifference>()
        for aspect in FormalDifference.allCases {
            let folding = all.subtracting([aspect])
            if forms({ self.forms.form($0.text, $0.kind, folding: folding) }).count > 1 { differences.insert(aspect) }
        }
        return .formal(differences)
    }
}
