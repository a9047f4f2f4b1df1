import Foundation
import Sigla
import TestSupport
import Testing

/// Export → import of TEI gives the same edition.
///
/// "The same" is what an editor can observe: the edition built from the witnesses exported
/// as TEI (`sigla witness show --format tei`) and imported again (`sigla witness add
/// X.xml`), with the same decisions replayed, has equal transcriptions (every event and
/// attribute), the same states, the same variant locations, the same decision records, the
/// same established text files and the same exported apparatus. Only the witness files
/// differ (`witnesses/TS.xml` holds TEI, not markup), and the commits' ids.
@Suite("TEI export then import gives the same edition", .serialized)
struct TEIEditionRoundTripTests {
    static let memorias = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Editions/memorias").path

    /// The export with every commit id (40 hex digits) replaced: the TEI apparatus cites the
    /// commit of each decision, and commits made on other witness files have other ids.
    static func withoutCommitIDs(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "[0-9a-f]{40}", with: "<commit>", options: .regularExpression)
    }

    @Test("The Memorias sample with its first decisions, rebuilt from TEI witnesses", arguments: [UInt64(8)])
    func memoriasThroughTEI(decisionCount: UInt64) throws {
        let directory = try TemporaryDirectory()
        var recipe = try EditionRecipe(directory: Self.memorias)
        recipe.decisions = Array(recipe.decisions.prefix(Int(decisionCount)))
        let original = try recipe.build(at: directory.path("markup"))

        // Export every witness as TEI, as `sigla witness show --format tei` does, into a copy of the recipe.
        var throughTEI = recipe
        throughTEI.directory = directory.path("recipe")
        try FileManager.default.createDirectory(atPath: throughTEI.directory, withIntermediateDirectories: true)
        for (index, entry) in original.witnesses.enumerated() {
            let tei = try original.transcription(of: entry).serialized(as: .tei, witness: entry.witness)
            let file = "\(entry.siglum).xml"
            try Data(tei.utf8).write(to: URL(fileURLWithPath: throughTEI.directory + "/" + file))
            throughTEI.manifest.witnesses[index].file = file
            throughTEI.manifest.witnesses[index].format = .tei
        }
        let rebuilt = try throughTEI.build(at: directory.path("tei"))

        #expect(rebuilt.witnesses.map(\.format) == [.tei, .tei])
        for (a, b) in zip(original.witnesses, rebuilt.witnesses) {
            let (left, right) = (try original.transcription(of: a), try rebuilt.transcription(of: b))
            #expect(left == right, "\(a.siglum)")
            #expect(left.hands == right.hands)
            for state in left.distinctStates {
                #expect(left.state(state).text == right.state(state).text, "\(a.siglum) \(state)")
            }
        }
        #expect(try original.locations() == rebuilt.locations())
        #expect(try original.decisions() == rebuilt.decisions())
        #expect(try original.decisions().count == Int(decisionCount))
        let (textA, textB) = (try original.establishedText(), try rebuilt.establishedText())
        #expect(textA.map(\.fileContents) == textB.map(\.fileContents))
        for format in [ApparatusExportFormat.text, .tei] {
            let exportA = try ApparatusExporter(format: format).export(try original.apparatusDocument())
            let exportB = try ApparatusExporter(format: format).export(try rebuilt.apparatusDocument())
            #expect(Self.withoutCommitIDs(exportA) == Self.withoutCommitIDs(exportB), "\(format)")
        }
    }
}
