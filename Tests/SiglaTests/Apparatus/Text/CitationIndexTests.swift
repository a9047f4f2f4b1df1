import Sigla
import Testing

@Suite("Citation index: from citations and phrases to sentences")
struct CitationIndexTests {
    let index: CitationIndex

    init() throws {
        let prefacio = try EstablishedText.Section(
            id: SectionID("prefacio")!,
            title: "Prefacio",
            paragraphs: [EstablishedText.Paragraph(["No, el destino de Serge no terminó aquella noche."])]
        )
        let one = try EstablishedText.Section(
            id: SectionID("I")!,
            title: "MUNDO SIN EVASIÓN POSIBLE",
            paragraphs: [
                EstablishedText.Paragraph([
                    "Aun desde antes de salir de la infancia.", "¿Cómo podían ignorar su cautiverio?",
                ]),
                EstablishedText.Paragraph([
                    "No poseo nada.",
                    "[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]27*",
                    "Detrás de nosotros una revolución victoriosa que dio mal resultado.",
                ]),
                EstablishedText.Paragraph([
                    "Tengo más conﬁanza en el hombre y en el porvenir que la que tenía entonces."
                ]),
            ]
        )
        index = CitationIndex(try EstablishedText(sections: [prefacio, one]))
    }

    func cite(_ text: String) throws -> [String] {
        try index.sentences(at: Citation(parsing: text)).map(\.text)
    }

    @Test func sentenceNumbersCountAcrossParagraphs() throws {
        #expect(try cite("I.3") == ["No poseo nada."])
        #expect(try cite("I.6") == ["Tengo más conﬁanza en el hombre y en el porvenir que la que tenía entonces."])
        #expect(try cite("prefacio.1") == ["No, el destino de Serge no terminó aquella noche."])
    }

    @Test func rangeGivesEachSentenceInOrder() throws {
        #expect(try cite("I.3-5").count == 3)
        #expect(try cite("I.3-5").first == "No poseo nada.")
        #expect(try cite("I.3-5").last == "Detrás de nosotros una revolución victoriosa que dio mal resultado.")
    }

    @Test func paragraphFormNamesTheSameSentence() throws {
        let byParagraph = try index.sentence(at: Citation(parsing: "I.p2.2"))
        let byNumber = try index.sentence(at: Citation(parsing: "I.4"))
        #expect(byParagraph == byNumber)
        #expect(byNumber.citation.description == "I.4")
        #expect(byNumber.paragraphCitation.description == "I.p2.2")
        #expect(byNumber.paragraph == 2)
        #expect(byNumber.numberInParagraph == 2)
    }

    @Test func missingSectionListsTheKnownOnes() throws {
        let error = try #require(throws: CitationError.self) { try cite("XI.1") }
        #expect(error == .unknownSection(SectionID("XI")!, known: [SectionID("prefacio")!, SectionID("I")!]))
        #expect(error.description == "there is no section «XI» (sections: prefacio, I)")
    }

    @Test func sentencesAndParagraphsOutOfRange() throws {
        let tooFar = try #require(throws: CitationError.self) { try cite("I.7") }
        #expect(tooFar.description == "I.7: section I has 6 sentences")
        #expect(throws: CitationError.self) { try cite("I.5-9") }
        let noParagraph = try #require(throws: CitationError.self) { try cite("I.p4.1") }
        #expect(noParagraph.description == "I.p4.1: section I has 3 paragraphs")
        let noSentence = try #require(throws: CitationError.self) { try cite("I.p3.2") }
        #expect(noSentence.description == "I.p3.2: that paragraph has 1 sentence")
    }

    @Test func phraseSearchIgnoresCaseAccentsAndWhiteSpace() {
        let matches = index.sentences(containing: "CUBIERTO  de\nLODO")
        #expect(matches.map(\.citation.description) == ["I.4"])
        #expect(index.sentences(containing: "como podian ignorar").map(\.citation.description) == ["I.2"])
        #expect(index.sentences(containing: "evasion").isEmpty)  // titles are not sentences
    }

    @Test func phraseSearchFoldsLigaturesAndTypographicQuotes() {
        #expect(index.sentences(containing: "confianza").map(\.citation.description) == ["I.6"])
    }

    @Test func phraseInSeveralSentencesReturnsThemAll() {
        // A substring search: «que» is in «aquella» and «porque» too.
        let matches = index.sentences(containing: "que")
        #expect(matches.map(\.citation.description) == ["prefacio.1", "I.4", "I.5", "I.6"])
    }

    @Test func unknownOrBlankPhraseMatchesNothing() {
        #expect(index.sentences(containing: "Clemenceau").isEmpty)
        #expect(index.sentences(containing: "  \n").isEmpty)
    }
}
