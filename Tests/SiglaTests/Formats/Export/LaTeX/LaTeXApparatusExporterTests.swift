import Foundation
import TestSupport
import Testing

@testable import Sigla

/// LaTeX for the printer: a reledmac document that pdflatex compiles, with the lemma,
/// the sigla and the editor's note at the foot of the page.
@Suite("LaTeX export")
struct LaTeXApparatusExporterTests {
    static let pdflatex = ExternalTool("pdflatex")
    static let pdftotext = ExternalTool("pdftotext")
    static let toolsMissing = "pdflatex or pdftotext is not here (CI installs texlive and poppler-utils)"

    @Test("The sample edition's golden file")
    func golden() throws {
        let document = try SampleApparatusEdition().document()
        try GoldenFile.check(LaTeXApparatusExporter().export(document), "sample.tex")
    }

    @Test("Each entry is an \\edtext with its lemma, the readings in series A and the justification in series B")
    func edtext() throws {
        let document = try SampleApparatusEdition().document()
        let tex = LaTeXApparatusExporter().export(document)
        #expect(tex.contains("\\usepackage[series={A,B}]{reledmac}"))
        #expect(tex.components(separatedBy: "\\beginnumbering").count - 1 == document.sections.count)
        #expect(tex.components(separatedBy: "\\edtext{").count - 1 == document.entries.count)
        #expect(
            tex.contains(
                "\\lemma{{[}Varias veces … la verdad.{]}}%\n  \\Afootnote{\\emph{TS a.c.}; \\emph{del.} \\emph{TS} "
                    + "(Serge, lápiz negro; \\emph{in marg.} «Reservar»); \\emph{om.} \\emph{V1}}%\n"
                    + "  \\Bfootnote{Frase suprimida por Serge, pero conservada por ser exacta.}"))
    }

    @Test("An insertion point is marked on the word it follows, inside the entry that has that word as lemma")
    func insertionPoint() throws {
        let document = try SampleApparatusEdition(decided: false).document()
        let tex = LaTeXApparatusExporter().export(document)
        // II.1: "El] Tuvo TS a.c." and "post El add. un TS a.c." both mark "El".
        #expect(tex.contains("\\edtext{\\edtext{El}{\\lemma{El}"))
        #expect(tex.contains("\\emph{add.} un \\emph{TS a.c.}"))
    }

    @Test("Every TeX special character is escaped")
    func escaping() {
        #expect(
            LaTeXText.escaped(#"\ { } $ & # ^ _ % ~ < > | " [x]"#)
                == ##"\textbackslash{} \{ \} \$ \& \# \textasciicircum{} \_ \% \textasciitilde{} \textless{} \textgreater{} \textbar{} \textquotedbl{} {[}x{]}"##
        )
        #expect(
            LaTeXText.escaped("a--b ''c'' ¿qué? «sí» TS⁴ ⟨x⟩")
                == "a-{}-b '{}'c'{}' ¿qué? «sí» TS\\textsuperscript{4} \\textlangle{}x\\textrangle{}")
        #expect(LaTeXText.escaped("línea\nsiguiente") == "línea siguiente")
        #expect(LaTeXText.escaped("日") == "\\textbf{?}")
    }

    @Test(
        "pdflatex compiles the sample edition twice; the PDF has the text, lemmata, sigla and notes",
        .enabled(if: pdflatex != nil && pdftotext != nil, Comment(rawValue: toolsMissing)))
    func compiles() throws {
        let document = try SampleApparatusEdition().document()
        let text = try Self.compile(LaTeXApparatusExporter().export(document))
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in [
            "Memorias & <notas>", "Luce murió de tuberculosis",
            "la verdad.] ] TS a.c.; del. TS (Serge, lápiz negro; in marg. «Reservar»); om. V1",
            "del. TS", "om. V1", "Frase suprimida por Serge, pero conservada por ser exacta.",
            #"<subió> & 100% {\}] "sic""#, #"Ni <subió> ni <bajó>: 50% & {nota} \ ] "x"."#, "Reservar",
            "un 50% & {x} [según él] con \\ y",
        ] {
            #expect(folded.contains(expected), "the PDF lacks \(expected)")
        }
    }

    @Test(
        "Without decisions (an apparatus of the variants) and with no text at all, the document still compiles",
        .enabled(if: pdflatex != nil && pdftotext != nil, Comment(rawValue: toolsMissing)))
    func compilesUndecidedAndEmpty() throws {
        let undecided = try SampleApparatusEdition(decided: false).document()
        let text = try Self.compile(LaTeXApparatusExporter().export(undecided))
        #expect(text.contains("los hombres V1"))
        let empty = ApparatusDocument(title: "Vacía {#1}", base: "TS")
        #expect(try Self.compile(LaTeXApparatusExporter().export(empty)).contains("Vacía {#1}"))
    }

    /// Compiles `tex` twice with pdflatex and returns the PDF's text.
    static func compile(_ tex: String) throws -> String {
        let pdflatex = try #require(Self.pdflatex)
        let pdftotext = try #require(Self.pdftotext)
        let directory = try TemporaryDirectory(prefix: "sigla-latex")
        try Data(tex.utf8).write(to: URL(fileURLWithPath: directory.path("edition.tex")))
        for pass in 1...2 {
            let run = try pdflatex.run(
                ["-interaction=nonstopmode", "-halt-on-error", "edition.tex"], in: directory.path)
            try #require(run.status == 0, "pdflatex pass \(pass) failed:\n\(run.output.suffix(2000))")
        }
        let extracted = try pdftotext.run(["-enc", "UTF-8", "edition.pdf", "-"], in: directory.path)
        try #require(extracted.status == 0)
        return extracted.output
    }
}
