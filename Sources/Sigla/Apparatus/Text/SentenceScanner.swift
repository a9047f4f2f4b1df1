/// One sentence found by the scanner, as UTF-8 offsets into the source.
struct RawSentence: Hashable, Sendable {
    /// Offset of the sentence's first byte (never white space).
    var start: Int
    /// Offset just past its last byte (never white space).
    var end: Int
    /// Whether a paragraph break follows (always true for the last sentence).
    var endsParagraph: Bool
}

/// The single forward pass that finds sentence boundaries in UTF-8 text.
///
/// Every byte is read a bounded number of times: once by the main loop, at most once more
/// by the look-ahead after a terminator (which stops at the next word), and at most
/// 64 bytes by the look-back for an abbreviation. Hence linear time.
struct SentenceScanner {
    let abbreviations: AbbreviationTable

    /// Longest word (in bytes) looked up as an abbreviation.
    private static let maximumTokenLength = 64

    /// - Complexity: O(*n*) in the byte count.
    func scan(_ text: UnsafeBufferPointer<UInt8>) -> [RawSentence] {
        let n = text.count
        var sentences: [RawSentence] = []
        var start = -1  // start of the current sentence; -1 between sentences
        var end = 0  // end of the current sentence's last non-blank scalar
        var hasWord = false  // the current sentence has a letter or digit
        var i = 0
        while i < n {
            let (c, length) = text.scalar(at: i)
            if c.isSentenceWhitespace {
                var lineBreaks = 0
                var paragraph = false
                var j = i
                while j < n {
                    let (w, wLength) = text.scalar(at: j)
                    guard w.isSentenceWhitespace else { break }
                    if w == "\r" {
                        lineBreaks += 1
                        if j + 1 < n && text[j + 1] == 0x0A { j += 1 }  // CR LF is one break
                    } else if w.isLineBreak {
                        lineBreaks += 1
                    } else if w.isParagraphSeparator {
                        paragraph = true
                    }
                    j += wLength
                }
                if lineBreaks >= 2 || paragraph {
                    if start >= 0 {
                        sentences.append(RawSentence(start: start, end: end, endsParagraph: true))
                        start = -1
                        hasWord = false
                    } else if !sentences.isEmpty {
                        sentences[sentences.count - 1].endsParagraph = true
                    }
                }
                i = j
                continue
            }
            if start < 0 { start = i }
            if c == "." || c.isStrongTerminator {
                let cluster = terminatorCluster(in: text, at: i)
                end = cluster.end
                i = cluster.end
                if hasWord && endsSentence(cluster, in: text, sentenceStart: start) {
                    sentences.append(RawSentence(start: start, end: end, endsParagraph: false))
                    start = -1
                    hasWord = false
                }
                continue
            }
            if !hasWord && c.isWordCharacter { hasWord = true }
            i += length
            end = i
        }
        if start >= 0 { sentences.append(RawSentence(start: start, end: end, endsParagraph: true)) }
        if !sentences.isEmpty { sentences[sentences.count - 1].endsParagraph = true }
        return sentences
    }

    /// A run of terminators and closers, with the footnote call that may follow it.
    struct Cluster {
        var start: Int
        var end: Int
        /// How many `.` the run holds.
        var periods = 0
        /// Whether the run holds `?`, `!` or `…`.
        var strong = false
        /// Whether the run is one bare period directly followed by white space, the only
        /// shape in which a period can be an abbreviation's.
        var barePeriod = false
    }

    private func terminatorCluster(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Cluster {
        let n = text.count
        var cluster = Cluster(start: start, end: start)
        var j = start
        scan: while j < n {
            let (c, length) = text.scalar(at: j)
            if c == "." {
                cluster.periods += 1
            } else if c.isStrongTerminator {
                cluster.strong = true
            } else if c.isCloser {
                // part of the cluster
            } else if c.isHorizontalWhitespace {
                // French typography: `Viens. »` – the guillemet still closes the sentence.
                var k = j
                while k < n {
                    let (w, wLength) = text.scalar(at: k)
                    guard w.isHorizontalWhitespace else { break }
                    k += wLength
                }
                guard k < n else { break scan }
                let (g, gLength) = text.scalar(at: k)
                guard g.isClosingGuillemet else { break scan }
                j = k + gLength
                continue
            } else {
                break scan
            }
            j += length
        }
        cluster.end = footnoteCallEnd(in: text, clusterStart: start, clusterEnd: j)
        cluster.barePeriod = cluster.periods == 1 && !cluster.strong && cluster.end == start + 1
        return cluster
    }

    /// Where a footnote call right after the cluster ends (`verdad.27`, `él.]11*`), or
    /// `clusterEnd` if there is none.
    ///
    /// After a digit the call must not look like a thousands group (`1.500`), so it
    /// is one or two digits or carries an asterisk.
    private func footnoteCallEnd(in text: UnsafeBufferPointer<UInt8>, clusterStart: Int, clusterEnd: Int) -> Int {
        let n = text.count
        var k = clusterEnd
        var asciiDigits = 0
        var superscripts = 0
        while k < n {
            let (c, length) = text.scalar(at: k)
            if c.isASCIIDigit && superscripts == 0 {
                asciiDigits += 1
            } else if c.isSuperscriptDigit && asciiDigits == 0 {
                superscripts += 1
            } else {
                break
            }
            k += length
        }
        guard asciiDigits + superscripts > 0, asciiDigits <= 3 else { return clusterEnd }
        var stars = 0
        while k < n && text[k] == 0x2A {  // *
            stars += 1
            k += 1
        }
        guard k == n || text.scalar(at: k).scalar.isSentenceWhitespace else { return clusterEnd }
        if asciiDigits > 0 && stars == 0 && clusterStart > 0 {
            let before = text.scalar(at: text.startOfScalar(before: clusterStart)).scalar
            if before.isDecimalDigit && asciiDigits == 3 { return clusterEnd }
        }
        return k
    }

    /// Whether the sentence ends after `cluster`.
    private func endsSentence(_ cluster: Cluster, in text: UnsafeBufferPointer<UInt8>, sentenceStart: Int) -> Bool {
        let n = text.count
        var k = cluster.end
        guard k < n else { return true }
        guard text.scalar(at: k).scalar.isSentenceWhitespace else { return false }
        // The next word, past white space and opening marks (`«`, `(`, `[`, `¿`, `—` …).
        var lineBreaks = 0
        while k < n {
            let (c, length) = text.scalar(at: k)
            if c.isParagraphSeparator { return true }
            if c.isLineBreak {
                lineBreaks += 1
                if lineBreaks >= 2 { return true }  // a blank line
                if c == "\r" && k + 1 < n && text[k + 1] == 0x0A { k += 1 }  // CR LF is one break
            } else if !c.isSentenceWhitespace && !c.isOpener {
                break
            }
            k += length
        }
        guard k < n else { return true }
        let next = text.scalar(at: k).scalar
        if next.isLowercaseLetter { return false }
        if cluster.strong || cluster.periods != 1 || !cluster.barePeriod { return true }

        let nextIsNumber = next.isDecimalDigit || startsRomanNumeral(text, at: k)
        let token = tokenBefore(cluster.start, in: text)
        if let word = token.word {
            if let kind = abbreviations.kind(of: word) ?? lastComponentKind(of: word) {
                switch kind {
                case .neverFinal: return false
                case .beforeNumber: return !nextIsNumber
                case .mayEnd: return !next.isDecimalDigit
                }
            }
            if Self.isInitials(word) { return false }
            // A list number or numeral opening the sentence: `3. El`, `IV. La`.
            if token.start == sentenceStart && (word.allSatisfy(\.isASCIIDigit) || Self.isRomanNumeral(word)) {
                return false
            }
        }
        return true
    }

    /// `op.cit` is looked up as `cit`: the last word of a run of abbreviations decides.
    private func lastComponentKind(of word: String) -> AbbreviationKind? {
        // On UTF-8: most words hold no period, and walking `Character`s to find that out
        // cost more than the rest of the scan.
        let utf8 = word.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let after = utf8.index(after: dot)
        guard after < utf8.endIndex else { return nil }
        return abbreviations.kind(of: String(word[after...]))
    }

    /// The word that ends just before `position` (letters, digits, `.`, `-`, apostrophes),
    /// or `nil` if there is none or it is too long to be an abbreviation.
    private func tokenBefore(_ position: Int, in text: UnsafeBufferPointer<UInt8>) -> (word: String?, start: Int) {
        var k = position
        while k > 0 {
            let previous = text.startOfScalar(before: k)
            let c = text.scalar(at: previous).scalar
            guard c.isWordCharacter || c == "." || c == "-" || c == "'" || c == "\u{2019}" else { break }
            k = previous
            if position - k > Self.maximumTokenLength { return (nil, k) }
        }
        // Leading punctuation is not part of the word (`-etc`, `..y`).
        while k < position, text[k] == 0x2E || text[k] == 0x2D || text[k] == 0x27 { k += 1 }
        guard k < position else { return (nil, k) }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[k..<position]), as: UTF8.self)
        return (word, k)
    }

    /// Whether the scalars at `k` form a Roman numeral word (`II`, `xiv`).
    private func startsRomanNumeral(_ text: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        var j = k
        var upper = 0
        var lower = 0
        while j < text.count {
            switch text[j] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: upper += 1  // IVXLCDM
            case 0x69, 0x76, 0x78, 0x6C, 0x63, 0x64, 0x6D: lower += 1  // ivxlcdm
            default:
                let c = text.scalar(at: j).scalar
                if c.isWordCharacter { return false }
                return (upper > 0) != (lower > 0)
            }
            j += 1
        }
        return (upper > 0) != (lower > 0)
    }

    /// Initials: single letters joined by periods or hyphens (`J`, `J.-P`, `A.N`, `e.g`).
    static func isInitials(_ word: String) -> Bool {
        let utf8 = word.utf8
        // Two ASCII letters in a row, the usual case, are a word.
        if utf8.count >= 2, let first = utf8.first, Self.isASCIILetter(first),
            Self.isASCIILetter(utf8[utf8.index(after: utf8.startIndex)])
        {
            return false
        }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, on bytes: one letter between separators, and no empty part but at the ends.
            var letters = 0
            var partLength = 0
            for byte in word.utf8 {
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
                    partLength = 0
                    continue
                }
                partLength += 1
                guard partLength == 1, Self.isASCIILetter(byte) else { return false }
                letters += 1
            }
            return letters > 0
        }
        var letters = 0
        for part in word.split(whereSeparator: { $0 == "." || $0 == "-" }) {
            guard part.count == 1, let first = part.first, first.isLetter else { return false }
            letters += 1
        }
        return letters > 0
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isRomanNumeral(_ word: String) -> Bool {
        guard !word.isEmpty, word.count <= 12 else { return false }
        return word.allSatisfy { "IVXLCDM".contains($0) } || word.allSatisfy { "ivxlcdm".contains($0) }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
