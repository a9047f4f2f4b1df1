/// Text as LaTeX (pdflatex, T1 fonts, UTF-8 input) prints it: every character TeX reads
/// as markup escaped, and characters the fonts lack replaced by a visible mark.
enum LaTeXText {
    /// Characters that pdflatex with T1/TS1 and UTF-8 input prints as they are (besides
    /// ASCII letters, digits and plain punctuation): Latin-1, Latin Extended-A, the usual
    /// dashes, quotes and the ellipsis.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x17F: true
        case 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2020, 0x2021, 0x2022, 0x2026,
            0x2030, 0x2039, 0x203A, 0x20AC:
            true
        default: false
        }
    }

    /// The text escaped: `\ { } $ & # ^ _ % ~ < > | "` and `[ ]` (so that no command reads
    /// them as its optional argument) become commands or groups; `--`, `''`, `<<` and the
    /// like do not form ligatures; line breaks become spaces; ⟨ ⟩ become `\textlangle`,
    /// `\textrangle`; any other character the fonts lack becomes `\textbf{?}`.
    ///
    /// - Complexity: O(*n*).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "$": out += "\\$"
            case "&": out += "\\&"
            case "#": out += "\\#"
            case "_": out += "\\_"
            case "%": out += "\\%"
            case "^": out += "\\textasciicircum{}"
            case "~": out += "\\textasciitilde{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            case "\"": out += "\\textquotedbl{}"
            case "[": out += "{[}"
            case "]": out += "{]}"
            case "\n", "\r", "\t":
                if previous != " " { out += " " }
                previous = " "
                continue
            case "-", "'", "`", ",", "!", "?":
                // Break TeX's ligatures (--, '', ``, ,,, !`, ?`) by a group between doubles.
                if previous == scalar || (scalar == "`" && (previous == "!" || previous == "?")) { out += "{}" }
                out.unicodeScalars.append(scalar)
            case "\u{27E8}": out += "\\textlangle{}"
            case "\u{27E9}": out += "\\textrangle{}"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value == 0x2070 || (0x2074...0x2079).contains(scalar.value) {
                    out += "\\textsuperscript{\(scalar.value == 0x2070 ? 0 : scalar.value - 0x2070)}"
                } else {
                    out += "\\textbf{?}"
                }
            }
            previous = scalar
        }
        return out
    }
}
