import Foundation
import TestSupport
import Testing

/// Co-editing through the command line, with real repositories on disk: a bare remote,
/// clones by path and by file:// URL, pushes refused when behind, merges, editorial
/// conflicts and their resolution, and a pull killed at any moment.
@Suite("sigla clone, remote, pull, push, status and conflicts, end to end")
struct RemoteCommandTests {
    let sigla = try! SiglaBinary()
    static let jean = "Jean Rière <jean@example.org>"
    static let ana = "Ana Pérez <ana@example.org>"
    static let luis = "Luis Soto <luis@example.org>"

    /// Jean's edition with two witnesses, pushed to a bare remote made by git; Ana and
    /// Luis clone it, by path and by file:// URL.
    func makeSharedEdition() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try GitCLI(directory: directory.path).run("init", "-q", "--bare", "remote.git")
        let jean = directory.path("jean")
        try sigla.expectSuccess(["init", jean, "--title", "Memorias", "--editor", Self.jean], in: directory.path)
        let ts = try directory.write("TS.txt", text: CoEditingSample.typescript)
        let v = try directory.write("V.txt", text: CoEditingSample.variant)
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito"], in: jean)
        try sigla.expectSuccess(["witness", "add", "V", v, "--title", "Primera versión"], in: jean)
        // A relative path is stored absolute, so it is found from anywhere later.
        try sigla.expectSuccess(["remote", "add", "origin", "../remote.git"], in: jean)
        #expect(
            try sigla.expectSuccess(["remote", "list"], in: jean).standardOutput
                == "origin\t\(directory.path("remote.git"))\n")
        let pushed = try sigla.expectSuccess(["push"], in: jean).standardOutput
        #expect(pushed.hasPrefix("Pushed 0 decisions to origin/main (new branch at "))
        let cloned = try sigla.expectSuccess(["clone", directory.path("remote.git"), "ana"], in: directory.path)
            .standardOutput
        #expect(
            cloned
                == "Cloned “Memorias” into \(directory.path("ana"))\n2 witnesses, 0 decisions; origin is \(directory.path("remote.git"))\n"
        )
        try sigla.expectSuccess(["clone", "file://" + directory.path("remote.git"), "luis"], in: directory.path)
        return directory
    }

    func decide(_ place: String, _ how: [String], because: String, editor: String, date: String, in root: String) throws
    {
        try sigla.expectSuccess(
            ["decide", place] + how + ["--because", because, "--editor", editor, "--date", date], in: root)
    }

    @Test("Two editors: a push refused when behind, a pull that merges, the history and the text holding both")
    func mergeEndToEnd() throws {
        let directory = try makeSharedEdition()
        let ana = directory.path("ana")
        let luis = directory.path("luis")
        try decide(
            "I.1/1", ["--adopt", "V"], because: "Tisis, como en la primera versión.", editor: Self.ana,
            date: "2018-09-10", in: ana)
        try decide(
            "II.2/1", ["--adopt", "V"], because: "Los precios subieron.", editor: Self.luis, date: "2018-09-11",
            in: luis)
        #expect(try sigla.expectSuccess(["push"], in: ana).standardOutput.contains("Pushed 1 decision to origin/main"))

        let refused = try sigla.run(["push"], in: luis)
        #expect(refused.status == 1)
        #expect(
            refused.standardError.contains(
                "push rejected: origin/main has decisions you do not have yet. Run sigla pull to merge them, then sigla push again"
            ))
        #expect(refused.standardOutput.isEmpty)

        let status = try sigla.expectSuccess(["status", "--fetch"], in: luis).standardOutput
        #expect(status.contains("On branch main, following origin/main"))
        #expect(
            status.contains(
                "Only here, to push (1):\n  II.2/1  Take the reading of V at II.2/1 from V — Luis Soto, 2018-09-11")
                || status.contains("Only here, to push (1):\n  II.2/1"))
        #expect(status.contains("Only on origin/main, to pull (1):\n  I.1/1"))

        let pulled = try sigla.expectSuccess(["pull", "--editor", Self.luis, "--date", "2018-09-12"], in: luis)
            .standardOutput
        #expect(pulled.hasPrefix("Merged 1 decision from origin/main in "))
        #expect(pulled.contains("  I.1/1  ") && pulled.contains("— Ana Pérez, 2018-09-10"))
        let git = GitCLI(directory: luis)
        #expect(try git.output(["status", "--porcelain"]) == "")
        let text = try String(contentsOfFile: luis + "/text/I.txt", encoding: .utf8)
        #expect(text.contains("Luce murió de tisis, naturalmente."))
        #expect(
            try String(contentsOfFile: luis + "/text/II.txt", encoding: .utf8).contains(
                "El precio subió un poco aquel año."))
        #expect(try git.output(["log", "-1", "--format=%an|%s"]) == "Luis Soto|Merge 1 decision from origin/main")
        #expect(try git.output(["log", "--format=%an", "-1", "--", "apparatus/I/1-1.yaml"]) == "Ana Pérez")
        let graph = try git.output(["log", "--graph", "--oneline"])
        #expect(graph.hasPrefix("*   "), "graph:\n\(graph)")
        #expect(graph.contains("|\\"))

        let log = try sigla.expectSuccess(["log"], in: luis).standardOutput
        #expect(log.contains("I.1/1  2018-09-10  Ana Pérez <ana@example.org>"))
        #expect(log.contains("merged from origin/main in "))
        let blame = try sigla.expectSuccess(["blame", "I.1"], in: luis).standardOutput
        #expect(blame.contains("Ana Pérez <ana@example.org>, 2018-09-10"))

        #expect(try sigla.expectSuccess(["push"], in: luis).standardOutput.contains("Pushed 1 decision to origin/main"))
        let forward = try sigla.expectSuccess(["pull"], in: ana).standardOutput
        #expect(forward.hasPrefix("Fast-forward to origin/main"))
        #expect(try String(contentsOfFile: ana + "/text/II.txt", encoding: .utf8).contains("subió"))
        #expect(try sigla.expectSuccess(["status"], in: ana).standardOutput.contains("Up to date with origin/main"))
        #expect(try sigla.expectSuccess(["pull"], in: ana).standardOutput == "Already up to date with origin/main\n")
        try GitCLI(directory: directory.path("remote.git")).run("fsck", "--strict")
    }

    @Test("The same place decided differently: pull stops, conflicts shows both readings, a decision resolves it")
    func conflictEndToEnd() throws {
        let directory = try makeSharedEdition()
        let ana = directory.path("ana")
        let luis = directory.path("luis")
        try decide(
            "I.4/1", ["--adopt", "V"], because: "Institutor: así en la primera versión.", editor: Self.ana,
            date: "2018-09-10", in: ana)
        try sigla.expectSuccess(["push"], in: ana)
        try decide(
            "I.4/1", ["--keep"], because: "Empleado es la palabra de Serge.", editor: Self.luis, date: "2018-09-11",
            in: luis)
        let git = GitCLI(directory: luis)
        let before = try git.output(["rev-parse", "HEAD"])

        let stopped = try sigla.run(["pull"], in: luis)
        #expect(stopped.status == 1)
        #expect(
            stopped.standardOutput.hasPrefix(
                "Editorial conflict with origin/main at I.4/1: both sides decided this place differently.\nNothing was merged"
            ))
        #expect(try git.output(["rev-parse", "HEAD"]) == before)
        #expect(try git.output(["status", "--porcelain"]) == "")
        let markers = (FileManager.default.enumerator(atPath: luis)?.compactMap { $0 as? String } ?? []).filter {
            path in
            !path.hasPrefix(".git")
                && ((try? String(contentsOfFile: luis + "/" + path, encoding: .utf8))?.contains("<<<<<<<") ?? false)
        }
        #expect(markers.isEmpty)

        let conflicts = try sigla.expectSuccess(["conflicts"], in: luis).standardOutput
        #expect(conflicts.contains("1 editorial conflict with origin/main:"))
        #expect(conflicts.contains("I.4/1  (sentence I.4)"))
        #expect(conflicts.contains("yours   keep TS: «empleado» (variant) — Luis Soto, 2018-09-11"))
        #expect(conflicts.contains("Empleado es la palabra de Serge."))
        #expect(conflicts.contains("theirs  adopt V: «institutor» (variant) — Ana Pérez, 2018-09-10"))
        #expect(conflicts.contains("Institutor: así en la primera versión."))
        #expect(
            conflicts.contains(
                "resolve: sigla decide I.4/1 --keep --because \"…\"\n       or: sigla decide I.4/1 --adopt V --because \"…\""
            ))
        let json = try sigla.expectSuccess(["conflicts", "--json"], in: luis).standardOutput
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.map { $0["location"] as? String } == ["I.4/1"])
        #expect(
            try sigla.expectSuccess(["status"], in: luis).standardOutput.contains(
                "A pull from origin/main waits for 1 editorial conflict: I.4/1 (sigla conflicts)"))
        let again = try sigla.run(["pull"], in: luis)
        #expect(again.status == 1)
        #expect(again.standardError.contains("a pull from origin/main is waiting for 1 editorial conflict (I.4/1)"))

        let resolved = try sigla.expectSuccess(
            [
                "decide", "I.4/1", "--adopt", "V", "--because", "Institutor, como propone Ana.", "--editor", Self.luis,
                "--date", "2018-09-12",
            ], in: luis
        ).standardOutput
        #expect(resolved.contains("Resolved the last conflict with origin/main: merged in "))
        #expect(try git.output(["log", "-1", "--format=%s"]) == "Merge 1 decision from origin/main")
        let resolution = try git.output(["log", "-1", "--format=%(trailers:key=Resolves,valueonly)", "HEAD^1"])
        #expect(resolution.split(separator: ",").count == 2)
        #expect(
            try sigla.expectSuccess(["conflicts"], in: luis).standardOutput
                == "No editorial conflicts: no pull is waiting\n")
        #expect(
            try String(contentsOfFile: luis + "/text/I.txt", encoding: .utf8).contains(
                "Conocí a ese institutor barcelonés, Nin."))
        let history = try sigla.expectSuccess(["log", "I.4/1"], in: luis).standardOutput
        #expect(history.components(separatedBy: "  I.4/1  ").count == 4)  // three decisions at the place
        try sigla.expectSuccess(["push"], in: luis)
        #expect(try sigla.expectSuccess(["pull"], in: ana).standardOutput.hasPrefix("Fast-forward"))

        // Dropping a pull: another conflict, then --abort.
        try decide("II.1/1", ["--adopt", "V"], because: "Terrible.", editor: Self.ana, date: "2018-09-13", in: ana)
        try sigla.expectSuccess(["push"], in: ana)
        try decide("II.1/1", ["--keep"], because: "Trágico.", editor: Self.luis, date: "2018-09-14", in: luis)
        #expect(try sigla.run(["pull"], in: luis).status == 1)
        #expect(
            try sigla.expectSuccess(["pull", "--abort"], in: luis).standardOutput
                == "Dropped the pull from origin/main; the edition is as it was\n")
        #expect(
            try sigla.expectSuccess(["conflicts"], in: luis).standardOutput
                == "No editorial conflicts: no pull is waiting\n")
    }

    @Test("A pull killed at any moment leaves the edition usable: before the merge or after it, never between")
    func killedPull() throws {
        let directory = try makeSharedEdition()
        let ana = directory.path("ana")
        let luis = directory.path("luis")
        try decide("I.1/1", ["--adopt", "V"], because: "Tisis.", editor: Self.ana, date: "2018-09-10", in: ana)
        try sigla.expectSuccess(["push"], in: ana)
        try decide("II.2/1", ["--adopt", "V"], because: "Subió.", editor: Self.luis, date: "2018-09-11", in: luis)
        let git = GitCLI(directory: luis)
        let start = try git.output(["rev-parse", "HEAD"])
        var outcomes: Set<String> = []
        for attempt in 0..<12 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sigla.path)
            process.arguments = ["pull", "--editor", Self.luis]
            process.currentDirectoryURL = URL(fileURLWithPath: luis)
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = luis + "/.no-home"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(attempt * 5_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            // The next command finds the edition whole.
            try sigla.expectSuccess(["status"], in: luis)
            try git.run(["fsck", "--strict"])
            #expect(try git.output(["status", "--porcelain"]) == "")
            let head = try git.output(["rev-parse", "HEAD"])
            let text = try String(contentsOfFile: luis + "/text/I.txt", encoding: .utf8)
            if head == start {
                #expect(!text.contains("tisis"))
                outcomes.insert("before")
            } else {
                #expect(try git.output(["log", "-1", "--format=%P"]).split(separator: " ").count == 2)
                #expect(text.contains("tisis"))
                outcomes.insert("after")
            }
            // Pulling again finishes the job.
            try sigla.expectSuccess(["pull", "--editor", Self.luis], in: luis)
            #expect(try String(contentsOfFile: luis + "/text/I.txt", encoding: .utf8).contains("tisis"))
            #expect(try String(contentsOfFile: luis + "/text/II.txt", encoding: .utf8).contains("subió"))
            try git.run(["reset", "-q", "--hard", start])
        }
        #expect(!outcomes.isEmpty)
    }

    @Test("Clone refuses what is not an edition and a non-empty directory; remotes refuse a taken name")
    func refusals() throws {
        let directory = try makeSharedEdition()
        try GitCLI(directory: directory.path).run("init", "-q", "plain")
        try directory.write("x\n", to: "plain/x.txt")
        try GitCLI(directory: directory.path("plain")).run("add", ".")
        try GitCLI(directory: directory.path("plain")).run("commit", "-q", "-m", "x")
        let notEdition = try sigla.run(["clone", directory.path("plain"), "copy"], in: directory.path)
        #expect(notEdition.status == 1)
        #expect(
            notEdition.standardError.contains(
                "is a git repository but not a Sigla edition (it has no sigla.yaml); nothing was cloned"))
        #expect(!directory.exists("copy"))
        let taken = try sigla.run(["clone", directory.path("remote.git"), "ana"], in: directory.path)
        #expect(taken.status == 1)
        #expect(taken.standardError.contains("exists and is not empty"))
        let duplicate = try sigla.run(["remote", "add", "origin", "/elsewhere.git"], in: directory.path("ana"))
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("there is already a remote 'origin'"))
        let unknown = try sigla.run(["push", "backup"], in: directory.path("ana"))
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("no remote 'backup' (remotes: origin)"))
    }
}
