import Foundation
import Sigla
import Testing

/// Real sentences of the seed edition (skipped, with a message, when the seed is absent).
@Suite(
    "Sentence splitter on the seed book",
    .enabled(if: SeedText.isAvailable, "the seed ../shared/seed/memorias.txt is not available")
)
struct SentenceSplitterSeedTests {
    let splitter = SentenceSplitter()

    /// The one-line sentences of the seed passage from `start` through `end`, after
    /// line-end hyphenation is joined as the import does.
    func lines(from start: String, through end: String) throws -> [String] {
        let passage = try #require(SeedText.passage(from: start, through: end))
        return splitter.split(SeedText.dehyphenated(passage)).sentences.map(\.line)
    }

    @Test func restoredPassageEndingChapterOneEpisode() throws {
        let lines = try lines(from: "Silvia era una prima adolescente", through: "librado de él.]11*")
        #expect(lines.count == 3)
        #expect(
            lines.first
                == "Silvia era una prima adolescente, adoptada por mis padres, que vivía con nosotros, rubia graciosa de ojos fríos."
        )
        #expect(lines.last == "Había resistido tenazmente al mal y me había librado de él.]11*")
    }

    @Test func suppressedSentenceKeptInBrackets() throws {
        let lines = try lines(from: "libros. No poseo nada.", through: "que dio mal resultado.")
        #expect(
            lines == [
                "libros.",
                "No poseo nada.",
                "[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]27*",
                "Detrás de nosotros una revolución victoriosa que dio mal resultado.",
            ]
        )
    }

    @Test func questionInGuillemetsFollowedByParenthesis() throws {
        let lines = try lines(from: "Gustave Hervé, líder", through: "Lagardelle.31")
        #expect(
            lines == [
                "Gustave Hervé, líder de la tendencia insurreccional del ps francés, organizaba un plebiscito "
                    + "entre sus lectores: «¿Se le debe matar?» (estábamos bajo un ministerio de Clemenceau).",
                "Unos desertores franceses nos traían, poco después de los grandes procesos de antimilitaristas, "
                    + "el soplo del sindicalismo ofensivo de Pataud, Pouget, Broutchoux, Ivetôt, Gri8uelhes, "
                    + "Lagardelle.31",
            ]
        )
    }

    @Test func pagesAndIssueNumbersInANote() throws {
        let lines = try lines(from: "1 Julián Gorkin, «Les dernières", through: "au service de la liberté».")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("pp. 377-386 de la edición de Mémoires") == true)
        #expect(lines.last?.contains("Zurich, núm. 21, febrero 1956, pp. 39-41)") == true)
    }

    @Test func cfBeforeInitialAndName() throws {
        let lines = try lines(from: "44* Seguí fue asesinado", through: "Cf. R. Albert")
        #expect(lines.last == "Cf. R. Albert")
        let next = try self.lines(from: "(cf. G. Haupt y J.-J. Marie", through: "pp. 131-134)")
        #expect(next.count == 1)
    }

    @Test func initialsInAList() throws {
        let lines = try lines(from: "Serge, junto con J. Mesnil", through: "se opone aquí")
        #expect(lines == ["Serge, junto con J. Mesnil, A. Rosmer, etc., se opone aquí"])
    }

    @Test func wholeBookReassemblesExactly() throws {
        let text = try #require(SeedText.text)
        let split = splitter.split(text)
        #expect(split.reassembled() == text)
        #expect(split.sentences.count > 10_000)
    }

    @Test func noSentenceEndsOnATitleOrPageAbbreviationBeforeMoreText() throws {
        let text = try #require(SeedText.text)
        let split = splitter.split(SeedText.dehyphenated(text))
        let neverFinal = ["pp.", "p.", "núm.", "Cf.", "cf.", "Sr.", "Dr.", "vol.", "Mme.", "M."]
        let offenders = split.sentences.filter { sentence in
            !sentence.endsParagraph && neverFinal.contains { sentence.text.hasSuffix(" " + $0) }
        }
        #expect(offenders.isEmpty, "\(offenders.prefix(5).map(\.line))")
    }
}
