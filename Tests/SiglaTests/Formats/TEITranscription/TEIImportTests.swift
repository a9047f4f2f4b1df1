import Sigla
import Testing

/// Reading TEI: the twin of a markup file gives the same model; bad input is refused clearly.
@Suite("TEI transcription import")
struct TEIImportTests {
    func read(_ xml: String, lenient: Bool = false) throws -> (Transcription, [Diagnostic]) {
        try TEITranscription.parse(xml, fileName: "TS.xml", lenient: lenient)
    }

    func failure(_ xml: String, lenient: Bool = false) -> TEIImportError? {
        do {
            _ = try TEITranscription.parse(xml, fileName: "TS.xml", lenient: lenient)
            Issue.record("expected an error")
            return nil
        } catch {
            return error
        }
    }

    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>\
        <publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
        <text><body>
        \(body)
        </body></text></TEI>
        """
    }

    @Test("A TEI file and its Sigla-markup twin give the same model")
    func twins() throws {
        let fromMarkup = try SiglaMarkup.parse(TEITwin.markup, fileName: "TS.txt")
        let (fromTEI, warnings) = try read(TEITwin.tei)
        #expect(fromTEI == fromMarkup)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(fromTEI.state(.afterStage(1)).text.contains("En realidad, arrastraba a las multitudes."))
        #expect(fromTEI.events.first { $0.stage == 2 }?.colour == "azul")
    }

    @Test("Line breaks become newlines; each paragraph is a block separated by a blank line")
    func blocks() throws {
        let (model, _) = try read(Self.document("<div><p>uno<lb/>dos</p><ab>tres</ab></div>"))
        #expect(model.state().text == "uno\ndos\n\ntres")
    }

    @Test("An unsupported element is an error naming line and column")
    func unsupportedElement() throws {
        let error = try #require(failure(Self.document("<p>Los <hi rend=\"italic\">infantes</hi> iban</p>")))
        #expect(error.reason == .unsupportedElement("hi"))
        #expect(error.position.line == 4)
        #expect(error.message.contains("<hi>") && error.message.contains("at 4:"))
        #expect(error.description.hasPrefix("TS.xml:4:"))
    }

    @Test("In lenient mode an unsupported element keeps its text, with a warning")
    func lenientKeepsText() throws {
        let (model, warnings) = try read(
            Self.document("<p>Los <hi rend=\"italic\">infantes</hi> iban</p>"), lenient: true)
        #expect(model.state().text == "Los infantes iban")
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message.contains("<hi>") == true)
        #expect(warnings.first?.line == 4)
    }

    @Test("A DOCTYPE is refused before parsing, with its line and column")
    func doctypeRefused() throws {
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&xxe;</p></body></text></TEI>"
        let error = try #require(failure(xml))
        #expect(error.reason == .declarationRefused("DOCTYPE"))
        #expect(error.position.line == 2 && error.position.column == 1)
        #expect(error.message.contains("never reads DTDs or expands entities"))
    }

    @Test("An undeclared entity is malformed XML, never fetched")
    func undeclaredEntity() throws {
        let error = try #require(failure(Self.document("<p>&xxe;</p>")))
        guard case .malformedXML = error.reason else {
            Issue.record("expected malformed XML, got \(error.reason)")
            return
        }
        #expect(error.position.line == 4 && error.position.column == 4)
        #expect(error.message.contains("&xxe;"))
    }

    @Test("Malformed XML names line and column")
    func malformed() throws {
        let error = try #require(
            failure("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body><p>abierto</body></text></TEI>"))
        guard case .malformedXML = error.reason else {
            Issue.record("expected malformed XML, got \(error.reason)")
            return
        }
        #expect(error.position.line == 2)
        #expect(error.message.contains("at 2:"))
    }

    @Test("A root that is not TEI is refused")
    func notTEI() throws {
        let error = try #require(failure("<html><body>x</body></html>"))
        #expect(error.reason == .notTEI(root: "html"))
    }

    @Test("A <subst> without its <add> is refused")
    func incompleteSubstitution() throws {
        let error = try #require(failure(Self.document("<p><subst><del>Tuvo</del></subst></p>")))
        #expect(error.reason == .unexpectedContent(element: "subst", expected: "one <del> and one <add>"))
    }

    @Test("A stage (@seq) of 0 is refused")
    func badSeq() throws {
        let error = try #require(failure(Self.document("<p><del seq=\"0\">x</del></p>")))
        guard case .invalidAttributeValue(let element, let attribute, _, _) = error.reason else {
            Issue.record("expected an invalid attribute, got \(error.reason)")
            return
        }
        #expect(element == "del" && attribute == "seq")
    }

    @Test("Attributes Sigla does not read are reported as warnings")
    func unknownAttributeWarning() throws {
        let (_, warnings) = try read(Self.document("<p><del cause=\"fading\">x</del></p>"))
        #expect(
            warnings.map(\.message) == [
                "attribute @cause on <del> at \(warnings.first?.line ?? 0):\(warnings.first?.column ?? 0) is not imported"
            ])
    }

    @Test("The format entry point reads TEI and passes lenient on")
    func entryPoint() throws {
        let xml = Self.document("<p>a <hi>b</hi></p>")
        #expect(TranscriptionFormat.detect(fileName: "TS.xml", contents: xml) == .tei)
        let (model, warnings) = try Transcription.parse(contents: xml, format: .tei, fileName: "TS.xml", lenient: true)
        #expect(model.state().text == "a b")
        #expect(warnings.count == 1)
    }
}
