import Foundation
import Testing
import TestSupport

/// Decisions through the command line, read back with the real git: one decision, one
/// commit, the text and the apparatus changed together; blame, log, show and revert.
@Suite("sigla decide, log, show, revert and blame, end to end")
struct DecisionCommandTests {
    let sigla = try! SiglaBinary()
    static let editor = "Jean Rière <jean@example.org>"

    /// Chapter I of a small typescript: a sentence Serge struck (I:27*) and a slip.
    static let typescript = """
        # I. El mundo sin evasión posible

        Luce murió de tuberculosis, naturalmente. No poseo nada. {--Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad. --}[hand=Serge medium="lápiz negro"]Detrás de nosotros una revolución victoriosa que dio mal resultado.

        Conocí a ese empleado barcelonés, Nin. Tengo más confianza en el hombre.

        """

    func makeEdition() throws -> (directory: TemporaryDirectory, root: String) {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(["init", root, "--title", "Memorias", "--editor", Self.editor], in: directory.path)
        let ts = try directory.write("TS.txt", text: Self.typescript)
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito", "--kind", "typescript"], in: root)
        return (directory, root)
    }

    @discardableResult
    func restore(in root: String) throws -> SiglaBinary.Result {
        try sigla.expectSuccess(
            ["decide", "cubierto de lodo", "--adopt", "TS-ac", "--category", "suppression-kept",
             "--because", "Frase suprimida por Serge, pero conservada por ser exacta.", "--date", "2018-09-15"],
            in: root)
    }

    @Test("The base witness's text is the established text, one sentence per line, from the first witness on")
    func establishedTextFromBase() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let text = try String(contentsOfFile: root + "/text/I.txt", encoding: .utf8)
        #expect(text == """
            # I. El mundo sin evasión posible
            Luce murió de tuberculosis, naturalmente.
            No poseo nada.
            Detrás de nosotros una revolución victoriosa que dio mal resultado.

            Conocí a ese empleado barcelonés, Nin.
            Tengo más confianza en el hombre.

            """)
        let variants = try sigla.expectSuccess(["variants"], in: root).standardOutput
        #expect(variants.contains("I.2/1  addition  [open]"))
        #expect(variants.contains("TS-ac  «Varias veces he sido cubierto de … gran tirada porque digo la verdad.»"))
    }

    @Test("A decision is one commit by the editor that changes the text and the apparatus, with readable trailers")
    func decideCommits() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let result = try restore(in: root)
        #expect(result.standardOutput.contains("Decided I.2/1 (suppression-kept)"))
        #expect(result.standardOutput.contains("+ I.2a  [Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]"))

        let git = GitCLI(directory: root)
        #expect(try git.output(["status", "--porcelain"]) == "")
        try git.run(["fsck", "--strict"])
        #expect(try git.output(["log", "-1", "--format=%an|%ae|%ad", "--date=short"]) == "Jean Rière|jean@example.org|2018-09-15")
        #expect(try git.output(["show", "--name-only", "--format=", "HEAD"]) == "apparatus/I/2-1.yaml\ntext/I.txt")
        let message = try git.run(["log", "-1", "--format=%B"])
        #expect(message.hasPrefix("Keep suppressed text at I.2/1 from TS-ac\n\nFrase suprimida por Serge, pero conservada por ser exacta.\n"))
        let trailers = try git.output(["interpret-trailers", "--parse"], input: message)
        #expect(trailers == """
            Sigla-Action: decide
            Location: I.2/1
            Citation: I.2
            Action: adopt
            Adopted: TS-ac
            Rejected: TS
            Category: suppression-kept
            Sign: brackets
            Witness-State: TS-ac
            """)
        let text = try String(contentsOfFile: root + "/text/I.txt", encoding: .utf8)
        #expect(text.contains("No poseo nada.\n[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]\nDetrás de nosotros"))
        let variants = try sigla.expectSuccess(["variants", "--open"], in: root).standardOutput
        #expect(variants.contains("0 locations"))
    }

    @Test("Blame names the witness state, the decision and its justification, and agrees with git blame")
    func blame() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        try restore(in: root)
        try sigla.expectSuccess(
            ["decide", "empleado", "--emend", "institutor", "--because", "El manuscrito indica «empleado», por un lapsus de Serge.",
             "--date", "2018-09-16", "--editor", "Ana Editora <ana@example.org>"],
            in: root)
        let shown = try sigla.expectSuccess(["blame", "cubierto de lodo"], in: root).standardOutput
        #expect(shown.contains("I.2a  [Varias veces he sido cubierto de lodo"))
        #expect(shown.contains("TS-ac, decision I.2/1 (suppression-kept, adopt)"))
        #expect(shown.contains("Frase suprimida por Serge, pero conservada por ser exacta."))

        let json = try sigla.expectSuccess(["blame", "--chapter", "I", "--json"], in: root).standardOutput
        let sentences = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(sentences.map { $0["citation"] as? String } == ["I.1", "I.2", "I.2a", "I.3", "I.4", "I.5"])
        let emended = try #require(sentences.first { $0["citation"] as? String == "I.4" })
        #expect(emended["line"] as? String == "Conocí a ese institutor barcelonés, Nin.")
        let parts = try #require(emended["parts"] as? [[String: Any]])
        #expect(parts.map { $0["source"] as? String } == ["TS", "editor", "TS"])
        let undecided = try #require(sentences.first { $0["citation"] as? String == "I.1" })
        #expect((undecided["parts"] as? [[String: Any]])?.allSatisfy { $0["decision"] == nil } == true)

        // git blame on the text file names, line by line, the commit blame says last changed it.
        let porcelain = try GitCLI(directory: root).run(["blame", "--line-porcelain", "text/I.txt"])
        var gitCommits: [Int: String] = [:]
        var line = 0
        for row in porcelain.split(separator: "\n") where row.count > 40 && row.prefix(40).allSatisfy(\.isHexDigit) {
            line += 1
            gitCommits[line] = String(row.prefix(40))
        }
        for sentence in sentences {
            let number = try #require(sentence["lineNumber"] as? Int)
            let last = try #require(sentence["lastChangedBy"] as? [String: Any])
            #expect(last["commit"] as? String == gitCommits[number], "line \(number)")
        }
        #expect((emended["lastChangedBy"] as? [String: Any])?["author"] as? String == "Ana Editora")
    }

    @Test("log lists decisions newest first; show finds one by location or abbreviated commit")
    func logAndShow() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        try restore(in: root)
        try sigla.expectSuccess(["decide", "empleado", "--emend", "institutor", "--because", "Lapsus de Serge."], in: root)
        let json = try sigla.expectSuccess(["log", "--json"], in: root).standardOutput
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["location"] as? String } == ["I.4/e1", "I.2/1"])
        #expect(entries.last?["justification"] as? String == "Frase suprimida por Serge, pero conservada por ser exacta.")
        let onlyOne = try sigla.expectSuccess(["log", "I.2/1"], in: root).standardOutput
        #expect(onlyOne.contains("I.2/1") && !onlyOne.contains("I.4/e1"))

        let hash = try #require(entries.last?["commit"] as? String)
        let shown = try sigla.expectSuccess(["show", String(hash.prefix(8))], in: root).standardOutput
        #expect(shown.hasPrefix("I.2/1  suppression-kept  adopt TS-ac  [brackets]"))
        #expect(shown.contains("TS-ac: «Varias veces he sido cubierto de lodo"))
        #expect(shown.hasSuffix("\n+ [Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]\n"))
        #expect(try sigla.expectSuccess(["show", "I.2/1"], in: root).standardOutput == shown)
    }

    @Test("A decision followed by its revert gives back the text; the history keeps both")
    func revert() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let before = try Data(contentsOf: URL(fileURLWithPath: root + "/text/I.txt"))
        try restore(in: root)
        let decided = try GitCLI(directory: root).output(["rev-parse", "HEAD"])
        let result = try sigla.expectSuccess(["revert", String(decided.prefix(7)), "--because", "Reconsiderado."], in: root)
        #expect(result.standardOutput.hasPrefix("Reverted the decision at I.2/1"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/text/I.txt")) == before)
        #expect(!FileManager.default.fileExists(atPath: root + "/apparatus/I/2-1.yaml"))
        let git = GitCLI(directory: root)
        let reverts = try git.output(["log", "-1", "--format=%(trailers:key=Reverts,valueonly)"])
        #expect(reverts.trimmingCharacters(in: .whitespacesAndNewlines) == decided)
        #expect(try git.output(["status", "--porcelain"]) == "")
        let open = try sigla.expectSuccess(["variants", "--open"], in: root).standardOutput
        #expect(open.contains("I.2/1  addition  [open]"))
    }

    @Test("Adding a witness brings its readings into the locations (the analysis cache notices)")
    func newWitnessSeen() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        try restore(in: root)
        let v1 = try directory.write("V1.txt", text: Self.typescript.replacingOccurrences(of: "mal resultado", with: "buen resultado"))
        try sigla.expectSuccess(["witness", "add", "V1", v1, "--title", "Primera versión"], in: root)
        let variants = try sigla.expectSuccess(["variants"], in: root).standardOutput
        #expect(variants.contains("V1     «buen»"), "\(variants)")
        #expect(variants.contains("I.2/1  addition  [decided: suppression-kept]"))
    }

    @Test("--dry-run shows the change and writes nothing")
    func dryRun() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let before = try EditionSnapshot(root: root)
        let result = try sigla.expectSuccess(
            ["decide", "I.2/1", "--adopt", "TS-ac", "--because", "Prueba.", "--dry-run"], in: root)
        #expect(result.standardOutput.contains("nothing committed"))
        #expect(result.standardOutput.contains("+ I.2a  [Varias veces"))
        #expect(try EditionSnapshot(root: root) == before)
    }

    @Test("Bad decisions get a clear message and change nothing")
    func badDecisions() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        func expectFailure(_ arguments: [String], status: Int32 = 1, message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let before = try EditionSnapshot(root: root)
            let result = try sigla.run(arguments, in: root)
            #expect(result.status == status, sourceLocation: sourceLocation)
            #expect(result.standardError.contains(message), "stderr: \(result.standardError)", sourceLocation: sourceLocation)
            #expect(try EditionSnapshot(root: root) == before, sourceLocation: sourceLocation)
        }
        try expectFailure(["decide", "I.9/1", "--adopt", "TS-ac", "--because", "x"], message: "no variant location I.9/1")
        try expectFailure(["decide", "I.2/1", "--adopt", "V1", "--because", "x"], message: "no reading of V1 at I.2/1; the readings there are: TS, TS-ac")
        try expectFailure(["decide", "I.2/1", "--adopt", "TS-ac"], status: 2, message: "needs its justification")
        try expectFailure(["decide", "I.2/1", "--adopt", "TS-ac", "--keep", "--because", "x"], status: 2, message: "exactly one of")
        try expectFailure(["decide", "nada que ver aquí", "--adopt", "TS-ac", "--because", "x"], message: "matches no variant location")
        try expectFailure(["decide", "de", "--emend", "x", "--because", "x"], message: "«de» matches 2 places; name one:\n  I.1\n  I.3")
        try restore(in: root)
        try expectFailure(["decide", "I.2/1", "--keep", "--because", "x"], message: "I.2/1 is already decided (by Jean Rière <jean@example.org>")
        try expectFailure(["revert", "I.3/1", "--because", "x"], message: "no decision I.3/1")
    }

    @Test("A decision killed at any moment leaves the edition before or after it, never between")
    func killedDecision() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let git = GitCLI(directory: root)
        let start = try git.output(["rev-parse", "HEAD"])
        var outcomes: Set<String> = []
        for attempt in 0..<12 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sigla.path)
            process.arguments = ["decide", "I.2/1", "--adopt", "TS-ac", "--because", "Prueba \(attempt)."]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(attempt * 4_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // The next command finds the edition whole: before or after the decision.
            try sigla.expectSuccess(["variants"], in: root)
            try git.run(["fsck", "--strict"])
            #expect(try git.output(["status", "--porcelain"]) == "")
            let head = try git.output(["rev-parse", "HEAD"])
            let decided = FileManager.default.fileExists(atPath: root + "/apparatus/I/2-1.yaml")
            let text = try String(contentsOfFile: root + "/text/I.txt", encoding: .utf8)
            if head == start {
                #expect(!decided && !text.contains("[Varias veces"))
                outcomes.insert("before")
            } else {
                #expect(decided && text.contains("[Varias veces"))
                outcomes.insert("after")
                try git.run(["reset", "-q", "--hard", start])
            }
        }
        #expect(!outcomes.isEmpty)
    }
}
