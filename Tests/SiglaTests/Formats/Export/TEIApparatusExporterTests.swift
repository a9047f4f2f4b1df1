import Foundation
import Sigla
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// TEI P5 for the archive, checked by jing against tei_all.
@Suite("TEI export")
struct TEIApparatusExporterTests {

    @Test("Parallel segmentation: the sample edition's golden file")
    func goldenParallel() throws {
        let document = try SampleApparatusEdition().document()
        try GoldenFile.check(TEIApparatusExporter(method: .parallelSegmentation).export(document), "sample.tei.xml")
    }

    @Test("Double-end-point attachment: the sample edition's golden file")
    func goldenDoubleEndPoint() throws {
        let document = try SampleApparatusEdition().document()
        try GoldenFile.check(TEIApparatusExporter(method: .doubleEndPoint).export(document), "sample-dep.tei.xml")
    }

    @Test(
        "Valid TEI P5 (jing, tei_all) with either method, with or without decisions",
        .enabled(if: Jing.isAvailable, Comment(rawValue: Jing.missing)),
        arguments: [
            (true, TEIApparatusExporter.Method.parallelSegmentation), (true, .doubleEndPoint),
            (false, .parallelSegmentation), (false, .doubleEndPoint),
        ])
    func validates(decided: Bool, method: TEIApparatusExporter.Method) throws {
        let document = try SampleApparatusEdition(decided: decided).document()
        let xml = TEIApparatusExporter(method: method).export(document)
        #expect(try Jing.errors(in: xml) == [])
    }

    @Test("The apparatus inline: lemma and readings with their sigla, the deletion, the note with its editor")
    func inlineApparatus() throws {
        let document = try SampleApparatusEdition().document()
        let xml = TEIApparatusExporter().export(document)
        let tree = try XMLTestTree(xml)
        let header = try #require(tree.first("variantEncoding"))
        #expect(header.attributes == ["method": "parallel-segmentation", "location": "internal"])
        #expect(tree.all("witness").map { $0.attributes["xml:id"] } == ["TS", "TS-ac", "TS-pc", "V1"])

        let app = try #require(tree.all("app").first { $0.attributes["n"] == "I.2/1" })
        let lem = try #require(app.child("lem"))
        #expect(lem.attributes["wit"] == "#TS-ac" && lem.attributes["rend"] == "brackets")
        #expect(
            lem.text == "Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.")
        let struck = try #require(app.children("rdg").first { $0.attributes["wit"] == "#TS" })
        let del = try #require(struck.child("del"))
        #expect(del.text == lem.text)
        let hand = try #require(del.attributes["hand"])
        let handNote = try #require(tree.all("handNote").first { "#" + ($0.attributes["xml:id"] ?? "") == hand })
        #expect(handNote.text.contains("lápiz negro"))
        #expect(app.children("witDetail").map(\.text) == ["Serge, lápiz negro", "in marg. «Reservar»"])
        let note = try #require(app.child("note"))
        #expect(note.text == "Frase suprimida por Serge, pero conservada por ser exacta.")
        let resp = try #require(note.attributes["resp"])
        let editor = try #require(tree.all("respStmt").first { "#" + ($0.attributes["xml:id"] ?? "") == resp })
        #expect(editor.text.contains("Jean Rière"))
        let change = try #require(
            tree.all("change").first { $0.attributes["target"] == "#" + (app.attributes["xml:id"] ?? "") })
        #expect(change.attributes["when"] == "2018-09-10T12:00:00Z" && change.attributes["who"] == resp)

        let emended = try #require(tree.all("app").first { $0.attributes["n"] == "I.4/e1" })
        #expect(emended.child("lem")?.attributes["wit"] == nil && emended.child("lem")?.text == "institutor")
        let supplied = try #require(tree.all("app").first { $0.attributes["type"] == "first-version" })
        #expect(supplied.child("lem")?.child("supplied")?.text == "Y nada más.")
    }

    @Test("The text outside the apparatus reads as the established text, without the signs")
    func readingText() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        let tree = try XMLTestTree(TEIApparatusExporter().export(document))
        let body = try #require(tree.first("body"))
        // The text a reader of the lemmata reads: every <rdg> and <note> left out.
        let read = body.text(skipping: ["rdg", "note", "witDetail", "head"])
        // The established text, less the signs around restored text.
        var expected = ""
        for section in document.sections {
            var bytes = Array(section.text.utf8)
            let signs = document.entries(in: section.id).filter { $0.decision?.sign == .brackets && !$0.range.isEmpty }
                .flatMap { [$0.range.start, $0.range.end - 1] }
            for position in signs.sorted(by: >) { bytes.remove(at: position) }
            expected += String(decoding: bytes, as: UTF8.self) + " "
        }
        #expect(Self.folded(read) == Self.folded(expected))
    }

    @Test("Special characters are escaped, and read back exactly by an XML parser")
    func specialCharacters() throws {
        let document = try SampleApparatusEdition().document()
        for method in TEIApparatusExporter.Method.allCases {
            let tree = try XMLTestTree(TEIApparatusExporter(method: method).export(document))
            #expect(tree.first("title")?.text == "Memorias & <notas>")
            let app = try #require(tree.all("app").first { $0.attributes["type"] == "conjecture" })
            #expect(app.child("lem")?.text == SampleApparatusEdition.conjecture)
            #expect(app.child("note")?.text == SampleApparatusEdition.conjectureReason)
            #expect(tree.first("body")?.text(skipping: []).contains(#"un 50% & {x} [según él] con \ y"#) == true)
        }
    }

    @Test(
        "Overlapping lemmata: nested ones inside the lemma, crossing ones after it; valid either way",
        .enabled(if: Jing.isAvailable, Comment(rawValue: Jing.missing)))
    func overlapping() throws {
        var document = try SampleApparatusEdition(decided: false).document()
        let section = try #require(document.sections.first)
        let text = Array(section.text.utf8)
        func range(of phrase: String) throws -> TextRange {
            let bytes = Array(phrase.utf8)
            let start = try #require(text.indices.first { text[$0...].starts(with: bytes) })
            return TextRange(start: start, end: start + bytes.count)
        }
        func entry(_ id: String, _ phrase: String) throws -> ApparatusEntry {
            let range = try range(of: phrase)
            return ApparatusEntry(
                location: try #require(LocationID(id)), section: section.id, citation: "I.1", range: range,
                lemma: ApparatusLemma(text: phrase),
                readings: [
                    ApparatusReading(text: "otra cosa", witnesses: [WitnessReference(state: "V1", siglum: "V1")])
                ])
        }
        let outer = try entry("I.1/e1", "murió de tuberculosis")
        let inner = try entry("I.1/e2", "tuberculosis")
        let crossing = try entry("I.1/e3", "tuberculosis, naturalmente")
        document.entries += [outer, inner, crossing]
        document.entries.sort { ($0.section.rawValue, $0.range) < ($1.section.rawValue, $1.range) }
        for method in TEIApparatusExporter.Method.allCases {
            let xml = TEIApparatusExporter(method: method).export(document)
            #expect(try Jing.errors(in: xml) == [], "\(method)\n\(xml)")
            let tree = try XMLTestTree(xml)
            #expect(tree.all("app").count == document.entries.count)
        }
        let tree = try XMLTestTree(TEIApparatusExporter().export(document))
        let outerApp = try #require(tree.all("app").first { $0.attributes["n"] == "I.1/e1" })
        #expect(outerApp.child("lem")?.child("app")?.attributes["n"] == "I.1/e2")
        let crossingApp = try #require(tree.all("app").first { $0.attributes["n"] == "I.1/e3" })
        #expect(crossingApp.attributes["ana"]?.contains("#variant.overlapping") == true)
        #expect(crossingApp.child("note")?.text == "tuberculosis, naturalmente")
    }

    static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A parsed XML document, small enough to query in tests.
final class XMLTestTree {
    final class Element {
        let name: String
        let attributes: [String: String]
        var content: [Node] = []
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        enum Node {
            case text(String)
            case element(Element)
        }

        var elements: [Element] { content.compactMap { if case .element(let e) = $0 { e } else { nil } } }
        func child(_ name: String) -> Element? { elements.first { $0.name == name } }
        func children(_ name: String) -> [Element] { elements.filter { $0.name == name } }
        var text: String { text(skipping: []) }
        func text(skipping: Set<String>) -> String {
            content.map {
                switch $0 {
                case .text(let string): string
                case .element(let element): skipping.contains(element.name) ? "" : element.text(skipping: skipping)
                }
            }.joined()
        }
        func descendants() -> [Element] { elements.flatMap { [$0] + $0.descendants() } }
    }

    let root: Element

    init(_ xml: String) throws {
        let delegate = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw XMLTestError(
                message: "\(parser.parserError.map { "\($0)" } ?? "no root") at line \(parser.lineNumber)")
        }
        self.root = root
    }

    func all(_ name: String) -> [Element] { ([root] + root.descendants()).filter { $0.name == name } }
    func first(_ name: String) -> Element? { all(name).first }

    struct XMLTestError: Error { var message: String }

    final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: name, attributes: attributes)
            if let parent = stack.last { parent.content.append(.element(element)) } else { root = element }
            stack.append(element)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.content.append(.text(string))
        }
    }
}
