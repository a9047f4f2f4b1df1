import Sigla
import TestSupport
import Testing

@Suite struct CollatorTests {
    @Test func theBlackCatAndTheWhiteCat() throws {
        let collation = try collate("the black cat", "the white cat")
        #expect(collation.tableRows == [["the", "black", "cat"], ["the", "white", "cat"]])
        let location = try #require(collation.variantLocations.first)
        #expect(collation.variantLocations.count == 1)
        #expect(location.kind == .substitution)
        #expect(location.significance == .substantive)
        #expect(location.readings.map(\.text) == ["black", "white"])
    }

    @Test func repeatedTokensAlignWithTheirOwnOccurrence() throws {
        let collation = try collate("the black cat and the black mat", "the black dog and the black mat")
        #expect(collation.apparatusLines == ["A: cat | B: dog"])
        #expect(collation.table.columnCount == 7)
    }

    @Test func aMovedBlockIsOneTransposition() throws {
        let collation = try collate(
            "the black dog chased a red cat across the yard", "a red cat chased the black dog across the yard")
        let moves = collation.transpositions
        #expect(!moves.isEmpty)
        // The moved blocks are whole phrases, not scattered words.
        let movedTexts = moves.map { move in
            collation.witnesses[0].tokens[move.baseTokens].map(\.text).joined(separator: " ")
        }
        #expect(movedTexts.contains("the black dog") || movedTexts.contains("a red cat"))
        #expect(collation.variantLocations.allSatisfy { $0.kind == .transposition })
        #expect(collation.variantLocations.allSatisfy { $0.significance == .substantive })
    }

    @Test func aSwappedPairOfWordsIsATransposition() throws {
        let collation = try collate("los ojos grises y duros", "los grises ojos y duros")
        #expect(collation.transpositions.count == 1)
        #expect(collation.variantLocations.map(\.kind) == [.transposition, .transposition])
    }

    @Test func threeWitnessesShareColumnsForSharedAdditions() throws {
        let collation = try collate("The black cat", "The black and white cat", "The black and green cat")
        #expect(
            collation.tableRows == [
                ["The", "black", "-", "-", "cat"],
                ["The", "black", "and", "white", "cat"],
                ["The", "black", "and", "green", "cat"],
            ])
        #expect(collation.variantLocations.count == 1)
        let location = try #require(collation.variantLocations.first)
        #expect(location.kind == .addition)
        #expect(location.readings.map(\.text) == ["", "and white", "and green"])
    }

    @Test func seedVariantOfChapterThreeNoteTwo() throws {
        // III:2*: the manuscript reads «Los ojos vivos», the first version «Los ojos grises, vivos y duros».
        let collation = try collate("Los ojos vivos", "Los ojos grises, vivos y duros")
        #expect(collation.apparatusLines == ["A:  | B: grises,", "A:  | B: y duros"])
        #expect(collation.variantLocations.map(\.kind) == [.addition, .addition])
        #expect(collation.variantLocations.allSatisfy { $0.significance == .substantive })
    }

    @Test func nearMatchingAlignsVivosWithVivas() throws {
        let near = try collate("los ojos grises, vivos y duros", "los ojos vivas y duros")
        #expect(near.variantLocations.contains { $0.readings.map(\.text) == ["vivos", "vivas"] })
        var configuration = CollationConfiguration()
        configuration.nearMatching = false
        let plain = try collate(
            "los ojos grises, vivos y duros", "los ojos vivas y duros", configuration: configuration)
        #expect(!plain.variantLocations.contains { $0.readings.map(\.text) == ["vivos", "vivas"] })
    }

    @Test func wordsAlignWithWordsBeforePunctuation() throws {
        let collation = try collate("el hombre , calló", "el joven calló")
        #expect(collation.tableRows == [["el", "hombre", ",", "calló"], ["el", "joven", "-", "calló"]])
    }

    @Test func formalVariantsAreClassifiedAndIgnorableOnRequest() throws {
        let collation = try collate("Dijo que más tarde.", "dijo que mas tarde")
        let significances = collation.variantLocations.map(\.significance)
        #expect(significances == [.formal([.letterCase]), .formal([.diacritics]), .formal([.punctuation])])
        var configuration = CollationConfiguration()
        configuration.normalization.ignoring = [.letterCase, .diacritics, .punctuation]
        #expect(
            try collate("Dijo que más tarde.", "dijo que mas tarde", configuration: configuration).variantLocations
                .isEmpty)
    }

    @Test func ligatureDamageIsNoVariant() throws {
        let collation = try collate(
            "inventariados y clasi!cados por nosotros", "inventariados y clasificados por nosotros")
        #expect(collation.variantLocations.isEmpty)
    }

    @Test func theResultDoesNotDependOnTheOrderOfWitnesses() throws {
        var random = SeededRandomNumberGenerator(seed: 42)
        let base =
            "La mujer de Zinoviev, Lilina, comisaria del pueblo para la previsión social de la Comuna del Norte, vestida con una casaca de uniforme, pequeña, con el cabello corto, los ojos grises, vivos y duros, me dijo que fuéramos a Moscú."
        for round in 0..<20 {
            var generator = WitnessGenerator(seed: UInt64(round), rate: 0.15)
            let texts = [base] + (0..<3).map { _ in generator.derive(from: base).text }
            let sigla = ["MS", "TS", "V1", "V2"]
            let given = Array(zip(sigla, texts))
            let reference = try Collator().collate(given.map { (siglum: $0.0, text: $0.1) })
            let shuffled = given.shuffled(using: &random)
            let other = try Collator().collate(shuffled.map { (siglum: $0.0, text: $0.1) })
            #expect(columns(reference) == columns(other), "round \(round)")
            #expect(reference.variantLocations.count == other.variantLocations.count)
        }
    }

    @Test func everyWitnessIsReconstructibleFromTheTable() throws {
        let base =
            "  Los dirigentes bolcheviques que vi en seguida me dirigieron más o\nmenos el mismo lenguaje. La mujer de Zinoviev, Lilina, comisaria del pue-\nblo, me dijo: «¿Traen ustedes familias?»\n"
        for round in 0..<20 {
            var generator = WitnessGenerator(seed: UInt64(100 + round), rate: 0.2)
            let texts = [base] + (0..<3).map { _ in generator.derive(from: base).text }
            let collation = try collate(texts[0], texts[1], texts[2], texts[3])
            for row in texts.indices {
                #expect(collation.reconstructedText(of: row) == texts[row])
            }
        }
    }

    @Test func invalidInputsAreRefusedWithReasons() {
        #expect(throws: CollationError.tooFewWitnesses(count: 1)) { try Collator().collate([(siglum: "A", text: "x")]) }
        #expect(throws: CollationError.duplicateSiglum("A")) {
            try Collator().collate([(siglum: "A", text: "x"), (siglum: "A", text: "y")])
        }
        #expect(throws: CollationError.unknownBase("C", known: ["A", "B"])) {
            try Collator(configuration: CollationConfiguration(base: "C")).collate([
                (siglum: "A", text: "x"), (siglum: "B", text: "y"),
            ])
        }
    }

    @Test func theBaseDefaultsToTheFirstSiglumAndCanBeChosen() throws {
        let pair = [(siglum: "V1", text: "los ojos grises"), (siglum: "TS", text: "los ojos")]
        #expect(try Collator().collate(pair).base.siglum == "TS")
        let chosen = try Collator(configuration: CollationConfiguration(base: "V1")).collate(pair)
        #expect(chosen.base.siglum == "V1")
        #expect(chosen.variantLocations.map(\.kind) == [.omission])
    }

    /// The table as a set of columns, each a map from siglum to token index.
    func columns(_ collation: Collation) -> [[String: Int]] {
        (0..<collation.table.columnCount).map { column in
            var cells: [String: Int] = [:]
            for (row, siglum) in collation.sigla.enumerated() { cells[siglum] = collation.table[column, row] }
            return cells
        }
    }
}
