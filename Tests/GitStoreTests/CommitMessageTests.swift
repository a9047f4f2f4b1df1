import GitStore
import Testing

@Suite("Composing and parsing commit messages")
struct CommitMessageTests {
    @Test("rendered puts subject, body and trailer block in separate paragraphs")
    func rendered() throws {
        let message = try CommitMessage(
            subject: "Emend slip at 3.7", body: "The manuscript says 'empleado', a lapsus.\n",
            trailers: [Trailer(key: "Location", value: "3.7"), Trailer(key: "Category", value: "emendation")])
        let expected = """
            Emend slip at 3.7

            The manuscript says 'empleado', a lapsus.

            Location: 3.7
            Category: emendation

            """
        #expect(message.rendered == expected)
        #expect(try CommitMessage(subject: "Only a subject").rendered == "Only a subject\n")
        #expect(
            try CommitMessage(subject: "S", trailers: [Trailer(key: "Key", value: "v")]).rendered == "S\n\nKey: v\n")
    }

    @Test(
        "parse gives back the parts that were rendered",
        arguments: [
            ("Subject", "", [Trailer]()),
            ("Subject", "One paragraph.", []),
            ("Subject", "First paragraph.\n\nSecond: with a colon but prose.\nAnd more.", []),
            ("Subject", "", [Trailer(key: "Location", value: "1.42")]),
            (
                "Choose reading", "«rasée» or «rosée»; we take the first.",
                [Trailer(key: "Adopted", value: "MS"), Trailer(key: "Signed-off-by", value: "Ana <ana@example.org>")]
            ),
        ])
    func roundTrip(subject: String, body: String, trailers: [Trailer]) throws {
        let message = try CommitMessage(subject: subject, body: body, trailers: trailers)
        #expect(CommitMessage.parse(message.rendered) == message)
    }

    @Test("parse reads messages git wrote: a multi-line first paragraph becomes one subject line")
    func parseForeign() {
        let parsed = CommitMessage.parse("\n\nFirst line\n  continued\n\nBody text.\n\nReviewed-by: Someone\n")
        #expect(parsed.subject == "First line continued")
        #expect(parsed.body == "Body text.")
        #expect(parsed.trailers == [Trailer(key: "Reviewed-by", value: "Someone")])
    }

    @Test("a last paragraph mixing prose and Key: value lines is body, not trailers (libgit2 is strict)")
    func mixedLastParagraph() {
        let parsed = CommitMessage.parse("Subject\n\nThis is prose.\nKey: value\n")
        #expect(parsed.trailers.isEmpty)
        #expect(parsed.body == "This is prose.\nKey: value")
    }

    @Test(
        "trailer keys other than letters, digits and '-' are refused",
        arguments: ["", "Two words", "Key:", "Clé", "Key\n", "Key_x"])
    func invalidKeys(key: String) {
        #expect(throws: GitArgumentError.invalidTrailerKey(key)) {
            try CommitMessage(subject: "S", trailers: [Trailer(key: key, value: "v")])
        }
    }

    @Test("multi-line trailer values and subjects are refused")
    func invalidValuesAndSubjects() {
        #expect(throws: GitArgumentError.invalidTrailerValue(key: "Key", value: "a\nb")) {
            try CommitMessage(subject: "S", trailers: [Trailer(key: "Key", value: "a\nb")])
        }
        #expect(throws: GitArgumentError.self) { try CommitMessage(subject: "Two\nlines") }
        #expect(throws: GitArgumentError.self) { try CommitMessage(subject: "   ") }
    }

    @Test("error descriptions name the offending text")
    func descriptions() {
        #expect(GitArgumentError.invalidTrailerKey("Two words").description.contains("\"Two words\""))
        #expect(GitArgumentError.invalidPath("../x", reason: "r").description.contains("\"../x\""))
    }
}
