@testable import Sigla

/// The tokenizer as first written (scalar by scalar, classes from Unicode properties
/// beyond ASCII): the oracle for the table-driven scanner of `Tokenizer`.
enum ReferenceTokenizer {
    /// The tokens of `text` as (text, trailing whitespace, kind, offset).
    static func tokens(_ text: String, tokenizer: Tokenizer = Tokenizer()) -> [(String, String, TokenKind, Int)] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            let scan = ReferenceScan(bytes: bytes, tokenizer: tokenizer)
            func string(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
            var result: [(String, String, TokenKind, Int)] = []
            var position = scan.skipWhitespace(from: 0)
            while position < bytes.count {
                let isWord = scan.isWordStart(position)
                let (end, hasLetter) = scan.tokenEnd(from: position)
                let wsEnd = scan.skipWhitespace(from: end)
                let kind: TokenKind = isWord ? (hasLetter ? .word : .number) : .punctuation
                result.append((string(position, end), string(end, wsEnd), kind, position))
                position = wsEnd
            }
            return result
        } ?? []
    }
}

/// The scanning rules of the tokenizer, over UTF-8 bytes (decoded where not ASCII).
private struct ReferenceScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokenizer: Tokenizer
    let ascii: [CharacterClass] = (0..<128).map { CharacterClass(Unicode.Scalar(UInt8($0))) }

    /// The scalar starting at `index` and its length in bytes.
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = 1
        var value: UInt32
        if lead & 0xE0 == 0xC0 {
            length = 2
            value = UInt32(lead & 0x1F)
        } else if lead & 0xF0 == 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else {
            length = 4
            value = UInt32(lead & 0x07)
        }
        length = min(length, bytes.count - index)
        for k in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", max(length, 1))
    }

    func cls(_ index: Int) -> CharacterClass {
        guard index >= 0 && index < bytes.count else { return .whitespace }
        let byte = bytes[index]
        if byte < 0x80 { return ascii[Int(byte)] }
        return CharacterClass(scalar(at: index).0)
    }

    /// Start of the scalar before the one at `index`.
    func previous(_ index: Int) -> Int {
        var i = index - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    func next(_ index: Int) -> Int {
        index + (bytes[index] < 0x80 ? 1 : scalar(at: index).1)
    }

    func clsBefore(_ index: Int) -> CharacterClass { index <= 0 ? .whitespace : cls(previous(index)) }
    func clsAfter(_ index: Int) -> CharacterClass { index >= bytes.count ? .whitespace : cls(next(index)) }

    func isAlnum(_ c: CharacterClass) -> Bool { c == .letter || c == .digit }

    func isLowercaseLetter(_ index: Int) -> Bool {
        guard index < bytes.count, cls(index) == .letter else { return false }
        return scalar(at: index).0.properties.isLowercase
    }

    func skipWhitespace(from index: Int) -> Int {
        var i = index
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                guard ascii[Int(byte)] == .whitespace else { return i }
                i += 1
            } else {
                let (s, length) = scalar(at: i)
                guard CharacterClass(s) == .whitespace else { return i }
                i += length
            }
        }
        return i
    }

    /// A `!` that stands for a damaged `fi` ligature at the start of a word (`!nlandeses`).
    func isLigatureWordStart(_ index: Int) -> Bool {
        tokenizer.keepsLigatureDamage && bytes[index] == UInt8(ascii: "!") && isLowercaseLetter(index + 1)
            && !isAlnum(clsBefore(index))
    }

    func isWordStart(_ index: Int) -> Bool {
        isAlnum(cls(index)) || isLigatureWordStart(index)
    }

    /// End of the token starting at `start`, and whether it has a letter.
    func tokenEnd(from start: Int) -> (Int, Bool) {
        guard isWordStart(start) else {
            // Punctuation: one mark, or a run of the same mark.
            let first = scalar(at: start)
            var i = start + first.1
            while i < bytes.count {
                let (s, length) = scalar(at: i)
                guard s == first.0 else { break }
                i += length
            }
            return (i, false)
        }
        var hasLetter = false
        var i = start
        var previousClass = CharacterClass.whitespace
        while i < bytes.count {
            let (s, length) = scalar(at: i)
            let c = bytes[i] < 0x80 ? ascii[Int(bytes[i])] : CharacterClass(s)
            if isAlnum(c) {
                if c == .letter { hasLetter = true }
                previousClass = c
                i += length
                continue
            }
            switch s {
            case "!"
            where tokenizer.keepsLigatureDamage && (i == start || previousClass == .letter)
                && clsAfter(i) == .letter:
                hasLetter = true
                previousClass = .letter
                i += 1
                continue
            case "-", "\u{2010}":
                if isAlnum(previousClass) && isAlnum(clsAfter(i)) {
                    previousClass = .other
                    i += length
                    continue
                }
                if tokenizer.joinsLineEndHyphenation, previousClass == .letter,
                    let resume = lineBreakContinuation(after: i + length)
                {
                    previousClass = .other
                    i = resume
                    continue
                }
            case "'", "\u{2019}":
                if previousClass == .letter && clsAfter(i) == .letter {
                    previousClass = .other
                    i += length
                    continue
                }
            case ".", ",":
                if previousClass == .digit && clsAfter(i) == .digit {
                    previousClass = .other
                    i += length
                    continue
                }
            default:
                break
            }
            break
        }
        return (trimmingTrailingDigits(start, i, hasLetter: hasLetter), hasLetter)
    }

    /// After a hyphen: spaces, one line break, spaces, then a lowercase letter.
    /// Returns the index of that letter.
    func lineBreakContinuation(after index: Int) -> Int? {
        var i = index
        func at(_ k: Int, _ c: Character) -> Bool { k < bytes.count && bytes[k] == c.asciiValue! }
        while at(i, " ") || at(i, "\t") { i += 1 }
        if at(i, "\r") { i += 1 }
        guard at(i, "\n") else { return nil }
        i += 1
        while at(i, " ") || at(i, "\t") { i += 1 }
        return isLowercaseLetter(i) ? i : nil
    }

    /// Splits digits glued to the end of a word (a footnote call) off it.
    func trimmingTrailingDigits(_ start: Int, _ end: Int, hasLetter: Bool) -> Int {
        guard hasLetter else { return end }
        var i = end
        while i > start, bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39 { i -= 1 }
        if i < end, i > start, clsBefore(i) == .letter { return i }
        return end
    }
}
