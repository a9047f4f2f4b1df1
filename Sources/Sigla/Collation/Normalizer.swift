import Foundation

/// Computes the normalized form of tokens: the form matching compares.
///
/// The pipeline, in order: Unicode NFC; joining a word hyphenated at a line end; PDF
/// ligature repair; case folding; the editor's spelling rules; removal of diacritics;
/// removal of punctuation. The first three follow `NormalizationSettings`; the last four
/// run for each `FormalDifference` being folded: for matching, those the settings ignore;
/// for near matching and classification, all of them.
///
/// The `-` → `fl` ligature repair looks at the vocabulary of all witnesses collated
/// together, which is why `normalize(_:)` takes every witness at once.
public struct Normalizer: Sendable {
    /// The settings this normalizer applies.
    public let settings: NormalizationSettings

    /// Creates a normalizer.
    ///
    /// - Throws: `CollationError.invalidSpellingRule` if a rule's pattern is not a valid
    ///   regular expression.
    public init(settings: NormalizationSettings = .default) throws {
        for (index, rule) in settings.rules.enumerated() {
            do {
                _ = try NSRegularExpression(pattern: rule.pattern)
            } catch {
                throw CollationError.invalidSpellingRule(index: index, pattern: rule.pattern)
            }
        }
        self.settings = settings
    }

    /// Sets `normalized` on every token of every witness.
    ///
    /// - Complexity: O(*n*) in the total number of tokens, with each distinct token text
    ///   normalized once.
    public func normalize(_ witnesses: inout [[Token]]) {
        let forms = FormCache(
            settings: settings, words: witnesses.flatMap { $0.filter { $0.kind == .word }.map(\.text) })
        for w in witnesses.indices {
            for t in witnesses[w].indices {
                let token = witnesses[w][t]
                witnesses[w][t].normalized = forms.key(token.text, token.kind)
            }
        }
    }

    /// The normalized form of a single text, with no other text as context (the `-` → `fl`
    /// repair then applies only where the part after the hyphen is no word of `text` itself).
    public func normalizedForm(of text: String) -> String {
        FormCache(settings: settings, words: [text]).key(text, TokenKind.classify(text))
    }
}

/// The per-collation memory of the normalizer: compiled rules, the vocabulary, and the
/// forms already computed (texts repeat: a book has some 20,000 distinct words in 160,000).
final class FormCache {
    let settings: NormalizationSettings
    private let rules: [(NSRegularExpression, String)]
    private let words: [String]
    private var vocabularyStorage: Set<String>?
    private var keys: [String: String] = [:]
    private var folded: [String: String] = [:]

    /// - Parameter words: the texts of the word tokens collated (repeats allowed), the
    ///   vocabulary that the `-` → `fl` repair consults.
    init(settings: NormalizationSettings, words: [String]) {
        self.settings = settings
        // Patterns were validated by `Normalizer.init`.
        self.rules = settings.rules.compactMap { rule in
            (try? NSRegularExpression(pattern: rule.pattern)).map { ($0, rule.replacement) }
        }
        self.words = words
    }

    /// The matching key of a token.
    func key(_ text: String, _ kind: TokenKind) -> String {
        if let cached = keys[text] { return cached }
        let result = form(text, kind, folding: settings.ignoring)
        keys[text] = result
        return result
    }

    /// The fully folded form of a token (every formal difference folded), for near
    /// matching and for telling formal from substantive variants.
    func folded(_ text: String, _ kind: TokenKind) -> String {
        if let cached = folded[text] { return cached }
        let result = form(text, kind, folding: Set(FormalDifference.allCases))
        folded[text] = result
        return result
    }

    /// The form of a token with the given formal differences folded.
    func form(_ text: String, _ kind: TokenKind, folding: Set<FormalDifference>) -> String {
        if kind == .punctuation && folding.contains(.punctuation) { return "" }
        var s = text
        let isASCII = s.utf8.allSatisfy { $0 < 0x80 }
        if settings.unicodeNormalization && !isASCII {
            s = s.precomposedStringWithCanonicalMapping
        }
        if kind != .punctuation {
            if settings.joinsLineEndHyphenation
                && s.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
            {
                s = Self.joiningLineEndHyphenation(s)
            }
            if settings.repairsLigatures {
                s = repairingLigatures(s)
            }
        }
        if folding.contains(.letterCase) {
            s = s.lowercased()
        }
        if folding.contains(.spelling) {
            for (regex, template) in rules {
                s = regex.stringByReplacingMatches(
                    in: s, range: NSRange(location: 0, length: s.utf16.count), withTemplate: template)
            }
        }
        if folding.contains(.diacritics) && !s.utf8.allSatisfy({ $0 < 0x80 }) {
            var scalars = String.UnicodeScalarView()
            for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: scalars.append(scalar)
                }
            }
            s = String(scalars).precomposedStringWithCanonicalMapping
        }
        if folding.contains(.punctuation) {
            var scalars = String.UnicodeScalarView()
            for scalar in s.unicodeScalars where CharacterClass(scalar) != .other {
                scalars.append(scalar)
            }
            s = String(scalars)
        }
        return s
    }

    /// `con-⏎quista` → `conquista`: drops a hyphen and the line break (with spaces) after it.
    static func joiningLineEndHyphenation(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        var sawBreak = false
        var held = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if pendingHyphen {
                if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                    if scalar == "\n" { sawBreak = true }
                    held.append(scalar)
                    continue
                }
                if !sawBreak { result.append(contentsOf: held) }
                pendingHyphen = false
                sawBreak = false
                held = String.UnicodeScalarView()
            }
            if scalar == "-" || scalar == "\u{2010}" {
                pendingHyphen = true
                held.append(scalar)
                continue
            }
            result.append(scalar)
        }
        result.append(contentsOf: held)
        return String(result)
    }

    /// Repairs `!` → `fi`, `8` → `ff` between letters, and `-` → `fl` where the vocabulary
    /// shows the hyphen is no compound's.
    private func repairingLigatures(_ text: String) -> String {
        guard
            text.utf8.contains(where: { $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "8") || $0 == UInt8(ascii: "-") })
        else { return text }
        var s = Self.repairingUnambiguousLigatures(text)
        guard s.utf8.contains(UInt8(ascii: "-")) else { return s }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let tail = parts.last, let head = parts.first,
            let first = tail.unicodeScalars.first, first.properties.isLowercase,
            let last = head.unicodeScalars.last, last.properties.isLowercase
        else { return s }
        let candidate = head + "fl" + tail
        let vocabulary = self.vocabulary
        if vocabulary.contains(candidate.lowercased()) || !vocabulary.contains(tail.lowercased()) {
            s = String(candidate)
        }
        return s
    }

    static func repairingUnambiguousLigatures(_ text: String) -> String {
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

    /// Lowercased words of every witness, with unambiguous ligatures repaired: the
    /// evidence for reading an inner `-` as `fl`.
    private var vocabulary: Set<String> {
        if let vocabularyStorage { return vocabularyStorage }
        var words = Set<String>()
        for word in self.words where !word.utf8.contains(UInt8(ascii: "-")) {
            words.insert(Self.repairingUnambiguousLigatures(word).lowercased())
        }
        vocabularyStorage = words
        return words
    }
}
