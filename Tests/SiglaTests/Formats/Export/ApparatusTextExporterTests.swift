import Foundation
import Sigla
import Testing

/// The apparatus as a reviewer reads it: by chapter, one entry per line.
@Suite("Markdown and plain-text apparatus")
struct ApparatusTextExporterTests {
    @Test("Plain text, negative apparatus in Latin: the sample edition's golden file")
    func goldenText() throws {
        let document = try SampleApparatusEdition().document()
        try GoldenFile.check(ApparatusTextExporter(style: .text).export(document), "sample.txt")
    }

    @Test("Markdown, negative apparatus in Latin: the sample edition's golden file")
    func goldenMarkdown() throws {
        let document = try SampleApparatusEdition().document()
        try GoldenFile.check(ApparatusTextExporter(style: .markdown).export(document), "sample.md")
    }

    @Test("Plain text, positive apparatus in Spanish: the sample edition's golden file")
    func goldenSpanishPositive() throws {
        let document = try SampleApparatusEdition().document(ApparatusConventions(language: .spanish, type: .positive))
        try GoldenFile.check(ApparatusTextExporter(style: .text).export(document), "sample-es-positive.txt")
    }

    @Test("The lines a reviewer checks: restored sentence, emendation, variant; one entry per line under its chapter")
    func reviewerLines() throws {
        let document = try SampleApparatusEdition().document()
        let text = ApparatusTextExporter(style: .text).export(document)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "I.2a  [Varias veces … la verdad.]] TS a.c.; del. TS (Serge, lápiz negro; in marg. «Reservar»); om. V1"
                    + " — Frase suprimida por Serge, pero conservada por ser exacta."))
        #expect(
            lines.contains(
                "I.4  institutor] corr.; empleado TS — El manuscrito indica «empleado», por un lapsus de Serge."))
        #expect(lines.contains("I.5  el hombre] los hombres V1"))
        let chapter = try #require(lines.firstIndex(of: "I. El mundo sin evasión posible"))
        let next = try #require(lines.firstIndex(of: "II. Signos"))
        #expect(lines[(chapter + 1)..<next].allSatisfy { $0.hasPrefix("I.") })
        #expect(lines[(next + 1)...].allSatisfy { $0.hasPrefix("II.") })
    }

    @Test("With no decisions: an apparatus of the variants, an addition at its insertion point")
    func noDecisions() throws {
        let document = try SampleApparatusEdition(decided: false).document()
        let text = ApparatusTextExporter(style: .text).export(document)
        #expect(
            text.contains(
                "I.2  post nada add. Varias veces he … digo la verdad. TS a.c. (del. Serge, lápiz negro; in marg. «Reservar»)\n"
            ))
        #expect(!text.contains(" — "))
    }

    @Test("Special characters print as themselves in plain text, and escaped in Markdown")
    func specialCharacters() throws {
        let document = try SampleApparatusEdition().document()
        let text = ApparatusTextExporter(style: .text).export(document)
        #expect(text.hasPrefix("Memorias & <notas>\n"))
        #expect(
            text.contains(
                "II.2  \(SampleApparatusEdition.conjecture)] coni.; subió TS; bajó V1 — \(SampleApparatusEdition.conjectureReason)\n"
            ))

        let markdown = ApparatusTextExporter(style: .markdown).export(document)
        #expect(markdown.hasPrefix("# Memorias \\& \\<notas\\>\n"))
        #expect(
            markdown.contains(
                #"\<subió\> \& 100% \{\\\}\] "sic"\] *coni.*; subió TS; bajó V1 — Ni \<subió\> ni \<bajó\>: 50% \& \{nota\} \\ \] "x"."#
            ))
        // Taking the backslash escapes away gives the text back.
        let line = try #require(markdown.split(separator: "\n").first { $0.contains("*coni.*") })
        #expect(Self.unescaped(String(line)).contains(SampleApparatusEdition.conjectureReason))
    }

    /// CommonMark's backslash escapes undone.
    static func unescaped(_ text: String) -> String {
        var out = ""
        var escaping = false
        for character in text {
            if escaping || character != "\\" {
                out.append(character)
                escaping = false
            } else {
                escaping = true
            }
        }
        return out
    }
}
