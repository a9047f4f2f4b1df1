import Foundation
import Sigla
import Testing

/// The import of the seed edition, checked against what a reader sees in the printed book.
@Suite(
    "Importing the Memorias seed",
    .enabled(if: MemoriasSeed.isAvailable, "the seed ../shared/seed/memorias.txt is absent")
)
struct MemoriasImportTests {
    let edition: PrintedEdition

    init() throws {
        edition = try #require(MemoriasSeed.edition)
    }

    // The asterisked notes, read off the seed by hand, chapter by chapter (the numbering
    // restarts in each chapter; I:59 and I:166 carry the asterisk on the call only, IV:55 and
    // IV:95 on the note only).
    static let editorialNotes: [Int: [Int]] = [
        1: [11, 27, 59, 76, 166, 181, 200],
        2: [2, 8, 44, 61],
        3: [2, 79, 100, 104, 108, 126],
        4: [55, 75, 80, 95, 97, 102, 103, 104, 107],
        5: [12, 82, 89, 139],
        6: [23],
        7: [62, 93, 99, 106, 110, 119],
        8: [38],
        9: [103, 115, 119, 128, 141, 146, 153, 155, 160, 163, 174, 182, 191, 200],
        10: [27, 28, 29],
    ]

    // The last note number of each chapter in the seed.
    static let noteCounts = [1: 200, 2: 83, 3: 131, 4: 155, 5: 140, 6: 115, 7: 139, 8: 70, 9: 200, 10: 29]

    @Test("ten chapters, numbered and titled as printed")
    func chapters() throws {
        #expect(edition.chapters.map(\.numeral) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"])
        #expect(edition.chapter(1)?.title == "MUNDO SIN EVASIÓN POSIBLE")
        #expect(edition.chapter(1)?.period == "(1906-1912)")
        #expect(edition.chapter(5)?.title == "EUROPA EN EL VIRAJE OSCURO")
        #expect(
            edition.chapter(5)?.content.headingNotes == [
                "«Viraje oscuro», expresión tomada de Georg Lukács (1885-1971)."
            ])
        #expect(edition.chapter(10)?.title == "PLENA ESPERA")
        // Chapter II's heading is printed after its first page: the chapter starts with that page.
        let second = try #require(edition.chapter(2))
        let firstLine = MemoriasSeed.line(second.lines.lowerBound)
        #expect(firstLine.hasPrefix(" [Los EN-DEHORS1"))
        #expect(second.content.text.hasPrefix("[Los EN-DEHORS estábamos sin duda en el fondo"))
        #expect(edition.chapter(1)?.content.text.contains("Los EN-DEHORS") == false)
        // Chapters follow each other without gap or overlap.
        for (previous, next) in zip(edition.chapters, edition.chapters.dropFirst()) {
            #expect(previous.lines.upperBound + 1 == next.lines.lowerBound)
        }
    }

    @Test("every footnote of every chapter is found, numbered from 1, and bound to its call")
    func footnotes() {
        for chapter in edition.chapters {
            let notes = chapter.content.notes
            #expect(notes.count == Self.noteCounts[chapter.number], "chapter \(chapter.numeral)")
            #expect(notes.map(\.number) == Array(1...notes.count), "chapter \(chapter.numeral)")
            #expect(notes.allSatisfy { $0.call != nil }, "chapter \(chapter.numeral)")
            // Calls come in order in the body.
            let offsets = notes.compactMap { $0.call?.offset }
            #expect(offsets == offsets.sorted(), "chapter \(chapter.numeral)")
        }
        #expect(!edition.diagnostics.contains { $0.kind == .noteWithoutCall && ($0.line ?? 0) < 21510 })
    }

    @Test("exactly the 55 asterisked notes are editorial, each governing a span of the body")
    func editorialNotes() {
        let found = Dictionary(grouping: edition.editorialNotes, by: \.chapter).mapValues { $0.map(\.note.number) }
        #expect(found == Self.editorialNotes)
        #expect(edition.editorialNotes.count == 55)
        for (chapter, note) in edition.editorialNotes {
            #expect(note.call != nil, "\(chapter):\(note.number)")
            #expect(note.governed.map { !$0.text.isEmpty } == true, "\(chapter):\(note.number)")
        }
    }

    @Test("I:11* governs the restored passage struck in black pencil, brackets included")
    func note11() throws {
        let note = try #require(edition.chapter(1)?.content.note(11))
        #expect(note.isEditorial)
        #expect(note.text.hasPrefix("Todo este pasaje […] está tachado con lápiz negro en el manuscrito"))
        #expect(note.text.contains("Reservar. Aquí lo mantenemos dada su importancia psicológica."))
        let span = try #require(note.governed)
        #expect(span.rule == .brackets)
        #expect(span.text.hasPrefix("[Fue sin duda entre los seis y los ocho años cuando me convertí en malhechor"))
        #expect(span.text.hasSuffix("Había resistido tenazmente al mal y me había librado de él.]"))
        #expect(span.line == 756)
        #expect(note.call?.line == 820)
        // The span is the body text between its offsets, and the call stands right after it.
        let chapter = try #require(edition.chapter(1))
        #expect(chapter.content.substring(from: span.start, to: span.end) == span.text)
        #expect(note.call?.offset == span.end)
    }

    @Test("I:27* governs the suppressed sentence kept by the editor")
    func note27() throws {
        let note = try #require(edition.chapter(1)?.content.note(27))
        #expect(note.governed?.rule == .brackets)
        #expect(
            note.governed?.text
                == "[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]")
        #expect(note.text.hasPrefix("Frase suprimida por Serge, pero conservada por ser exacta."))
        #expect(note.call?.line == 1105)
    }

    @Test("the other governing rules: a call inside the bracket, a sentence, a word, a year")
    func otherSpans() throws {
        let insideBracket = try #require(edition.chapter(2)?.content.note(2)?.governed)
        #expect(insideBracket.rule == .brackets)
        #expect(insideBracket.text.hasSuffix("no veía su salida.]"))
        let sentence = try #require(edition.chapter(5)?.content.note(82)?.governed)
        #expect(sentence.rule == .sentence)
        #expect(sentence.text == "Jan Tomp era fusilado.")
        let word = try #require(edition.chapter(4)?.content.note(95))
        #expect(word.isEditorial)  // the asterisk is on the note only
        #expect(word.governed?.rule == .word)
        #expect(word.governed?.text == "rasurado")
        let dateline = try #require(edition.chapter(10)?.content.note(29))
        #expect(dateline.governed?.text == "México, 1942-febrero de 1943")
        let elision = try #require(edition.chapter(4)?.content.note(80)?.governed)
        #expect(elision.rule == .sentence)
        #expect(elision.text.hasSuffix("Orjonikidzé, Dzerzhinski […]"))
    }

    @Test("ligatures are repaired in context")
    func ligatures() throws {
        func repaired(_ printed: String) -> Set<String> {
            Set(edition.repairs.filter { $0.printed == printed }.map(\.repaired))
        }
        #expect(repaired("clasi!cados") == ["clasificados"])
        #expect(repaired("re-exiones") == ["reflexiones"])
        #expect(repaired("La8ont") == ["Laffont"])
        #expect(repaired("!losó!cos") == ["filosóficos"])
        #expect(repaired("a#aire") == ["affaire"])
        #expect(repaired("9omas") == ["Thomas"])
        #expect(repaired("!e") == ["The"])
        #expect(repaired("ré$exions") == ["réflexions"])
        let first = try #require(edition.chapter(1))
        // `Sokolo848` is «Sokoloff» followed by the call of note 48.
        let note48 = try #require(first.content.note(48))
        #expect(note48.call?.printed == "48")
        #expect(note48.call?.line == 1339)
        let call = try #require(note48.call?.offset)
        #expect(first.content.substring(from: call - 8, to: call) == "Sokoloff")
        // A real `!` closes a Spanish exclamation; a real hyphen joins a compound.
        #expect(first.content.text.contains("gritando ¡Viva la FAI! Desafío al mundo."))
        // (Chapter V's first page runs on over its heading, printed after it.)
        let fifth = try #require(edition.chapter(5))
        #expect(fifth.content.text.contains("sentía que los jueces-robot dejaban caer una especie de cuchilla inicua."))
        #expect(!first.content.text.contains("!n"))
    }

    @Test("the repair figures match the damage measured in the seed")
    func repairFigures() {
        let counts = edition.repairCounts
        let fi = counts[LigatureRepair.Kind(printed: "!", restored: "fi")] ?? 0
        let fl = counts[LigatureRepair.Kind(printed: "-", restored: "fl")] ?? 0
        let ff = counts[LigatureRepair.Kind(printed: "8", restored: "ff")] ?? 0
        #expect((1_700...1_850).contains(fi), "about 1,760 'fi' printed as '!': \(fi)")
        #expect((220...260).contains(fl), "about 240 'fl' printed as '-': \(fl)")
        #expect((95...115).contains(ff), "about 105 'ff' printed as '8': \(ff)")
        // Every unsure repair is also a diagnostic on its line.
        for repair in edition.repairs where !repair.isConfident {
            #expect(edition.diagnostics.contains { $0.kind == .unsureLigatureRepair && $0.line == repair.line })
        }
    }

    @Test("line-end hyphenation is repaired, compounds keep their hyphen")
    func hyphenation() throws {
        #expect(edition.frontMatter.text.contains("es una conquista incesante recomenzada"))
        let first = try #require(edition.chapter(1))
        #expect(first.content.text.contains("Alcanzados en Nogent-sur-Marne, en una villa"))
        #expect(first.content.text.contains("su pobre cientificismo, que invocaba a menudo"))
        let barbusse = try #require(edition.chapter(6)?.content.notes.first { $0.text.contains("Barbusse volvería") })
        #expect(barbusse.text.contains("septiembre-octubre de 1932; julio-agosto de 1933"))
        #expect(edition.hyphenation.joined > 2_000)
    }

    @Test("footnotes continue across pages, and leave the body")
    func continuations() throws {
        let first = try #require(edition.chapter(1))
        let note197 = try #require(first.content.note(197))
        // Note 197 starts on one page and continues, without number, on the next.
        #expect(note197.text.contains("practicó «expropiaciones» forzosas: así en junio de 1907 se apoderó"))
        #expect(note197.lines.lowerBound == 3212)
        #expect(note197.lines.upperBound > 3225)
        #expect(!first.content.text.contains("se apoderó de doscientos cincuenta mil rublos"))
        // The body runs on over the page break.
        #expect(first.content.text.contains("En Italia, en Pagine Libere (1 de enero de 1911) un joven agitador"))
    }

    @Test("photo captions that interrupt a sentence in chapter V are set apart")
    func captions() throws {
        let fifth = try #require(edition.chapter(5))
        #expect(fifth.content.captions.contains { $0.text == "Víctor Serge, en 1932, en Leningrado" })
        #expect(fifth.content.text.contains("El 16, el gobierno se encontraba reunido en sus exequias"))
        #expect(!fifth.content.text.contains("Leningrado Familia"))
    }

    @Test("page starts are recorded, with the folio of a running head")
    func pages() throws {
        let first = try #require(edition.chapter(1))
        #expect(first.content.pageStarts.count > 50)
        let folio80 = try #require(first.content.pageStarts.first { $0.folio == 80 })
        #expect(folio80.line == 3219)
        #expect(first.content.substring(from: folio80.offset, to: folio80.offset + 21) == "(1 de enero de 1911) ")
        #expect(first.content.sourceLine(atOffset: folio80.offset) == 3219)
    }

    @Test("the JSON summary lists chapters and notes with their calls and spans")
    func json() throws {
        let text = try edition.summaryJSON()
        let summary = try JSONDecoder().decode(PrintedEditionSummary.self, from: Data(text.utf8))
        #expect(summary.chapters.count == 10)
        #expect(summary.chapters.first?.firstLine == edition.chapter(1)?.lines.lowerBound)
        #expect(summary.notes.count == Self.noteCounts.values.reduce(0, +))
        let editorial = summary.notes.filter(\.editorial)
        #expect(editorial.count == 55)
        let note27 = try #require(editorial.first { $0.chapter == 1 && $0.number == 27 })
        #expect(note27.callLine == 1105)
        #expect(note27.governedRule == .brackets)
        #expect(note27.governedText?.contains("cubierto de lodo") == true)
        #expect(summary.repairs.contains { $0.printed == "!" && $0.restored == "fi" && $0.count > 1_700 })
    }
}
