import Foundation
import Sigla
import Testing

@Suite("Citations: reading and writing")
struct CitationTests {
    let one = SectionID("I")!

    @Test func sentenceCitation() throws {
        let citation = try Citation(parsing: "I.42")
        #expect(citation.section == one)
        #expect(citation.reference == .sentence(42))
        #expect(citation.description == "I.42")
    }

    @Test func rangeCitation() throws {
        #expect(try Citation(parsing: "I.42-44").reference == .sentences(42...44))
        #expect(try Citation(parsing: "I.42\u{2013}44").description == "I.42-44")
        #expect(try Citation(parsing: "I.42-42") == Citation(section: one, sentence: 42))
    }

    @Test func paragraphCitation() throws {
        let citation = try Citation(parsing: "I.p3.2")
        #expect(citation.reference == .paragraph(3, sentence: 2))
        #expect(citation.description == "I.p3.2")
    }

    @Test func namedAndNumberedSections() throws {
        #expect(try Citation(parsing: "prefacio.7").section.rawValue == "prefacio")
        #expect(try Citation(parsing: " 1.42 ").description == "1.42")
    }

    @Test(arguments: ["I.1", "X.312", "I.42-44", "I.p3.2", "prefacio.p1.1", "anexo_2.10-20"])
    func formattingWhatWasReadGivesItBack(_ text: String) throws {
        #expect(try Citation(parsing: text).description == text)
        #expect(Citation(text)?.description == text)
    }

    @Test(arguments: [
        ("", CitationParseError.Problem.empty),
        ("I42", .missingSentence),
        ("I.", .invalidNumber("")),
        ("I.0", .invalidNumber("0")),
        ("I.-3", .invalidNumber("")),
        ("I.4x", .invalidNumber("4x")),
        ("I.p3", .invalidParagraphForm),
        ("I.p3.2.1", .invalidParagraphForm),
        ("I.44-42", .descendingRange(44, 42)),
    ])
    func malformedCitationsSayWhatIsWrong(_ text: String, _ problem: CitationParseError.Problem) {
        #expect(throws: CitationParseError(text: text, problem: problem)) { try Citation(parsing: text) }
        #expect(Citation(text) == nil)
    }

    @Test func badSectionPartIsReported() throws {
        let error = try #require(throws: CitationParseError.self) { try Citation(parsing: "I I.4") }
        #expect(error.description.contains("«I I.4» is not a citation"))
        guard case .invalidSection = error.problem else {
            Issue.record("expected an invalid section, got \(error.problem)")
            return
        }
    }

    @Test func citationsAreStoredAsText() throws {
        let citations = [
            try Citation(parsing: "I.42"), try Citation(parsing: "II.p3.2"), try Citation(parsing: "X.1-5"),
        ]
        let json = String(decoding: try JSONEncoder().encode(citations), as: UTF8.self)
        #expect(json == #"["I.42","II.p3.2","X.1-5"]"#)
        #expect(try JSONDecoder().decode([Citation].self, from: Data(json.utf8)) == citations)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Citation].self, from: Data(#"["I.x"]"#.utf8)) }
    }
}
