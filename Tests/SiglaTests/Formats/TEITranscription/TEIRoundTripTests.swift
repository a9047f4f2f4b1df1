import Foundation
import Sigla
import Testing
import TestSupport

/// TEI export then import gives the same model; markup and TEI convert both ways.
@Suite("TEI transcription round trips")
struct TEIRoundTripTests {
    func read(_ xml: String) throws -> Transcription {
        let (model, warnings) = try TEITranscription.parse(xml, fileName: "export.xml")
        #expect(warnings.isEmpty, "\(warnings)")
        return model
    }

    @Test(
        "Generated transcriptions: model → TEI → model is the identity, and TEI → model → TEI is stable",
        arguments: 0..<200)
    func generated(seed: UInt64) throws {
        var generator = TranscriptionGenerator(seed: seed)
        let model = generator.transcription()
        let tei = TEITranscription.document(for: model)
        let reread = try read(tei)
        #expect(reread == model, "TEI:\n\(tei)")
        #expect(TEITranscription.document(for: reread) == tei)
    }

    @Test("Generated transcriptions: markup → TEI → markup gives the same markup", arguments: 200..<260)
    func markupThroughTEI(seed: UInt64) throws {
        var generator = TranscriptionGenerator(seed: seed)
        let markup = SiglaMarkup.serialize(generator.transcription())
        let model = try SiglaMarkup.parse(markup, fileName: "g.txt")
        let viaTEI = try read(TEITranscription.document(for: model))
        #expect(SiglaMarkup.serialize(viaTEI) == markup)
    }

    @Test("The seed cases survive markup → TEI → markup, and TEI → model → TEI")
    func seedCases() throws {
        for markup in [SeedCases.typescript, SeedCases.firstVersionFragments, TEITwin.markup] {
            let model = try SiglaMarkup.parse(markup, fileName: "TS.txt")
            let tei = TEITranscription.document(for: model)
            let reread = try read(tei)
            #expect(reread == model)
            #expect(SiglaMarkup.serialize(reread) == SiglaMarkup.serialize(model))
        }
        let (twin, _) = try TEITranscription.parse(TEITwin.tei, fileName: "twin.xml")
        #expect(try read(TEITranscription.document(for: twin)) == twin)
    }

    @Test("The witness is described in the header")
    func header() throws {
        let witness = Witness(
            siglum: "TS", title: "Mecanoscrito corregido", kind: .typescript, date: "1945-1946",
            description: "348 páginas")
        let tei = TEITranscription.document(for: Transcription(nodes: [.text("a")]), witness: witness)
        #expect(tei.contains("<title>Mecanoscrito corregido</title>"))
        #expect(tei.contains("TS: typescript, 1945-1946. 348 páginas"))
    }

    // MARK: Validation with jing

    @Test(
        "Exports validate against tei_all.rng with jing",
        .enabled(if: Jing.isAvailable, Comment(rawValue: Jing.missing)))
    func validatesWithJing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sigla-tei-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let witness = Witness(
            siglum: "TS", title: "Memorias de un revolucionario", kind: .typescript, date: "1945-1946")
        var documents = [
            TEITranscription.document(
                for: try SiglaMarkup.parse(SeedCases.typescript, fileName: "TS.txt"), witness: witness),
            TEITranscription.document(for: try SiglaMarkup.parse(SeedCases.firstVersionFragments, fileName: "V1.txt")),
            TEITwin.tei,
        ]
        var generator = TranscriptionGenerator(seed: 42)
        for _ in 0..<20 { documents.append(TEITranscription.document(for: generator.transcription())) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let file = directory.appendingPathComponent("doc\(index).xml")
            try document.write(to: file, atomically: true, encoding: .utf8)
            paths.append(file.path)
        }
        #expect(try Jing.errors(inFiles: paths) == [])
    }
}
