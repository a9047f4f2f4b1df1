import Foundation
import Sigla
import Testing

/// Each layout rule on a small book written for it. Body lines are short and footnote lines
/// long (40 characters or more), as in a printed page set in two type sizes.
@Suite("Printed edition layout rules")
struct PrintedEditionLayoutTests {
    static let layout = PrintedEditionLayout(noteLineMinimumLength: 40)

    func read(_ lines: [String], layout: PrintedEditionLayout = Self.layout) throws -> PrintedEdition {
        try PrintedEditionImporter(layout: layout).importEdition(
            text: lines.joined(separator: "\n"), fileName: "book.txt")
    }

    // Two chapters; the second's heading is printed after the body and notes of its first page.
    static let twoChapters = [
        " I",  // 1: a page starts with one space; here with the heading
        "PRIMERO",
        "",
        "Un texto con una lla-",  // 4
        "mada1 y sigue.",
        "",
        "1 Una nota bastante larga que no cabe en esta",  // 7
        " página y sigue aquí con otra llamada2",  // 8: next page
        "y termina.",
        "",
        "en la página siguiente sin número alguno, así.",  // 11: note 1 continued
        "2 Segunda nota de la página, larga también ya.",
        " Otra página del segundo capítulo con",  // 13: chapter II's first page
        "su llamada1 aquí.",
        "",
        "1 Nota uno del segundo capítulo, que reinicia.",
        "",
        "II",  // 18: the heading, after the page
        "SEGUNDO",
        "",
        "(1900-1901)",
        "",
        " Página siguiente del capítulo.",  // 23
    ]

    @Test("pages join into running text; notes leave the body and continue across pages")
    func pagesAndNotes() throws {
        let edition = try read(Self.twoChapters)
        let first = try #require(edition.chapter(1))
        #expect(first.title == "PRIMERO")
        #expect(first.lines == 1...12)
        #expect(
            first.content.text == "Un texto con una llamada y sigue. página y sigue aquí con otra llamada y termina.")
        #expect(first.content.pageStarts.map(\.line) == [4, 8])
        #expect(first.content.notes.map(\.number) == [1, 2])
        let note1 = try #require(first.content.note(1))
        #expect(
            note1.text == "Una nota bastante larga que no cabe en esta en la página siguiente sin número alguno, así.")
        #expect(note1.lines == 7...11)
        #expect(note1.call?.line == 5)
        let call1 = try #require(note1.call?.offset)
        #expect(first.content.substring(from: call1 - 7, to: call1) == "llamada")
        #expect(first.content.note(2)?.call?.line == 8)
        #expect(edition.diagnostics.isEmpty)
    }

    @Test("a heading printed after a page opens its chapter at that page; numbering restarts")
    func headingAfterFirstPage() throws {
        let edition = try read(Self.twoChapters)
        let second = try #require(edition.chapter(2))
        #expect(second.numeral == "II")
        #expect(second.period == "(1900-1901)")
        #expect(second.headingLine == 18)
        #expect(second.lines == 13...23)
        #expect(
            second.content.text
                == "Otra página del segundo capítulo con su llamada aquí. Página siguiente del capítulo.")
        #expect(second.content.notes.map(\.number) == [1])
        #expect(second.content.note(1)?.call?.line == 14)
    }

    @Test("with headings printed first, a chapter starts at its heading")
    func headingFirst() throws {
        var layout = Self.layout
        layout.headingsFollowFirstPage = false
        let edition = try read(Self.twoChapters, layout: layout)
        #expect(edition.chapter(1)?.lines == 1...17)
        #expect(edition.chapter(2)?.lines == 18...23)
        #expect(edition.chapter(2)?.content.text == "Página siguiente del capítulo.")
    }

    @Test("numbering that runs on through the chapters")
    func numberingRunsOn() throws {
        var lines = Self.twoChapters
        lines[13] = "su llamada3 aquí."
        lines[15] = "3 Nota tres del segundo capítulo, que sigue la cuenta."
        var layout = Self.layout
        layout.notesRestartPerChapter = false
        let edition = try read(lines, layout: layout)
        #expect(edition.chapter(2)?.content.notes.map(\.number) == [3])
        #expect(edition.chapter(2)?.content.note(3)?.call?.line == 14)
        // With the default (restarting) layout, note 3 is not the expected note 1: it is taken,
        // and the gap is reported.
        let restarting = try read(lines)
        let gap = try #require(restarting.diagnostics.first { $0.kind == .noteNumberGap })
        #expect(gap.line == 16)
        #expect(gap.message == "note 3 is the first note here; notes 1–2 are missing")
    }

    @Test("without continued notes, a long block after the body is body")
    func noContinuation() throws {
        var layout = Self.layout
        layout.notesContinueWithoutNumber = false
        let edition = try read(Self.twoChapters, layout: layout)
        #expect(edition.chapter(1)?.content.text.contains("en la página siguiente sin número alguno") == true)
    }

    @Test("captions after a run of blank lines are set apart; the sentence runs on")
    func captions() throws {
        let edition = try read([
            " I",
            "CAPÍTULO",
            "",
            "La frase que empieza aquí1",
            "",
            "1 Una nota del pie de página, larga como todas.",
            "",
            "",
            "",
            "Retrato del autor en 1932",
            "",
            "Otra foto, con su leyenda",
            "en dos líneas",
            " y termina en la página siguiente.",
        ])
        let chapter = try #require(edition.chapter(1))
        #expect(chapter.content.text == "La frase que empieza aquí y termina en la página siguiente.")
        #expect(
            chapter.content.captions.map(\.text) == [
                "Retrato del autor en 1932", "Otra foto, con su leyenda en dos líneas",
            ])
        #expect(chapter.content.captions.map(\.lines) == [10...10, 12...13])
        var layout = Self.layout
        layout.captionBlankLines = nil
        let withoutCaptions = try read(
            [
                " I", "CAPÍTULO", "", "Frase1", "", "1 Una nota del pie de página, larga como todas.", "", "", "",
                "Retrato del autor", " y fin.",
            ], layout: layout)
        #expect(withoutCaptions.chapter(1)?.content.note(1)?.text.hasSuffix("Retrato del autor") == true)
    }

    @Test("a running head marks a page and gives its folio")
    func runningHead() throws {
        let edition = try read([
            " I", "CAPÍTULO", "", "Primera página", "", "", "", "12 | Mi libro", "", "segunda página.",
        ])
        let chapter = try #require(edition.chapter(1))
        #expect(chapter.content.text == "Primera página segunda página.")
        #expect(chapter.content.pageStarts.last == PrintedPageStart(offset: 15, line: 10, folio: 12))
    }

    @Test("line-end hyphens: words are joined, compounds and ranges keep their hyphen")
    func hyphenation() throws {
        let edition = try read([
            " I", "CAPÍTULO", "",
            "Fue una con-", "quista entre noviembre-diciembre", "y luego noviembre-", "diciembre de 1884-",
            "1925 con Jean-", "Paul.",
        ])
        #expect(
            edition.chapter(1)?.content.text
                == "Fue una conquista entre noviembre-diciembre y luego noviembre-diciembre de 1884-1925 con Jean-Paul."
        )
        #expect(edition.hyphenation == HyphenationCounts(joined: 1, kept: 3))
    }

    @Test("the layout decodes from JSON naming only what differs; it round-trips")
    func codable() throws {
        let decoded = try JSONDecoder().decode(
            PrintedEditionLayout.self, from: Data(#"{"noteLineMinimumLength": 60, "captionBlankLines": null}"#.utf8))
        var expected = PrintedEditionLayout()
        expected.noteLineMinimumLength = 60
        expected.captionBlankLines = nil
        #expect(decoded == expected)
        let data = try JSONEncoder().encode(PrintedEditionLayout.memorias)
        #expect(try JSONDecoder().decode(PrintedEditionLayout.self, from: data) == .memorias)
    }

    @Test("a text without chapter headings is refused")
    func noChapters() {
        #expect(throws: PrintedEditionImportError.noChapterHeadings(file: "book.txt")) {
            try read(["Solo un párrafo", "sin capítulos."])
        }
    }
}
