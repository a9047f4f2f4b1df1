import Foundation
import Testing
import TestSupport

@Suite("sigla base: which state the established text is built from")
struct BaseCommandTests {
    let sigla = try! SiglaBinary()

    func makeEdition() throws -> (directory: TemporaryDirectory, root: String) {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(["init", root, "--title", "Memorias", "--editor", "Jean Rière <jean@example.org>"], in: directory.path)
        let ts = try directory.write("TS.txt", text: DecisionCommandTests.typescript)
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito"], in: root)
        return (directory, root)
    }

    @Test("The base can be another state; the text is written anew in one commit")
    func setBase() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        #expect(try sigla.expectSuccess(["base"], in: root).standardOutput == "TS\n")
        try sigla.expectSuccess(["base", "TS-ac"], in: root)
        #expect(try sigla.expectSuccess(["base"], in: root).standardOutput == "TS-ac\n")
        let text = try String(contentsOfFile: root + "/text/I.txt", encoding: .utf8)
        #expect(text.contains("No poseo nada.\nVarias veces he sido cubierto de lodo"))
        let variants = try sigla.expectSuccess(["variants"], in: root).standardOutput
        #expect(variants.contains("I.3/1  omission  [open]"))
        let git = GitCLI(directory: root)
        #expect(try git.output(["log", "-1", "--format=%s"]) == "Establish the text from TS-ac")
        #expect(try git.output(["status", "--porcelain"]) == "")
    }

    @Test("A corrected sentence split, committed in sigla.yaml, is applied when the text is established again")
    func correctedSplit() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        var yaml = try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8)
        yaml += "sentences:\n  I:\n  - merge-after-sentence: 1\n"
        try yaml.write(toFile: root + "/sigla.yaml", atomically: true, encoding: .utf8)
        let git = GitCLI(directory: root)
        try git.run(["commit", "-qam", "Keep the first two sentences together"])
        try sigla.expectSuccess(["base", "TS"], in: root)
        let text = try String(contentsOfFile: root + "/text/I.txt", encoding: .utf8)
        #expect(text.contains("\nLuce murió de tuberculosis, naturalmente. No poseo nada.\n"))
    }

    @Test("Once decisions exist the base cannot change, nor the state be one the witness lacks")
    func refused() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let missing = try sigla.run(["base", "TS-3"], in: root)
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("the witness has no state TS-3 (its states: TS-ac, TS-pc)"))
        try sigla.expectSuccess(["decide", "I.2/1", "--adopt", "TS-ac", "--because", "Prueba."], in: root)
        let before = try EditionSnapshot(root: root)
        let result = try sigla.run(["base", "TS-ac"], in: root)
        #expect(result.status == 1)
        #expect(result.standardError.contains("the edition has 1 decision made on the current base text"))
        #expect(try EditionSnapshot(root: root) == before)
    }
}
