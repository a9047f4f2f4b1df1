import Foundation
import Testing
import TestSupport

/// Transcriptions through the command line: checked before they are recorded, and read
/// back in each of their states.
@Suite("sigla witness with revised transcriptions, end to end")
struct WitnessCommandTests {
    let sigla = try! SiglaBinary()

    /// I:27* — a sentence suppressed by Serge, kept by the editor.
    static let typescript = """
        {::hand::}[id=Serge description="Victor Serge"]
        No poseo nada. {--Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad. --}[hand=Serge medium="lápiz negro"]Detrás de nosotros una revolución victoriosa que dio mal resultado.

        """

    func makeEdition() throws -> (directory: TemporaryDirectory, root: String) {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(["init", root, "--title", "Memorias", "--editor", "Jean Rière <jean@example.org>"], in: directory.path)
        let ts = try directory.write("TS.txt", text: Self.typescript)
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito", "--kind", "typescript"], in: root)
        return (directory, root)
    }

    @Test("Each state of a revised witness reads as the page did at that moment")
    func showStates() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let before = "No poseo nada. Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad. Detrás de nosotros una revolución victoriosa que dio mal resultado.\n"
        let after = "No poseo nada. Detrás de nosotros una revolución victoriosa que dio mal resultado.\n"
        #expect(try sigla.expectSuccess(["witness", "show", "TS-ac"], in: root).standardOutput == before)
        #expect(try sigla.expectSuccess(["witness", "show", "TS", "--state", "ac"], in: root).standardOutput == before)
        #expect(try sigla.expectSuccess(["witness", "show", "TS"], in: root).standardOutput == after)
        #expect(try sigla.expectSuccess(["witness", "show", "TS-pc"], in: root).standardOutput == after)
        let markup = try sigla.expectSuccess(["witness", "show", "TS", "--format", "markup"], in: root).standardOutput
        #expect(markup.contains("{--Varias veces he sido cubierto de lodo"))
        let tei = try sigla.expectSuccess(["witness", "show", "TS", "--format", "tei"], in: root).standardOutput
        #expect(tei.contains("<del"))
        #expect(tei.contains("Varias veces he sido cubierto de lodo"))
    }

    @Test("check lists the revision events with their place, hand and medium")
    func check() throws {
        let directory = try TemporaryDirectory()
        let ts = try directory.write("TS.txt", text: Self.typescript)
        let text = try sigla.expectSuccess(["witness", "check", ts], in: directory.path).standardOutput
        #expect(text == "\(ts):2:16: deletion (hand Serge, lápiz negro)\n\(ts): markup, 1 event, states: ac, pc\n")
        let json = try sigla.expectSuccess(["witness", "check", ts, "--json"], in: directory.path).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["states"] as? [String] == ["ac", "pc"])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 1)
        #expect(events.first?["kind"] as? String == "deletion")
        #expect(events.first?["medium"] as? String == "lápiz negro")
    }

    @Test("A transcription with an unclosed mark is refused with file, line and column; nothing is recorded")
    func unclosedMark() throws {
        let (directory, root) = try makeEdition()
        let broken = try directory.write("MS.txt", text: "Primera línea.\nSegunda {--sin cerrar.\n")
        let before = try EditionSnapshot(root: root)
        let result = try sigla.run(["witness", "add", "MS", broken, "--title", "Manuscrito"], in: root)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(broken):2:9:"), "stderr: \(result.standardError)")
        #expect(try EditionSnapshot(root: root) == before)
        let check = try sigla.run(["witness", "check", broken], in: root)
        #expect(check.status == 1)
        #expect(check.standardError.contains("\(broken):2:9:"))
    }

    @Test("TEI with a DOCTYPE or external entity is refused, never expanded")
    func hostileTEI() throws {
        let (directory, root) = try makeEdition()
        let secret = try directory.write("secret.txt", text: "SECRETO\n")
        let tei = try directory.write("evil.xml", text: """
            <?xml version="1.0"?>
            <!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&xxe;</p></body></text></TEI>

            """)
        let before = try EditionSnapshot(root: root)
        let result = try sigla.run(["witness", "add", "EV", tei, "--title", "Hostil"], in: root)
        #expect(result.status == 1)
        #expect(result.standardError.contains(tei))
        #expect(result.standardError.uppercased().contains("DOCTYPE"))
        #expect(!result.standardError.contains("SECRETO"))
        #expect(try EditionSnapshot(root: root) == before)
    }

    @Test("A TEI transcription is recorded as .xml and reads in its states")
    func addTEI() throws {
        let (directory, root) = try makeEdition()
        // Produce TEI from the markup, then add it as a witness of its own.
        let tei = try sigla.expectSuccess(["witness", "show", "TS", "--format", "tei"], in: root).standardOutput
        let teiFile = try directory.write("T2.xml", text: tei)
        try sigla.expectSuccess(["witness", "add", "T2", teiFile, "--title", "TEI twin"], in: root)
        #expect(FileManager.default.fileExists(atPath: root + "/witnesses/T2.xml"))
        let ac = try sigla.expectSuccess(["witness", "show", "T2-ac"], in: root).standardOutput
        let tsAc = try sigla.expectSuccess(["witness", "show", "TS-ac"], in: root).standardOutput
        #expect(ac == tsAc)
        #expect(try GitCLI(directory: root).output(["status", "--porcelain"]) == "")
    }
}
