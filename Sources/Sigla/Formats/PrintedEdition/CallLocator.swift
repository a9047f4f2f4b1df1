/// A footnote call found in raw body text. Internal.
struct RawCall: Sendable {
    /// The range of the call in the raw text (digits and marker), removed from the body.
    var start: Int
    var end: Int
    var number: Int
    var hasMarker: Bool
    /// The call as printed.
    var printed: String
    /// Whether a damaged 'ff' printed as `8` sits just before the call (`Sokolo848`).
    var followsDamagedDigit: Bool
    /// The index of the note called, in the section's notes.
    var noteIndex = 0
}

/// Finds the calls of a section's footnotes in its raw body text.
///
/// A call is a run of digits (and the editorial marker, `27*`) stuck to what precedes it: a
/// letter (`mujer1`) or closing punctuation (`tiempo,4`, `verdad.]27*`), never a space, an
/// opening bracket or a digit range (`1906-1912`). Calls come in the order of the notes, so
/// each candidate is matched against the next note's number only:
/// - the whole run is the number (`años80` is call 80);
/// - or its first digit is a damaged ligature and the rest is the number (`Sokolo848` is
///   «Sokoloff» + call 48, `Gueorguie888` «Gueorguieff» + 88);
/// - or, with the editorial marker, its last digits are the number (`194329*`, a year and call 29);
/// - after a number and a comma or point (`en 1940,103*`) only an exact match counts;
/// - a digit that may be a damaged ligature (`Trolo8`) is a call only if no better candidate
///   for the same number comes before the next number's call;
/// - a candidate matching one of the two following numbers is taken, and the skipped notes are
///   reported without call.
struct CallLocator {
    let marker: Unicode.Scalar?
    let damage: DamageTable

    struct Result {
        var calls: [RawCall] = []
        /// Indices of the notes whose call was not found.
        var missing: [Int] = []
        /// Digits stuck to a word that are no call: offset and digits.
        var stray: [(offset: Int, digits: String)] = []
    }

    private enum Context { case word, punctuation, number, space }

    private struct Candidate {
        var start: Int
        var digitsEnd: Int
        var hasMarker: Bool
        var digits: [Unicode.Scalar]
        var context: Context

        var value: Int? { Int(String(scalars: digits)) }
    }

    private static let closers: Set<Unicode.Scalar> = Set(",.;:»”’)]…!?—–'\"".unicodeScalars)

    /// Finds the calls of `numbers` (the section's note numbers, in order).
    ///
    /// - Complexity: O(*n* + *c*·*k*), *n* the text length, *c* the candidates, *k* the
    ///   look-ahead for an ambiguous digit (bounded by the candidates up to the next call).
    func locate(in scalars: [Unicode.Scalar], numbers: [Int]) -> Result {
        let candidates = self.candidates(in: scalars)
        var result = Result()
        var next = 0
        let maximum = numbers.max() ?? 0
        for (position, candidate) in candidates.enumerated() {
            guard next < numbers.count else {
                reportStray(candidate, maximum: maximum, into: &result)
                continue
            }
            if var call = match(
                candidate, at: position, expected: numbers[next], following: numbers[(next + 1)...],
                candidates: candidates)
            {
                call.noteIndex = next
                result.calls.append(call)
                next += 1
                continue
            }
            // A note (or two) lost its call: take a candidate for one of the following numbers.
            var skipped = false
            for skip in 1...2 where next + skip < numbers.count {
                if candidate.context == .word || candidate.context == .punctuation,
                    candidate.value == numbers[next + skip], !isAmbiguousDamage(candidate)
                {
                    result.missing.append(contentsOf: next..<(next + skip))
                    var found = call(candidate, from: candidate.start, number: numbers[next + skip])
                    found.noteIndex = next + skip
                    result.calls.append(found)
                    next += skip + 1
                    skipped = true
                    break
                }
            }
            if !skipped { reportStray(candidate, maximum: maximum, into: &result) }
        }
        if next < numbers.count { result.missing.append(contentsOf: next..<numbers.count) }
        return result
    }

    private func reportStray(_ candidate: Candidate, maximum: Int, into result: inout Result) {
        guard candidate.context == .word, !isAmbiguousDamage(candidate), let value = candidate.value,
            value <= maximum + 5
        else { return }
        result.stray.append((candidate.start, String(scalars: candidate.digits)))
    }

    /// Digits that may all be damaged letters (`8`, `88` after a word).
    private func isAmbiguousDamage(_ candidate: Candidate) -> Bool {
        candidate.context == .word && !candidate.hasMarker
            && candidate.digits.allSatisfy { digit in
                damage[digit]?.restorations.contains { $0.first?.isLowercase == true } ?? false
            }
    }

    private func call(_ candidate: Candidate, from start: Int, number: Int) -> RawCall {
        let end = candidate.digitsEnd + (candidate.hasMarker ? 1 : 0)
        let digits = candidate.digits[(start - candidate.start)...]
        return RawCall(
            start: start, end: end, number: number, hasMarker: candidate.hasMarker,
            printed: String(scalars: digits) + (candidate.hasMarker ? marker.map { String($0) } ?? "" : ""),
            followsDamagedDigit: start > candidate.start)
    }

    private func match(
        _ candidate: Candidate, at position: Int, expected: Int, following: ArraySlice<Int>, candidates: [Candidate]
    ) -> RawCall? {
        let digits = candidate.digits
        switch candidate.context {
        case .space:
            return suffixMatch(candidate, expected: expected)
        case .number:
            return candidate.value == expected ? call(candidate, from: candidate.start, number: expected) : nil
        case .word, .punctuation:
            if candidate.value == expected {
                if isAmbiguousDamage(candidate),
                    betterCandidate(after: position, for: expected, before: following.first, in: candidates)
                {
                    return nil
                }
                return call(candidate, from: candidate.start, number: expected)
            }
            if candidate.context == .word, digits.count >= 2, digits[1] != "0",
                damage[digits[0]]?.restorations.contains(where: { $0.first?.isLowercase == true }) == true,
                Int(String(scalars: digits.dropFirst())) == expected
            {
                return call(candidate, from: candidate.start + 1, number: expected)
            }
            return suffixMatch(candidate, expected: expected)
        }
    }

    /// With the editorial marker, the last digits may be the call (`194329*`); without it, the
    /// digits after a year (`en 1883184)` is 1883 and call 184).
    private func suffixMatch(_ candidate: Candidate, expected: Int) -> RawCall? {
        guard candidate.digits.count >= 2 else { return nil }
        if !candidate.hasMarker {
            guard candidate.digits.count > 4,
                let year = Int(String(scalars: candidate.digits.prefix(4))), (1000...2099).contains(year)
            else { return nil }
            let rest = candidate.digits.dropFirst(4)
            guard rest.first != "0", Int(String(scalars: rest)) == expected else { return nil }
            return call(candidate, from: candidate.start + 4, number: expected)
        }
        for length in 1..<candidate.digits.count {
            let suffix = candidate.digits.suffix(length)
            guard suffix.first != "0" else { continue }
            if Int(String(scalars: suffix)) == expected {
                return call(candidate, from: candidate.digitsEnd - length, number: expected)
            }
        }
        return nil
    }

    /// Whether another candidate for `number` comes before the first candidate for `nextNumber`.
    private func betterCandidate(
        after position: Int, for number: Int, before nextNumber: Int?, in candidates: [Candidate]
    )
        -> Bool
    {
        for other in candidates[(position + 1)...] {
            if let nextNumber, other.value == nextNumber { return false }
            if other.value == number, other.context == .word || other.context == .punctuation,
                !isAmbiguousDamage(other)
            {
                return true
            }
        }
        return false
    }

    private func candidates(in scalars: [Unicode.Scalar]) -> [Candidate] {
        var result: [Candidate] = []
        var index = 0
        let count = scalars.count
        while index < count {
            guard scalars[index].isPlainDigit, index == 0 || !scalars[index - 1].isPlainDigit else {
                index += 1
                continue
            }
            var end = index
            while end < count, scalars[end].isPlainDigit { end += 1 }
            defer { index = end }
            let hasMarker = marker != nil && end < count && scalars[end] == marker
            let after = hasMarker ? end + 1 : end
            if after < count, scalars[after].isWordLetter || scalars[after].isPlainDigit { continue }
            let context: Context
            if index == 0 || scalars[index - 1].isBlankSpace {
                guard hasMarker || end - index > 4 else { continue }
                context = .space
            } else {
                let before = scalars[index - 1]
                if before.isWordLetter || (damage.contains(before) && !before.isPlainDigit && before != "-") {
                    context = .word
                } else if Self.closers.contains(before) || before == marker {
                    if index >= 2, scalars[index - 2].isPlainDigit {
                        guard before == "," || before == "." else { continue }
                        context = .number
                    } else {
                        context = .punctuation
                    }
                } else {
                    continue
                }
            }
            result.append(
                Candidate(
                    start: index, digitsEnd: end, hasMarker: hasMarker, digits: Array(scalars[index..<end]),
                    context: context))
        }
        return result
    }
}
