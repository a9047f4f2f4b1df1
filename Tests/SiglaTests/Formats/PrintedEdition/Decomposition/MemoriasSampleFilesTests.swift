import Foundation
import Sigla
import Testing

/// `Editions/memorias/`, the sample edition's source material, as committed: what a user gets
/// in a fresh clone, with no `../shared`.
enum MemoriasSampleFiles {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Decomposition
        .deletingLastPathComponent()  // PrintedEdition
        .deletingLastPathComponent()  // Formats
        .deletingLastPathComponent()  // SiglaTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Editions/memorias")

    static func read(_ path: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
    }

    static var regenerating: Bool { ProcessInfo.processInfo.environment["SIGLA_REGENERATE_MEMORIAS"] == "1" }
}

@Suite("Memorias: the committed sample edition", .serialized)
struct MemoriasSampleFilesTests {
    /// With `SIGLA_REGENERATE_MEMORIAS=1`, writes the files from the seed; otherwise checks that
    /// the committed files are exactly what the decomposer makes of the seed.
    @Test(
        "the committed files are what the decomposer makes of the seed",
        .enabled(if: MemoriasSeed.isAvailable, "needs ../shared/seed/memorias.txt to regenerate or compare"))
    func filesMatchTheSeed() throws {
        let sample = try MemoriasDecomposition.sample()
        for (path, contents) in sample.files.sorted(by: { $0.key < $1.key }) {
            let url = MemoriasSampleFiles.directory.appendingPathComponent(path)
            if MemoriasSampleFiles.regenerating {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: url, atomically: true, encoding: .utf8)
            } else {
                let committed = try? MemoriasSampleFiles.read(path)
                #expect(
                    committed == contents,
                    "Editions/memorias/\(path) is not what the decomposer makes of the seed: run SIGLA_REGENERATE_MEMORIAS=1 swift test --filter MemoriasSampleFilesTests"
                )
            }
        }
    }

    @Test("edition.yaml names the witnesses, their files and the decisions, and says they are reconstructed")
    func manifest() throws {
        let manifest = try SampleEditionManifest(
            yaml: try MemoriasSampleFiles.read("edition.yaml"), fileName: "edition.yaml")
        #expect(manifest.title == "Memorias de un revolucionario 1905-1945")
        #expect(manifest.author == "Victor Serge")
        #expect(manifest.editor == "Jean Rière <jean.riere@example.org>")
        #expect(manifest.reconstructed.contains("RECONSTRUCTED from the editorial notes"))
        #expect(manifest.base == "TS")
        #expect(manifest.witnesses.map(\.siglum) == ["TS", "V1"])
        for witness in manifest.witnesses {
            #expect(
                FileManager.default.fileExists(
                    atPath: MemoriasSampleFiles.directory.appendingPathComponent(witness.file).path))
        }
        #expect(manifest.decisions == "decisions.yaml")
    }

    @Test("the committed witnesses parse as Sigla markup")
    func witnessesParse() throws {
        for name in ["TS.txt", "V1.txt"] {
            let contents = try MemoriasSampleFiles.read("witnesses/" + name)
            let (transcription, diagnostics) = try Transcription.parse(
                contents: contents, format: .markup, fileName: name)
            #expect(diagnostics.isEmpty)
            #expect(transcription.serialized(as: .markup) == contents, "\(name) is in canonical form")
        }
    }

    @Test("the committed decisions replay onto the committed witnesses with every place found once")
    func decisionsReplay() throws {
        let decisions = try ReconstructedDecision.decisions(
            yaml: try MemoriasSampleFiles.read("decisions.yaml"), fileName: "decisions.yaml")
        #expect(decisions.count == 55)
        #expect(Set(decisions.map(\.note)).count == 55)
        let parse = { (name: String) throws -> Transcription in
            try Transcription.parse(
                contents: try MemoriasSampleFiles.read("witnesses/" + name), format: .markup, fileName: name
            ).0
        }
        var oracle = DecisionReplayOracle(
            base: try parse("TS.txt"), baseSiglum: "TS", witnesses: ["V1": try parse("V1.txt")])
        let sections = oracle.replay(decisions)
        #expect(oracle.problems == [])
        #expect(sections.count == 10)
        let chapterI = MemoriasDecomposition.paragraphs(sections["I"] ?? "")
        #expect(chapterI.contains { $0.contains("No poseo nada. [Varias veces he sido cubierto de lodo") })
    }
}
