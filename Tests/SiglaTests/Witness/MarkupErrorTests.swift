import Sigla
import Testing

/// Bad markup: each mistake is an error that names the file, line and column.
@Suite("Sigla markup errors")
struct MarkupErrorTests {
    /// Parses and returns the error, recording an issue if there was none.
    func error(_ markup: String) -> MarkupSyntaxError? {
        do {
            let transcription = try SiglaMarkup.parse(markup, fileName: "TS.txt")
            Issue.record("expected an error, read \(transcription.nodes.count) nodes")
            return nil
        } catch {
            return error
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var markup: String
        var line: Int
        var column: Int
        var says: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unclosed deletion", markup: "línea uno\nNo poseo nada. {--Varias veces", line: 2, column: 16,
            says: "unclosed deletion"),
        Case(name: "unclosed note", markup: "a {>>nota", line: 1, column: 3, says: "unclosed note"),
        Case(
            name: "overlapping marks", markup: "x\nab {--cd {++ef--} gh++}", line: 2, column: 15,
            says: "the deletion opened at 2:4 closes inside the addition opened at 2:10"),
        Case(name: "stray closer", markup: "texto\n  suelto--} fin", line: 2, column: 9, says: "'--}'"),
        Case(name: "substitution without separator", markup: "{~~viejo nuevo~~}", line: 1, column: 1, says: "no '~>'"),
        Case(
            name: "unknown attribute", markup: "\n{--x--}[hand=Serge pencil=azul]", line: 2, column: 20,
            says: "unknown attribute 'pencil' for a deletion"),
        Case(
            name: "attribute the mark does not take", markup: "{--x--}[place=margin]", line: 1, column: 9,
            says: "unknown attribute 'place'"),
        Case(name: "duplicate attribute", markup: "{--x--}[stage=1 stage=2]", line: 1, column: 17, says: "given twice"),
        Case(
            name: "stage that is not a number", markup: "{--x--}[stage=dos]", line: 1, column: 9,
            says: "a whole number from 1 up"),
        Case(name: "stage zero", markup: "{--x--}[stage=0]", line: 1, column: 9, says: "a whole number from 1 up"),
        Case(
            name: "unknown place", markup: "{++x++}[place=dentro]", line: 1, column: 9,
            says: "one of inline, above, below, margin, top, bottom"),
        Case(
            name: "hand that is not a name", markup: "{++x++}[hand=\"Victor Serge\"]", line: 1, column: 9,
            says: "invalid hand"),
        Case(
            name: "preferred alternative out of range", markup: "{??rasée|rosée??}[prefer=3]", line: 1, column: 19,
            says: "a number from 1 to 2"),
        Case(
            name: "unclosed attribute list", markup: "{--x--}[hand=Serge\nmás", line: 1, column: 8, says: "not closed"),
        Case(name: "unclosed quote", markup: "{--x--}[medium=\"lápiz negro]", line: 1, column: 16, says: "not closed"),
        Case(name: "attribute without value", markup: "{--x--}[hand=]", line: 1, column: 14, says: "has no value"),
        Case(
            name: "mark inside plain-text mark", markup: "{>>una {--nota--}<<}", line: 1, column: 8,
            says: "cannot go inside a note"),
        Case(
            name: "unknown milestone", markup: "{::página::}", line: 1, column: 1, says: "unknown mark '{::página::}'"),
        Case(
            name: "hand declared after the text", markup: "texto\n{::hand::}[id=Serge]\n", line: 2, column: 1,
            says: "top of the file"),
        Case(
            name: "hand declaration without id", markup: "{::hand::}[description=x]\n", line: 1, column: 1,
            says: "needs the attribute 'id'"),
        Case(
            name: "stage goes backwards: revised after being struck", markup: "{--a {~~b~>c~~}[stage=3] d--}[stage=2]",
            line: 1, column: 6,
            says: "stage goes backwards at 1:6: stage 3 inside the deletion opened at 1:1 of stage 2"),
        Case(
            name: "stage goes backwards: revised before being written", markup: "{++a {--b--}[stage=1]++}[stage=2]",
            line: 1, column: 6, says: "stage 1 inside the addition opened at 1:1 of stage 2"),
        Case(
            name: "stage goes backwards: restored before being struck", markup: "{^^{--a--}[stage=2]^^}[stage=2]",
            line: 1, column: 4, says: "before the restoration"),
    ]

    @Test("A bad input is an error naming file, line and column", arguments: cases)
    func badInput(_ testCase: Case) throws {
        let failure = try #require(error(testCase.markup))
        #expect(failure.position.line == testCase.line)
        #expect(failure.position.column == testCase.column)
        #expect(failure.message.contains("at \(testCase.line):\(testCase.column)"))
        #expect(failure.message.contains(testCase.says), "message: \(failure.message)")
        #expect(failure.description.hasPrefix("TS.txt:\(testCase.line):\(testCase.column): error: "))
        #expect(failure.diagnostic.severity == .error)
        #expect(failure.diagnostic.file == "TS.txt")
    }

    @Test("Columns count characters, not bytes: an error after accented letters points at the brace")
    func columnsCountCharacters() throws {
        let failure = try #require(error("¿Pero por qué haces todo eso? {--sin cerrar"))
        #expect(failure.position.column == 31)
        #expect(failure.position.utf8Offset == "¿Pero por qué haces todo eso? ".utf8.count)
    }

    @Test("Through the format entry point the error keeps its diagnostic")
    func entryPointError() throws {
        do {
            _ = try Transcription.parse(contents: "{++x", format: .markup, fileName: "MS.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.line == 1 && error.diagnostic.column == 1)
            #expect(error.description.hasPrefix("MS.txt:1:1: error: unclosed addition"))
        }
    }
}
