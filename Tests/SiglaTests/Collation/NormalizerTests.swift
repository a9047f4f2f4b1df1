import Foundation
import Sigla
import Testing

@Suite struct NormalizerTests {
    func normalized(_ words: [String], _ settings: NormalizationSettings = .default) throws -> [String] {
        var witnesses = [words.map { Token(text: $0) }]
        try Normalizer(settings: settings).normalize(&witnesses)
        return witnesses[0].map(\.normalized)
    }

    @Test func pdfLigatureDamageIsRepaired() throws {
        #expect(try normalized(["clasi!cados", "!nlandeses", "La8ont"]) == ["clasificados", "finlandeses", "Laffont"])
    }

    @Test func anInnerHyphenIsReadAsFlOnlyWhereTheVocabularySaysSo() throws {
        // "exiones" is no word of the text, so "re-exiones" is damaged "reflexiones";
        // "gris" and "azul" are words, so "gris-azul" is a compound.
        let forms = try normalized(["re-exiones", "gris-azul", "gris", "azul", "in-uencia", "conflicto", "con-icto"])
        #expect(forms[0] == "reflexiones")
        #expect(forms[1] == "gris-azul")
        #expect(forms[4] == "influencia")
        #expect(forms[6] == "conflicto")
    }

    @Test func lineEndHyphenationIsJoined() throws {
        #expect(try normalized(["con-\nquista", "toda-\n  vía"]) == ["conquista", "todavía"])
    }

    @Test func formalDifferencesAreKeptUnlessIgnored() throws {
        let words = ["Más", "d’un", ","]
        #expect(try normalized(words) == ["Más", "d’un", ","])
        let ignoring = NormalizationSettings(ignoring: [.letterCase, .diacritics, .punctuation])
        #expect(try normalized(words, ignoring) == ["mas", "dun", ""])
    }

    @Test func decomposedAccentsMatchComposedOnes() throws {
        #expect(try normalized(["me\u{301}s"]) == ["més"])
        #expect(try normalized(["me\u{301}s"])[0].unicodeScalars.count == 3)
    }

    @Test func editorRulesMakeSpellingsEquivalentWhenSpellingIsIgnored() throws {
        let rules = [SpellingRule(pattern: "^mui$", replacement: "muy")]
        #expect(try normalized(["mui"], NormalizationSettings(ignoring: [.spelling], rules: rules)) == ["muy"])
        #expect(try normalized(["mui"], NormalizationSettings(rules: rules)) == ["mui"])
    }

    @Test func anInvalidRuleIsReportedWithItsNumber() {
        let settings = NormalizationSettings(rules: [
            SpellingRule(pattern: "a", replacement: ""), SpellingRule(pattern: "(", replacement: ""),
        ])
        #expect(throws: CollationError.invalidSpellingRule(index: 1, pattern: "(")) {
            try Normalizer(settings: settings)
        }
    }

    @Test func settingsDecodeFromPartialConfigurationWithDefaults() throws {
        let json = #"{"ignore": ["case", "punctuation"], "rules": [{"pattern": "^y$", "replacement": "i"}]}"#
        let settings = try JSONDecoder().decode(NormalizationSettings.self, from: Data(json.utf8))
        #expect(settings.ignoring == [.letterCase, .punctuation])
        #expect(settings.repairsLigatures && settings.joinsLineEndHyphenation && settings.unicodeNormalization)
        let again = try JSONDecoder().decode(NormalizationSettings.self, from: JSONEncoder().encode(settings))
        #expect(again == settings)
    }
}
