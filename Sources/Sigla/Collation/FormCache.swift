import Foundation

/// The per-collation memory of the normalizer: compiled rules, the vocabulary, and the
/// forms already computed (texts repeat: a book has some 20,000 distinct words in 160,000).
///
/// The pipeline is `Normalizer`'s. Each step first asks the bytes whether it can change
/// anything (an ASCII word without `!`, `8`, `-` or a line break is its own key), so that
/// Foundation's Unicode work runs only on the texts that need it.
final class FormCache {
    let settings: NormalizationSettings
    private let rules: [(NSRegularExpression, String)]
    private let words: [String]
    private let keyMask: FoldingMask
    /// Lowercased words (see `vocabularyContains(_:)`), built when first consulted unless given.
    private var vocabularyStorage: CanonicalInterner?
    /// Set when a form needed the vocabulary while `withoutVocabulary` forbids it.
    private var neededVocabulary = false
    private let withoutVocabulary: Bool
    private var keys: [String: String] = [:]
    private var folded: [String: String] = [:]

    /// - Parameters:
    ///   - words: the texts of the word tokens collated (repeats allowed), the
    ///     vocabulary that the `-` → `fl` repair consults.
    ///   - vocabulary: `Self.vocabulary(of: words)` when already built.
    init(settings: NormalizationSettings, words: [String], vocabulary: CanonicalInterner? = nil) {
        self.settings = settings
        // Patterns were validated by `Normalizer.init`.
        self.rules = settings.rules.compactMap { rule in
            (try? NSRegularExpression(pattern: rule.pattern)).map { ($0, rule.replacement) }
        }
        self.words = words
        self.keyMask = FoldingMask(settings.ignoring)
        self.vocabularyStorage = vocabulary
        self.withoutVocabulary = false
    }

    /// A cache that computes only forms that need no vocabulary (see
    /// `keyWithoutVocabulary(_:_:)`), so that keys can be computed while the vocabulary
    /// is built on another core.
    init(settings: NormalizationSettings, withoutVocabulary: Void) {
        self.settings = settings
        self.rules = settings.rules.compactMap { rule in
            (try? NSRegularExpression(pattern: rule.pattern)).map { ($0, rule.replacement) }
        }
        self.words = []
        self.keyMask = FoldingMask(settings.ignoring)
        self.withoutVocabulary = true
    }

    /// The matching key of a token, or nil if computing it consults the vocabulary (a
    /// word with an inner `-` that may stand for `fl`), for a cache made without one.
    func keyWithoutVocabulary(_ text: String, _ kind: TokenKind) -> String? {
        neededVocabulary = false
        let key = form(text, kind, mask: keyMask)
        return neededVocabulary ? nil : key
    }

    /// The matching key of a token.
    func key(_ text: String, _ kind: TokenKind) -> String {
        if let cached = keys[text] { return cached }
        let result = form(text, kind, mask: keyMask)
        keys[text] = result
        return result
    }

    /// The matching key of a token, not remembered: for a caller that asks once per text.
    func uncachedKey(_ text: String, _ kind: TokenKind) -> String {
        form(text, kind, mask: keyMask)
    }

    /// The fully folded form of a token (every formal difference folded), for near
    /// matching and for telling formal from substantive variants.
    func folded(_ text: String, _ kind: TokenKind) -> String {
        if let cached = folded[text] { return cached }
        let result = form(text, kind, mask: .all)
        folded[text] = result
        return result
    }

    /// The form of a token with the given formal differences folded.
    func form(_ text: String, _ kind: TokenKind, folding: Set<FormalDifference>) -> String {
        form(text, kind, mask: FoldingMask(folding))
    }

    /// The form of a token with the formal differences in `mask` folded.
    func form(_ text: String, _ kind: TokenKind, mask: FoldingMask) -> String {
        if kind == .punctuation && mask.contains(.punctuation) { return "" }
        var s = text
        // One scan tells which repairs can change the text; most texts need none.
        var facts = ByteFacts(s)
        if settings.unicodeNormalization && facts.contains(.maybeNotNFC) {
            s = s.precomposedStringWithCanonicalMapping
            facts = ByteFacts(s)
        }
        if kind != .punctuation {
            if settings.joinsLineEndHyphenation && facts.contains(.lineBreak) {
                s = Self.joiningLineEndHyphenation(s)
                facts = ByteFacts(s)
            }
            if settings.repairsLigatures && !facts.isDisjoint(with: [.ligatureMark, .hyphen]) {
                s = repairingLigatures(s)
            }
        }
        if mask.contains(.letterCase) {
            s = CanonicalText.lowercased(s)
        }
        if mask.contains(.spelling) {
            for (regex, template) in rules {
                s = regex.stringByReplacingMatches(
                    in: s, range: NSRange(location: 0, length: s.utf16.count), withTemplate: template)
            }
        }
        if mask.contains(.diacritics) && !s.utf8.allSatisfy({ $0 < 0x80 }) {
            s = LatinDiacritics.removing(s) ?? Self.removingDiacritics(s)
        }
        if mask.contains(.punctuation) {
            s = UTF8Bytes.filteringScalars(s) { CharacterClass($0) != .other }
        }
        return s
    }

    /// Drops every combining mark of the canonical decomposition, then recomposes: the
    /// general case of removing diacritics (Foundation's normalization, on any script).
    static func removingDiacritics(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// `con-⏎quista` → `conquista`: drops a hyphen and the line break (with spaces) after it.
    ///
    /// On bytes: the hyphen (`-`, U+2010) and the spaces and line breaks after it are ASCII
    /// or one fixed sequence, never part of another scalar's encoding. A hyphen followed by
    /// spaces without a line break stays, as does one at the very end with what follows it.
    static func joiningLineEndHyphenation(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                let n = bytes.count
                var count = 0
                var i = 0
                while i < n {
                    let hyphen =
                        bytes[i] == 0x2D
                        ? 1 : (bytes[i] == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x90 ? 3 : 0)
                    guard hyphen > 0 else {
                        out[count] = bytes[i]
                        count += 1
                        i += 1
                        continue
                    }
                    var j = i + hyphen
                    var sawBreak = false
                    while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D || bytes[j] == 0x0A {
                        if bytes[j] == 0x0A { sawBreak = true }
                        j += 1
                    }
                    if !sawBreak || j == n {
                        for k in i..<j { out[count + k - i] = bytes[k] }
                        count += j - i
                    }
                    i = j
                }
                return count
            }
        }
    }

    /// Repairs `!` → `fi`, `8` → `ff` between letters, and `-` → `fl` where the vocabulary
    /// shows the hyphen is no compound's.
    private func repairingLigatures(_ text: String) -> String {
        var s = Self.repairingUnambiguousLigatures(text)
        guard s.utf8.contains(UInt8(ascii: "-")) else { return s }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let tail = parts.last, let head = parts.first,
            let first = tail.unicodeScalars.first, first.properties.isLowercase,
            let last = head.unicodeScalars.last, last.properties.isLowercase
        else { return s }
        let candidate = head + "fl" + tail
        if vocabularyContains(candidate.lowercased()) || !vocabularyContains(tail.lowercased()) {
            s = String(candidate)
        }
        return s
    }

    static func repairingUnambiguousLigatures(_ text: String) -> String {
        // Only `!` and `8` are ever replaced.
        guard ByteFacts(text).contains(.ligatureMark) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            let before = i > 0 ? CharacterClass(scalars[i - 1]) : .whitespace
            let after = i + 1 < scalars.count ? CharacterClass(scalars[i + 1]) : .whitespace
            if scalar == "!" && after == .letter {
                result.append(contentsOf: "fi".unicodeScalars)
            } else if scalar == "8" && before == .letter && after == .letter {
                result.append(contentsOf: "ff".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `word` (lowercased) is in the vocabulary: lowercased words of every
    /// witness, with unambiguous ligatures repaired, the evidence for reading an inner `-`
    /// as `fl`. (A `CanonicalInterner` has the membership of a `Set<String>`, faster.)
    private func vocabularyContains(_ word: String) -> Bool {
        if withoutVocabulary {
            neededVocabulary = true
            return false
        }
        if vocabularyStorage == nil { vocabularyStorage = Self.vocabulary(of: words) }
        return vocabularyStorage?.id(of: word) != nil
    }

    /// The vocabulary of `words` (see `vocabularyContains(_:)`).
    static func vocabulary(of words: [String]) -> CanonicalInterner {
        var vocabulary = CanonicalInterner(capacity: words.count)
        for word in words {
            var copy = word
            // Latin-1 without `-`, `!` or `8` (nearly every word of a Western text):
            // lowercase the bytes into a buffer (Latin-1 is NFC) and keep those.
            let done = copy.withUTF8 { bytes -> Bool in
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    if byte == UInt8(ascii: "-") { return true }  // not a vocabulary word
                    if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "8") { return false }
                    if byte < 0x80 {
                        i += 1
                    } else if (byte == 0xC2 || byte == 0xC3) && i + 1 < bytes.count {
                        i += 2
                    } else {
                        return false
                    }
                }
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
                    CanonicalText.lowercaseLatin1(bytes, into: lowered)
                    _ = vocabulary.intern(nfcBytes: UnsafeBufferPointer(lowered))
                }
                return true
            }
            if done || ByteFacts(word).contains(.hyphen) { continue }
            _ = vocabulary.intern(CanonicalText.lowercased(Self.repairingUnambiguousLigatures(word)))
        }
        return vocabulary
    }
}
