/// Writes the variant locations of a collation as a readable list, each with its place
/// in the base, some context, and every witness's reading.
///
/// ```
/// 4:12  substitution · substantive
///       … los ojos [vivos] y duros …
///       A   vivos
///       B   vivas
/// ```
public struct VariantListFormatter: Sendable {
    /// Whether to use ANSI colours (for a terminal).
    public var colored: Bool
    /// Base tokens of context shown on each side.
    public var contextTokens: Int

    /// Creates a formatter.
    public init(colored: Bool = false, contextTokens: Int = 5) {
        self.colored = colored
        self.contextTokens = contextTokens
    }

    /// The list as text.
    ///
    /// - Complexity: O(columns + total length of readings and context).
    public func format(_ collation: Collation) -> String {
        let base = collation.base
        let positions = CollationPositions(base)
        let width = collation.sigla.map(\.count).max() ?? 1
        var out = ""
        for location in collation.variantLocations {
            let lemma = location.readings[collation.baseIndex]
            let (line, column) = positions.position(ofToken: lemma.tokens.lowerBound)
            out += paint("\(line):\(column)", "36") + "  " + paint(describe(location, collation), "2") + "\n"
            out += "      " + context(lemma, base) + "\n"
            for (row, reading) in location.readings.enumerated() {
                let siglum = reading.siglum.rightPadded(to: width)
                let text: String
                if reading.isEmpty {
                    text = paint(lemma.isEmpty ? "—" : "om.", "31")
                } else if row == collation.baseIndex {
                    text = paint(Self.oneLine(reading.text), "1")
                } else {
                    text = paint(Self.oneLine(reading.text), lemma.isEmpty ? "32" : "33")
                }
                out += "      " + siglum + "  " + text + "\n"
            }
            out += "\n"
        }
        let substantive = collation.variantLocations.filter(\.significance.isSubstantive).count
        let count = collation.variantLocations.count
        out +=
            "\(count) variant location\(count == 1 ? "" : "s") (\(substantive) substantive, "
            + "\(count - substantive) formal) among \(collation.sigla.joined(separator: ", "))"
            + "; base \(collation.base.siglum)\n"
        return out
    }

    private func describe(_ location: VariantLocation, _ collation: Collation) -> String {
        var text = "\(location.kind.rawValue) · \(location.significance.label)"
        if !location.transpositions.isEmpty {
            let moves = location.transpositions.map { collation.transpositions[$0] }
            text += " · moved in " + Set(moves.map(\.siglum)).sorted().joined(separator: ", ")
        }
        return text
    }

    private func context(_ lemma: Reading, _ base: CollatedWitness) -> String {
        let tokens = base.tokens
        let before = max(0, lemma.tokens.lowerBound - contextTokens)..<lemma.tokens.lowerBound
        let after = lemma.tokens.upperBound..<min(tokens.count, lemma.tokens.upperBound + contextTokens)
        func join(_ range: Range<Int>) -> String {
            Self.oneLine(
                range.map { tokens[$0].text + ($0 + 1 < range.upperBound ? tokens[$0].trailingWhitespace : "") }
                    .joined())
        }
        func gap(after index: Int) -> String {
            index >= 0 && index < tokens.count && !tokens[index].trailingWhitespace.isEmpty ? " " : ""
        }
        var text = before.lowerBound > 0 ? "… " : ""
        text += join(before)
        text +=
            (before.isEmpty ? "" : gap(after: before.upperBound - 1)) + paint("[" + Self.oneLine(lemma.text) + "]", "1")
        let lastLemma = lemma.isEmpty ? lemma.tokens.lowerBound - 1 : lemma.tokens.upperBound - 1
        text += (after.isEmpty ? "" : gap(after: lastLemma)) + join(after)
        text += after.upperBound < tokens.count ? " …" : ""
        return text
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Collapses line breaks and runs of whitespace to single spaces.
    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace =
                scalar.value < 0x80
                ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
