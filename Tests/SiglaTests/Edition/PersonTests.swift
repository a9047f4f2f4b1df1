import Testing

@testable import Sigla

@Suite("Person: an editor named as git names an author")
struct PersonTests {
    @Test("\"Name <mail>\" is parsed, spaces trimmed")
    func parsesNameAndMail() throws {
        let person = try Person(parsing: "  Jean Rière  <jean@example.org> ")
        #expect(person == Person(name: "Jean Rière", email: "jean@example.org"))
        #expect(person.description == "Jean Rière <jean@example.org>")
    }

    @Test("Text without a name and a mail in angle brackets is refused", arguments: [
        "Jean Rière", "<jean@example.org>", "Jean <>", "Jean <a@b", "Jean <a<b>",
    ])
    func refusesOtherForms(text: String) {
        #expect(throws: PersonError.notNameAndEmail(text)) { try Person(parsing: text) }
    }
}
