import Sigla
import Testing

/// Ligature repair, call binding and governed spans on a small book.
@Suite("Printed edition repairs and editorial notes")
struct PrintedEditionRepairTests {
    func read(_ lines: [String]) throws -> PrintedEdition {
        try PrintedEditionImporter(layout: PrintedEditionLayout(noteLineMinimumLength: 40))
            .importEdition(text: lines.joined(separator: "\n"), fileName: "book.txt")
    }

    static let book = [
        " I",
        "CAPÍTULO",
        "",
        "[Pasaje restaurado con cuidado.]1* Luego",
        "una frase dicha.2* Y la palabra",
        "rasurado,3 sigue. ¡Venceremos! dijo",
        "Sokolo84 con re-exiones, clasi!cados",
        "y jueces-robot. Un -aco, la",
        "in-uencia, un blu# y !e Alexander.",
        "",
        "1* Pasaje tachado con lápiz negro en el manuscrito.",
        "2* Frase suprimida, conservada por ser exacta.",
        "3* En el manuscrito, «rasée» o «rosée»; optamos.",
        "4 El nombre es Sokolo8, the chemist of the group.",
    ]

    @Test("ligatures are restored where the context says so, and only there")
    func ligatures() throws {
        let edition = try read(Self.book)
        let text = try #require(edition.chapter(1)?.content.text)
        #expect(
            text == "[Pasaje restaurado con cuidado.] Luego una frase dicha. Y la palabra rasurado, sigue. "
                + "¡Venceremos! dijo Sokoloff con reflexiones, clasificados y jueces-robot. Un flaco, la "
                + "influencia, un bluff y The Alexander.")
        #expect(edition.chapter(1)?.content.note(4)?.text == "El nombre es Sokoloff, the chemist of the group.")
        let kinds = edition.repairCounts
        #expect(kinds[LigatureRepair.Kind(printed: "!", restored: "fi")] == 1)
        #expect(kinds[LigatureRepair.Kind(printed: "!", restored: "Th")] == 1)
        #expect(kinds[LigatureRepair.Kind(printed: "-", restored: "fl")] == 3)
        #expect(kinds[LigatureRepair.Kind(printed: "8", restored: "ff")] == 2)
        #expect(kinds[LigatureRepair.Kind(printed: "#", restored: "ff")] == 1)
        #expect(edition.repairs.first { $0.printed == "clasi!cados" }?.line == 7)
    }

    @Test("a digit after a word is a call when it is the next note's number, else a ligature")
    func calls() throws {
        let edition = try read(Self.book)
        let chapter = try #require(edition.chapter(1))
        let note4 = try #require(chapter.content.note(4))
        #expect(note4.call?.printed == "4")
        #expect(note4.call?.line == 7)
        let offset = try #require(note4.call?.offset)
        #expect(chapter.content.substring(from: offset - 8, to: offset) == "Sokoloff")
    }

    @Test("editorial notes govern the bracketed passage, the sentence or the word before their call")
    func governedSpans() throws {
        let edition = try read(Self.book)
        let chapter = try #require(edition.chapter(1))
        #expect(chapter.content.editorialNotes.map(\.number) == [1, 2, 3])
        #expect(chapter.content.note(1)?.governed?.rule == .brackets)
        #expect(chapter.content.note(1)?.governed?.text == "[Pasaje restaurado con cuidado.]")
        #expect(chapter.content.note(2)?.governed?.rule == .sentence)
        #expect(chapter.content.note(2)?.governed?.text == "Luego una frase dicha.")
        #expect(chapter.content.note(2)?.governed?.line == 4)
        #expect(chapter.content.note(3)?.governed?.rule == .word)
        #expect(chapter.content.note(3)?.governed?.text == "rasurado")
        #expect(chapter.content.note(4)?.isEditorial == false)
        #expect(chapter.content.note(4)?.governed == nil)
        // The marker is on note 3, not on its call: a diagnostic says so.
        #expect(edition.diagnostics.contains { $0.kind == .editorialMarkerMismatch && $0.line == 6 })
    }

    @Test("a missing call is reported with the note's line")
    func missingCall() throws {
        var lines = Self.book
        lines[4] = "una frase dicha. Y la palabra"
        let edition = try read(lines)
        let diagnostic = try #require(edition.diagnostics.first { $0.kind == .noteWithoutCall })
        #expect(diagnostic.line == 12)
        #expect(diagnostic.description == "book.txt:12: warning: no call found in the body for note 2*")
        #expect(edition.chapter(1)?.content.note(2)?.call == nil)
        #expect(edition.chapter(1)?.content.note(3)?.call?.line == 6)
    }

    @Test("a call inside the closing bracket still governs the bracket")
    func callInsideBracket() throws {
        let edition = try read([
            " I", "CAPÍTULO", "", "Antes. [Un párrafo tachado", "con lápiz azul.1*] Después.", "",
            "1* Párrafo tachado con lápiz azul, sin indicación.",
        ])
        #expect(edition.chapter(1)?.content.note(1)?.governed?.text == "[Un párrafo tachado con lápiz azul.]")
    }
}
