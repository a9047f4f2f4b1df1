import Foundation
import TestSupport
import Testing

@testable import Sigla

/// One test per bug the fuzzers and the hostile inputs found (Docs/reliability.md lists
/// them); each failed, crashed or hung before its fix.
@Suite("Bugs found by fuzzing, kept fixed")
struct FoundBugsTests {
    // Found by MarkupFuzzer: a stack overflow (crash) at a few thousand nested marks.
    @Test("Marks nested deeper than the limit are refused at the mark that goes too deep")
    func deepMarkupNesting() throws {
        let depth = Transcription.maximumNesting
        let fine = String(repeating: "{++", count: depth) + "x" + String(repeating: "++}", count: depth)
        let model = try SiglaMarkup.parse(fine, fileName: "TS.txt")
        #expect(model.state(.afterRevision).text == "x")
        #expect(try SiglaMarkup.parse(SiglaMarkup.serialize(model), fileName: "TS.txt") == model)
        #expect(try TEITranscription.parse(TEITranscription.document(for: model), fileName: "TS.xml").0 == model)

        let tooDeep = String(repeating: "{--", count: 5_000) + "x" + String(repeating: "--}", count: 5_000)
        let error = #expect(throws: MarkupSyntaxError.self) { try SiglaMarkup.parse(tooDeep, fileName: "TS.txt") }
        #expect(error?.reason == .nestingTooDeep(limit: depth))
        #expect(
            error?.description.hasPrefix("TS.txt:1:\(3 * depth + 1): error: marks nested more than 100 deep") == true)
    }

    @Test("TEI elements nested deeper than the limit are refused, with the file and place")
    func deepTEINesting() throws {
        let xml =
            #"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>"# + String(repeating: "<del>", count: 2_000)
            + "x" + String(repeating: "</del>", count: 2_000) + "</p></body></text></TEI>"
        let error = #expect(throws: TEIImportError.self) { try TEITranscription.parse(xml, fileName: "TS.xml") }
        #expect(error?.reason == .nestingTooDeep(limit: Transcription.maximumNesting + 8))
        #expect(error?.description.hasPrefix("TS.xml:1:") == true)
    }

    // Found by MarkupFuzzer: a control character was read, and the TEI written from it was
    // not well-formed XML (`sigla witness show --format tei` gave a file nothing could read).
    @Test(
        "A control character in markup or plain text is refused at its line and column",
        arguments: [
            TranscriptionFormat.markup, .plain,
        ])
    func controlCharacters(format: TranscriptionFormat) throws {
        let text = "Primera línea.\nDzerzhinski\u{01} y {--otro--}.\n"
        let error = #expect(throws: TranscriptionReadError.self) {
            try Transcription.parse(contents: text, format: format, fileName: "TS.txt")
        }
        #expect(
            error?.diagnostic.description == "TS.txt:2:12: error: control character U+0001 at 2:12; "
                + "a transcription holds text only (is it a binary file, or a page break from a PDF extraction?)")
        // Tab, line feed and carriage return are text.
        let fine = try Transcription.parse(contents: "a\tb\r\nc {--d--}\n", format: format, fileName: "TS.txt").0
        #expect(fine.state(.beforeRevision).text.contains("a\tb\r\nc "))
    }

    // Found by DecisionRecordFuzzer: a record whose base-end is before its base-start was
    // read, and any later use of its range (revert, blame, export) trapped.
    @Test("A decision record with a range that cannot exist is refused with its file and line")
    func reversedDecisionRange() throws {
        let record = """
            location: I.27/1
            base-start: 125
            base-end: 10
            lemma: grupo era
            readings: []
            action: keep
            text: grupo era
            sign: none
            category: annotation
            because: Así.
            editor: Jean Rière <jean@example.org>
            date: '2018-09-15T00:00:00Z'
            """
        let error = #expect(throws: EditionError.self) {
            try Edition.decodeDecision(record, path: "apparatus/I/27-1.yaml")
        }
        #expect(
            error?.description
                == "apparatus/I/27-1.yaml:3:11: not a decision record: 'base-end': base-end 10 is before base-start 125"
        )
        let negative = record.replacingOccurrences(
            of: "base-start: 125\nbase-end: 10", with: "base-start: -4\nbase-end: 10")
        #expect(throws: EditionError.self) { try Edition.decodeDecision(negative, path: "apparatus/I/27-1.yaml") }
        let fine = record.replacingOccurrences(of: "base-end: 10", with: "base-end: 134")
        #expect(try Edition.decodeDecision(fine, path: "apparatus/I/27-1.yaml").baseRange == 125..<134)
    }

    // Found by TEIFuzzer: a hand whose xml:id is not a name (`Se/ge`) was read, and the
    // markup written from it did not read back.
    @Test("A TEI hand whose id is not a name is refused, or left out with a warning when lenient")
    func handWithBadID() throws {
        let xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><handNotes>
            <handNote xml:id="Se/ge">Victor Serge</handNote></handNotes></profileDesc></teiHeader>
            <text><body><p>texto</p></body></text></TEI>
            """
        let error = #expect(throws: TEIImportError.self) { try TEITranscription.parse(xml, fileName: "TS.xml") }
        #expect(error?.description.hasPrefix("TS.xml:2:") == true)
        #expect(error?.description.contains(#"invalid @xml:id="Se/ge" on <handNote>"#) == true)
        let (model, warnings) = try TEITranscription.parse(xml, fileName: "TS.xml", lenient: true)
        #expect(model.hands.isEmpty)
        #expect(warnings.map(\.message).contains { $0.hasSuffix("the hand is left out") })
        #expect(try SiglaMarkup.parse(SiglaMarkup.serialize(model), fileName: "TS.txt") == model)
    }

    // Found with a hostile input: the column of every text stretch was counted from the
    // start of its line, so a long line with many marks took quadratic time (a 2 MB line
    // did not finish in ten minutes).
    @Test("A line of a megabyte with a mark every few words is read, its columns right")
    func longMarkedLine() throws {
        let unit = "palabra {--tachada--} otra "
        let line = String(repeating: unit, count: 40_000)
        let model = try SiglaMarkup.parse(line, fileName: "TS.txt")
        #expect(model.events.count == 40_000)
        #expect(model.events.last?.origin.start?.column == 39_999 * unit.count + 9)
        let error = #expect(throws: MarkupSyntaxError.self) {
            try SiglaMarkup.parse("línea\n" + line + "{--sin cerrar", fileName: "TS.txt")
        }
        #expect(error?.position.line == 2)
        #expect(error?.position.column == 40_000 * unit.count + 1)
    }

    // Found by TEIFuzzer (libFuzzer): TEI read revisions in an order markup refuses (a
    // stage-2 substitution inside a stage-1 deletion); its states meant nothing and the
    // markup written from it did not read back.
    @Test("TEI revisions in an impossible order are refused, as in markup, at the inner one")
    func teiStageOrder() throws {
        let xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><del seq="1">tachado
            <subst seq="2"><del>a</del><add>b</add></subst></del></p></body></text></TEI>
            """
        for lenient in [false, true] {
            let error = #expect(throws: TEIImportError.self) {
                try TEITranscription.parse(xml, fileName: "TS.xml", lenient: lenient)
            }
            #expect(error?.description.hasPrefix("TS.xml:2:") == true)
            #expect(error?.description.contains("stage goes backwards") == true)
        }
        let markup = "{--tachado {~~a~>b~~}[stage=2]--}[stage=1]"
        #expect(throws: MarkupSyntaxError.self) { try SiglaMarkup.parse(markup, fileName: "TS.txt") }
    }

    // Found by TEIFuzzer (libFuzzer): a hand description laid out over several lines in the
    // TEI header was read with its line breaks; the markup written from it
    // (`description="…` across lines) did not read back.
    @Test("A TEI hand description over several lines is read as one line; other spaces are kept")
    func handDescriptionLines() throws {
        let xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><handNotes>
              <handNote xml:id="Serge">
                Victor Serge:
                correcciones  autógrafas
              </handNote></handNotes></profileDesc></teiHeader>
            <text><body><p>texto</p></body></text></TEI>
            """
        let (model, _) = try TEITranscription.parse(xml, fileName: "TS.xml")
        #expect(model.hands.first?.description == "Victor Serge: correcciones  autógrafas")
        #expect(try SiglaMarkup.parse(SiglaMarkup.serialize(model), fileName: "TS.txt") == model)
    }

    // Found by TEIFuzzer (libFuzzer): a revision by a hand named `sigla-hand-1` (never
    // declared) and another with a medium: the exporter named the medium's synthesized hand
    // `sigla-hand-1` too, and read back the first revision took the medium.
    @Test("TEI export never gives a synthesized hand the name of a hand in use")
    func synthesizedHandIDs() throws {
        let markup = "{--a--}[hand=sigla-hand-1] {--b--}[medium=\"lápiz negro\"]"
        let model = try SiglaMarkup.parse(markup, fileName: "TS.txt")
        let tei = TEITranscription.document(for: model)
        #expect(tei.contains(#"<handNote xml:id="sigla-hand-2"><term type="medium">lápiz negro</term></handNote>"#))
        #expect(try TEITranscription.parse(tei, fileName: "TS.xml").0 == model)
    }

    // Found by TEIFuzzer (libFuzzer): `<gap extent=""/>` was read as an illegible passage
    // with an empty extent, written `{####}`, and read back with none.
    @Test("An empty TEI gap extent is no extent, as in markup")
    func emptyGapExtent() throws {
        let xml = #"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Texto <gap extent=""/></p></body></text></TEI>"#
        let (model, _) = try TEITranscription.parse(xml, fileName: "TS.xml")
        #expect(model == (try SiglaMarkup.parse("Texto {####}", fileName: "TS.txt")))
        #expect(try SiglaMarkup.parse(SiglaMarkup.serialize(model), fileName: "TS.txt") == model)
    }
}
