import Foundation

@testable import Sigla

/// The normalization pipeline as first written, straightforwardly on `String` with
/// Foundation and a `Set<String>` vocabulary: the oracle that the byte-level fast paths
/// of `FormCache` are checked against.
final class ReferenceForms {
    let settings: NormalizationSettings
    private let rules: [(NSRegularExpression, String)]
    private let vocabulary: Set<String>

    init(settings: NormalizationSettings, words: [String]) {
        self.settings = settings
        rules = settings.rules.compactMap { rule in
            (try? NSRegularExpression(pattern: rule.pattern)).map { ($0, rule.replacement) }
        }
        var vocabulary = Set<String>()
        for word in words where !word.contains("-") {
            vocabulary.insert(Self.repairingUnambiguousLigatures(word).lowercased())
        }
        self.vocabulary = vocabulary
    }

    func form(_ text: String, _ kind: TokenKind, folding: Set<FormalDifference>) -> String {
        if kind == .punctuation && folding.contains(.punctuation) { return "" }
        var s = text
        if settings.unicodeNormalization && !s.utf8.allSatisfy({ $0 < 0x80 }) {
            s = s.precomposedStringWithCanonicalMapping
        }
        if kind != .punctuation {
            if settings.joinsLineEndHyphenation && (s.unicodeScalars.contains("\n") || s.unicodeScalars.contains("\r")) {
                s = Self.joiningLineEndHyphenation(s)
            }
            if settings.repairsLigatures { s = repairingLigatures(s) }
        }
        if folding.contains(.letterCase) { s = s.lowercased() }
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
            s = String(String.UnicodeScalarView(s.unicodeScalars.filter { CharacterClass($0) != .other }))
        }
        return s
    }

    private func repairingLigatures(_ text: String) -> String {
        guard text.contains(where: { $0 == "!" || $0 == "8" || $0 == "-" }) || text.unicodeScalars.contains("-")
        else { return text }
        var s = Self.repairingUnambiguousLigatures(text)
        guard s.unicodeScalars.contains("-") else { return s }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let tail = parts.last, let head = parts.first,
            let first = tail.unicodeScalars.first, first.properties.isLowercase,
            let last = head.unicodeScalars.last, last.properties.isLowercase
        else { return s }
        let candidate = head + "fl" + tail
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

    /// `con-⏎quista` → `conquista`, scalar by scalar.
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
}
