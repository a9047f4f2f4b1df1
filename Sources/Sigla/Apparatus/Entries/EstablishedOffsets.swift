/// Maps positions of a section's base text to positions of its established text, where
/// the decisions have replaced some stretches (and added signs).
///
/// It redoes the walk ``EstablishedSection`` makes: base text up to a decision, the
/// decision's signed text, base text after it.
struct EstablishedOffsets: Sendable {
    struct Piece: Sendable {
        var base: Range<Int>
        var established: Range<Int>
        var location: LocationID?
    }

    private(set) var pieces: [Piece] = []
    /// The established range of each decision's signed text.
    private(set) var decided: [LocationID: Range<Int>] = [:]

    /// - Complexity: O(*d* log *d*) for *d* decisions.
    init(baseLength: Int, decisions: [Decision]) {
        let ordered = decisions.sorted { ($0.baseStart, $0.baseEnd) < ($1.baseStart, $1.baseEnd) }
        var cursor = 0
        var length = 0
        for decision in ordered where decision.baseStart >= cursor && decision.baseEnd <= baseLength {
            if decision.baseStart > cursor {
                let count = decision.baseStart - cursor
                pieces.append(Piece(base: cursor..<decision.baseStart, established: length..<(length + count)))
                length += count
            }
            let count = EstablishedSection.signed(decision).utf8.count
            let range = length..<(length + count)
            pieces.append(Piece(base: decision.baseRange, established: range, location: decision.location))
            decided[decision.location] = range
            length += count
            cursor = decision.baseEnd
        }
        if baseLength > cursor {
            pieces.append(Piece(base: cursor..<baseLength, established: length..<(length + baseLength - cursor)))
        }
    }

    /// The established position of a base position. A position inside a decided stretch
    /// goes to the decision's start, or with `upper` to its end.
    ///
    /// - Complexity: O(log *p*) in the number of pieces.
    func established(_ offset: Int, upper: Bool = false) -> Int {
        guard !pieces.isEmpty else { return offset }
        // The last piece starting at or before the offset (strictly before, for an upper bound).
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            let start = pieces[middle].base.lowerBound
            if upper ? start < offset : start <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return pieces[0].established.lowerBound }
        let piece = pieces[low - 1]
        if piece.location != nil {
            return upper || offset >= piece.base.upperBound
                ? piece.established.upperBound : piece.established.lowerBound
        }
        return piece.established.lowerBound + min(offset - piece.base.lowerBound, piece.base.count)
    }
}
