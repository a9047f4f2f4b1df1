import Foundation
import Sigla
import Testing

/// The whole edition as JSON, for other tools.
@Suite("JSON export")
struct ApparatusJSONExporterTests {
    func json(_ document: ApparatusDocument) throws -> [String: Any] {
        let data = try ApparatusJSONExporter().export(document)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("The sample edition's golden file")
    func golden() throws {
        let document = try SampleApparatusEdition().document()
        let data = try ApparatusJSONExporter().export(document)
        try GoldenFile.check(String(decoding: data, as: UTF8.self), "sample.json")
    }

    @Test("Versioned; witnesses, states, text with citations, entries with decisions and their provenance")
    func contents() throws {
        let sample = try SampleApparatusEdition()
        let root = try json(try sample.document())
        #expect(root["schemaVersion"] as? Int == 1)
        let witnesses = try #require(root["witnesses"] as? [[String: Any]])
        #expect(witnesses.map { $0["siglum"] as? String } == ["TS", "V1"])
        let states = try #require(witnesses.first?["states"] as? [[String: Any]])
        #expect(states.map { $0["name"] as? String } == ["TS-ac", "TS-pc"])
        let sections = try #require(root["sections"] as? [[String: Any]])
        let paragraphs = try #require(sections.first?["paragraphs"] as? [[String: Any]])
        let sentences = try #require(paragraphs.first?["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["citation"] as? String } == ["I.1", "I.2", "I.2a", "I.3"])

        let entries = try #require(root["entries"] as? [[String: Any]])
        let restored = try #require(entries.first { $0["location"] as? String == "I.2/1" })
        let decision = try #require(restored["decision"] as? [String: Any])
        let made = try #require(try sample.edition.log(location: "I.2/1").first)
        #expect(decision["commit"] as? String == made.commit)
        #expect(decision["editor"] as? String == "Jean Rière <jean@example.org>")
        #expect(decision["date"] as? String == "2018-09-10T12:00:00Z")
        #expect(decision["category"] as? String == "suppression-kept")
        let range = try #require(restored["range"] as? [String: Int])
        let text = try #require(sections.first?["text"] as? String)
        let utf8 = Array(text.utf8)
        let lemma = String(decoding: utf8[try #require(range["start"])..<(try #require(range["end"]))], as: UTF8.self)
        #expect(lemma == (restored["lemma"] as? [String: Any])?["text"] as? String)

        let undecided = try #require(entries.first { $0["location"] as? String == "I.5/1" })
        #expect(undecided["decision"] == nil)
    }

    @Test("Special characters survive: the document read back is the same, the texts are exact")
    func specialCharacters() throws {
        let document = try SampleApparatusEdition().document()
        let data = try ApparatusJSONExporter().export(document)
        #expect(try ApparatusJSONExporter().document(from: data) == document)
        let root = try json(document)
        #expect(root["title"] as? String == "Memorias & <notas>")
        let entries = try #require(root["entries"] as? [[String: Any]])
        let conjecture = try #require(
            entries.first { ($0["decision"] as? [String: Any])?["category"] as? String == "conjecture" })
        #expect((conjecture["lemma"] as? [String: Any])?["text"] as? String == SampleApparatusEdition.conjecture)
        #expect(
            (conjecture["decision"] as? [String: Any])?["justification"] as? String
                == SampleApparatusEdition.conjectureReason)
    }

    @Test("A document of a newer schema version is refused with a message that says so")
    func newerSchema() throws {
        let document = try SampleApparatusEdition(decided: false).document()
        var root = try json(document)
        root["schemaVersion"] = 2
        let data = try JSONSerialization.data(withJSONObject: root)
        #expect {
            try ApparatusJSONExporter().document(from: data)
        } throws: { error in
            "\(error)".contains("schema version 2 is newer")
        }
    }

    @Test("With no decisions, every entry is undecided and the file is still a whole document")
    func noDecisions() throws {
        let sample = try SampleApparatusEdition(decided: false)
        let root = try json(try sample.document())
        let entries = try #require(root["entries"] as? [[String: Any]])
        #expect(entries.count == (try sample.edition.locations().count))
        #expect(entries.allSatisfy { $0["decision"] == nil })
    }
}
