import Foundation
import Testing
import TestSupport

/// `sigla collate`, on plain files and inside an edition.
@Suite("sigla collate, end to end")
struct CollateCommandTests {
    let sigla = try! SiglaBinary()

    @Test("Two files: the variant is listed with its context and both readings")
    func twoFiles() throws {
        let directory = try TemporaryDirectory()
        let a = try directory.write("MS.txt", text: "Los ojos vivos y duros.\n")
        let b = try directory.write("V1.txt", text: "Los ojos grises, vivos y duros.\n")
        let output = try sigla.expectSuccess(["collate", a, b], in: directory.path).standardOutput
        #expect(output.contains("addition"))
        #expect(output.contains("MS  —"))
        #expect(output.contains("V1  grises,"))
        #expect(!output.contains("\u{1B}["), "no colour when piped")
    }

    @Test("JSON output is CollateX's alignment table, one token per cell, and rebuilds each witness")
    func collateXJSON() throws {
        let directory = try TemporaryDirectory()
        let a = try directory.write("A.txt", text: "the black cat\n")
        let b = try directory.write("B.txt", text: "the white cat\n")
        let json = try sigla.expectSuccess(["collate", a, b, "--format", "json"], in: directory.path).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["witnesses"] as? [String] == ["A", "B"])
        let table = try #require(object["table"] as? [[[[String: Any]]]])
        #expect(table.count == 3)
        let rebuilt = (0..<2).map { witness in
            table.map { column in column[witness].compactMap { $0["t"] as? String }.joined() }.joined()
        }
        #expect(rebuilt[0].hasPrefix("the black cat"))
        #expect(rebuilt[1].hasPrefix("the white cat"))
        #expect(object["transpositions"] is [Any])
    }

    @Test("Bad input: one file is a usage error (2); a missing or non-UTF-8 file a failure (1) naming it")
    func badInput() throws {
        let directory = try TemporaryDirectory()
        let a = try directory.write("A.txt", text: "the black cat\n")
        let one = try sigla.run(["collate", a], in: directory.path)
        #expect(one.status == 2)
        #expect(one.standardError.contains("at least two"))
        let missing = try sigla.run(["collate", a, directory.path + "/B.txt"], in: directory.path)
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("\(directory.path)/B.txt: no such file"))
        let latin1 = try directory.write("L.txt", bytes: [0x63, 0x61, 0x66, 0xE9, 0x0A])
        let notUTF8 = try sigla.run(["collate", a, latin1], in: directory.path)
        #expect(notUTF8.status == 1)
        #expect(notUTF8.standardError.contains("\(latin1):1:4: not valid UTF-8 at byte offset 3"))
    }

    @Test("Inside an edition, witnesses and their states are collated by siglum")
    func insideEdition() throws {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(["init", root, "--title", "Memorias", "--editor", "Jean Rière <jean@example.org>"], in: directory.path)
        let ts = try directory.write("TS.txt", text: "No poseo nada. {--Varias veces he sido cubierto de lodo. --}[hand=Serge]Detrás de nosotros.\n")
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito"], in: root)
        let output = try sigla.expectSuccess(["collate", "TS", "TS-ac"], in: root).standardOutput
        #expect(output.contains("TS-ac  Varias veces he sido cubierto de lodo."))
        #expect(output.contains("base TS"))
        let unknown = try sigla.run(["collate", "TS", "XX"], in: root)
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("no witness 'XX' in this edition (known: TS)"))
    }
}
