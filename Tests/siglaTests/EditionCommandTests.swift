import Foundation
import Testing
import TestSupport

/// `sigla init` and `sigla witness add|list|show`, run as a user runs them, with the
/// edition read back by the real git.
@Suite("sigla init and sigla witness, end to end")
struct EditionCommandTests {
    let sigla = try! SiglaBinary()
    static let editor = "Jean Rière <jean@example.org>"

    /// A fresh edition with one witness, TS.
    func makeEdition(in directory: TemporaryDirectory) throws -> String {
        let root = directory.path + "/memorias"
        try sigla.expectSuccess(["init", root, "--title", "Memorias de un revolucionario", "--editor", Self.editor], in: directory.path)
        let ts = try directory.write("ts.txt", text: "No poseo nada. {--Varias veces he sido cubierto de lodo.--}\n")
        try sigla.expectSuccess(
            ["witness", "add", "TS", ts, "--title", "Mecanoscrito revisado", "--kind", "typescript", "--date", "1943"],
            in: root)
        return root
    }

    @Test("init makes a git repository on main with sigla.yaml and the layout, in one clean commit")
    func initMakesRepository() throws {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/memorias"
        let result = try sigla.expectSuccess(
            ["init", root, "--title", "Memorias de un revolucionario", "--editor", Self.editor], in: directory.path)
        #expect(result.standardOutput.contains("Made edition “Memorias de un revolucionario”"))
        let git = GitCLI(directory: root)
        #expect(try git.output(["symbolic-ref", "HEAD"]) == "refs/heads/main")
        #expect(try git.output(["rev-list", "--count", "HEAD"]) == "1")
        #expect(try git.output(["log", "--format=%an <%ae>|%s"]) == "Jean Rière <jean@example.org>|Begin edition: Memorias de un revolucionario")
        #expect(try git.output(["status", "--porcelain"]) == "")
        try git.run(["fsck", "--strict"])
        let files = try git.output(["ls-files"]).split(separator: "\n")
        #expect(files == ["apparatus/README.md", "sigla.yaml", "text/README.md", "witnesses/README.md"])
        let yaml = try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8)
        #expect(yaml.contains("title: Memorias de un revolucionario"))
        #expect(yaml.contains("name: Jean Rière"))
    }

    @Test("witness add copies the file byte for byte, records it, and commits with trailers")
    func witnessAdd() throws {
        let directory = try TemporaryDirectory()
        let root = try makeEdition(in: directory)
        let v1 = try directory.write("v1.txt", text: "Salió al alba.\r\nSegunda línea sin fin de línea")
        try sigla.expectSuccess(
            ["witness", "add", "V1", v1, "--title", "Primera versión", "--kind", "print", "--date", "1951",
             "--note", "Citada en las notas", "--editor", "Ana Editora <ana@example.org>"],
            in: root)
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/witnesses/V1.txt")) == Data(contentsOf: URL(fileURLWithPath: v1)))
        let git = GitCLI(directory: root)
        #expect(try git.output(["status", "--porcelain"]) == "")
        try git.run(["fsck", "--strict"])
        #expect(try git.output(["log", "-1", "--format=%an|%s"]) == "Ana Editora|Add witness V1: Primera versión")
        let message = try git.run(["log", "-1", "--format=%B"])
        let trailers = try git.output(["interpret-trailers", "--parse"], input: message)
        #expect(trailers == "Sigla-Action: witness-add\nWitness: V1\nWitness-Kind: print\nWitness-Date: 1951")
        #expect(try git.output(["log", "-1", "--format=%b"]).hasPrefix("Citada en las notas"))

        let list = try sigla.expectSuccess(["witness", "list"], in: root).standardOutput
        #expect(list == "TS  Mecanoscrito revisado (typescript, 1943, base)\nV1  Primera versión (print, 1951)\n")
        let json = try sigla.expectSuccess(["witness", "list", "--json"], in: root).standardOutput
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.map { $0["siglum"] as? String } == ["TS", "V1"])
        #expect(decoded?.first?["isBase"] as? Bool == true)
        #expect(decoded?.last?["file"] as? String == "witnesses/V1.txt")

        let shown = try sigla.expectSuccess(["witness", "show", "V1"], in: root).standardOutput
        #expect(shown == "Salió al alba.\r\nSegunda línea sin fin de línea\n")
    }

    @Test("Commands find the edition from a subdirectory, or from -C before or after the command")
    func findsEdition() throws {
        let directory = try TemporaryDirectory()
        let root = try makeEdition(in: directory)
        let fromSubdirectory = try sigla.expectSuccess(["witness", "list"], in: root + "/witnesses")
        #expect(fromSubdirectory.standardOutput.hasPrefix("TS"))
        #expect(try sigla.expectSuccess(["-C", root, "witness", "list"], in: directory.path).standardOutput.hasPrefix("TS"))
        #expect(try sigla.expectSuccess(["witness", "list", "-C", root], in: directory.path).standardOutput.hasPrefix("TS"))
    }

    @Test("--version and --help read well")
    func helpAndVersion() throws {
        let directory = try TemporaryDirectory()
        #expect(try sigla.expectSuccess(["--version"], in: directory.path).standardOutput == "0.1.0\n")
        let help = try sigla.expectSuccess(["--help"], in: directory.path).standardOutput
        #expect(help.contains("init"))
        #expect(help.contains("witness"))
        let addHelp = try sigla.expectSuccess(["witness", "add", "--help"], in: directory.path).standardOutput
        #expect(addHelp.contains("--title"))
        #expect(addHelp.contains("manuscript, typescript, print, edition or other"))
    }
}

extension SiglaBinary {
    /// Runs sigla and records an issue if it did not succeed.
    @discardableResult
    func expectSuccess(
        _ arguments: [String], in directory: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        let result = try run(arguments, in: directory)
        #expect(result.status == 0, "sigla \(arguments.joined(separator: " ")) failed: \(result.standardError)",
            sourceLocation: sourceLocation)
        return result
    }
}
