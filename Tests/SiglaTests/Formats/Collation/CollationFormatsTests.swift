import Foundation
import Sigla
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct CollationFormatsTests {
    func sample() throws -> Collation {
        try Collator().collate([
            (siglum: "TS", text: "Los ojos vivos, dijo."),
            (siglum: "V1", text: "Los ojos grises, vivos y duros, dijo."),
            (siglum: "MS", text: "Los ojos vivas, dijo."),
        ])
    }

    @Test func collateXJSONHasOneCellPerWitnessPerColumnAndRebuildsEachWitness() throws {
        let collation = try sample()
        let json = CollateXJSONWriter().format(collation)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["witnesses"] as? [String] == ["TS", "V1", "MS"])
        let table = try #require(object["table"] as? [[[[String: String]]]])
        #expect(table.count == collation.table.columnCount)
        #expect(table.allSatisfy { $0.count == 3 && $0.allSatisfy { $0.count <= 1 } })
        for (row, text) in ["Los ojos vivos, dijo.", "Los ojos grises, vivos y duros, dijo.", "Los ojos vivas, dijo."]
            .enumerated()
        {
            #expect(table.map { $0[row].first?["t"] ?? "" }.joined() == text)
        }
        #expect(object["transpositions"] is [Any])
    }

    @Test func transpositionsAreListedInJSON() throws {
        let collation = try Collator().collate([
            (siglum: "A", text: "los ojos grises y duros"), (siglum: "B", text: "los grises ojos y duros"),
        ])
        let json = CollateXJSONWriter().format(collation)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let moves = try #require(object["transpositions"] as? [[String: Any]])
        #expect(moves.count == 1)
        #expect(moves.first?["witness"] as? String == "B")
    }

    @Test func collateXInputWithContentAndTokensIsRead() throws {
        let json = #"""
            {"witnesses": [
              {"id": "A", "content": "the black cat"},
              {"id": "B", "tokens": [{"t": "the ", "n": "the"}, {"t": "WHITE ", "n": "white", "x": 1}, {"t": "cat"}]}
            ]}
            """#
        let witnesses = try CollateXJSONInput.witnesses(from: Data(json.utf8))
        #expect(witnesses.map(\.siglum) == ["A", "B"])
        let collation = try Collator().collate(witnesses)
        #expect(collation.variantLocations.map { $0.readings.map(\.text) } == [["black", "WHITE"]])
        #expect(collation.witnesses[1].text == "the WHITE cat")
        #expect(collation.witnesses[1].tokens[1].normalized == "white")
    }

    @Test func malformedCollateXInputIsExplained() {
        #expect(throws: CollateXInputError.notJSON) { try CollateXJSONInput.witnesses(from: Data("{".utf8)) }
        #expect(throws: CollateXInputError.missingID(witness: 1)) {
            try CollateXJSONInput.witnesses(from: Data(#"{"witnesses": [{"content": "x"}]}"#.utf8))
        }
        #expect(throws: CollateXInputError.badToken(siglum: "A", token: 2)) {
            try CollateXJSONInput.witnesses(
                from: Data(#"{"witnesses": [{"id": "A", "tokens": [{"t": "x"}, {}]}]}"#.utf8))
        }
    }

    @Test func teiIsWellFormedWithAnAppPerLocationAndAllWitnessesListed() throws {
        let collation = try sample()
        let tei = TEIParallelSegmentationWriter().format(collation)
        let parser = XMLParser(data: Data(tei.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.counts["app"] == collation.variantLocations.count)
        #expect(counter.counts["witness"] == 3)
        #expect(tei.contains(##"<rdg wit="#V1">grises,</rdg>"##))
    }

    @Test(.enabled(if: Jing.isAvailable, Comment(rawValue: Jing.missing)))
    func teiIsValidAgainstTEIAll() throws {
        let tei = TEIParallelSegmentationWriter().format(try sample())
        #expect(try Jing.errors(in: tei) == [])
    }

    @Test func textListShowsEveryReadingWithContextAndColoursOnlyWhenAsked() throws {
        let collation = try sample()
        let plain = VariantListFormatter().format(collation)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("grises,"))
        #expect(plain.contains("vivas"))
        #expect(plain.contains("om.") || plain.contains("—"))
        #expect(plain.contains("1:10"))  // "vivos" starts at line 1, column 10 of the base TS
        let colored = VariantListFormatter(colored: true).format(collation)
        #expect(colored.contains("\u{1B}["))
    }

    @Test func tableHasOneLinePerColumnAndMarksVariants() throws {
        let collation = try sample()
        let lines = AlignmentTableFormatter().format(collation).split(separator: "\n")
        #expect(lines.count == collation.table.columnCount + 2)
        #expect(lines[0].contains("TS") && lines[0].contains("V1") && lines[0].contains("MS"))
        #expect(lines.contains { $0.hasPrefix("*") && $0.contains("vivas") })
    }
}

final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[elementName, default: 0] += 1
    }
}
