import Foundation
import TestSupport
import Testing

/// `sigla` commands killed (SIGKILL) at seeded random moments: after each kill the edition
/// opens, `git fsck --strict` is clean, `git status` is clean, and the edition is exactly
/// before or exactly after the command: HEAD and its tree are the one or the other.
@Suite("Killed at any moment, a command leaves the edition before or after its change", .serialized)
struct CrashSafetyTests {
    let sigla = try! SiglaBinary()
    static let editor = "Jean Rière <jean@example.org>"
    static let memorias = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Editions/memorias").path

    /// What the kills left: how many times the edition was found before, how many after.
    struct Outcomes {
        var before = 0
        var after = 0
    }

    /// The state of an edition as the checks compare it: its HEAD commit and HEAD's tree.
    struct State: Equatable {
        var head: String
        var tree: String

        init(root: String) throws {
            let git = GitCLI(directory: root)
            head = try git.output(["rev-parse", "HEAD"])
            tree = try git.output(["rev-parse", "HEAD^{tree}"])
        }
    }

    /// Runs `sigla arguments…` in `root` to completion once (the state after), then
    /// `attempts` times killed after a seeded random delay of up to the command's own
    /// duration, checking the edition after each kill and putting it back before the next.
    ///
    /// This is the helper for any command that changes an edition: `sigla pull` is checked
    /// the same way (`killRepeatedly(["pull", remote], in: root, …)`) once it exists.
    ///
    /// - Parameters:
    ///   - opens: a command that must succeed on the edition after each kill (it also
    ///     finishes the work of a command killed after its commit, as every command does).
    func killRepeatedly(
        _ arguments: [String], in root: String, attempts: Int, seed: UInt64,
        opens: [String] = ["witness", "list"], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcomes {
        let git = GitCLI(directory: root)
        let before = try State(root: root)
        let started = Date()
        try sigla.expectSuccess(arguments, in: root, sourceLocation: sourceLocation)
        let duration = Date().timeIntervalSince(started)
        let afterTree = try State(root: root).tree
        #expect(afterTree != before.tree, "the command changes the edition", sourceLocation: sourceLocation)
        try git.run(["reset", "-q", "--hard", before.head])

        var random = SeededRandomNumberGenerator(seed: seed)
        var outcomes = Outcomes()
        for _ in 0..<attempts {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sigla.path)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = root + "/.no-home"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let delay = Double.random(in: 0...(duration * 1.2), using: &random)
            try process.run()
            usleep(UInt32(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            try sigla.expectSuccess(opens, in: root, sourceLocation: sourceLocation)
            try git.run(["fsck", "--strict", "--no-progress"])
            #expect(try git.output(["status", "--porcelain"]) == "", sourceLocation: sourceLocation)
            let state = try State(root: root)
            if state == before {
                outcomes.before += 1
            } else {
                #expect(state.tree == afterTree, "neither before nor after", sourceLocation: sourceLocation)
                #expect(try git.output(["rev-parse", "HEAD~1"]) == before.head, sourceLocation: sourceLocation)
                outcomes.after += 1
                try git.run(["reset", "-q", "--hard", before.head])
            }
        }
        return outcomes
    }

    /// A new edition with nothing but its first commit.
    func makeEdition() throws -> (directory: TemporaryDirectory, root: String) {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(["init", root, "--title", "Memorias", "--editor", Self.editor], in: directory.path)
        return (directory, root)
    }

    @Test("sigla witness add of the Memorias typescript (1 MB, the base text), killed 14 times")
    func killedWitnessAdd() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let outcomes = try killRepeatedly(
            [
                "witness", "add", "TS", Self.memorias + "/witnesses/TS.txt", "--title", "Mecanoscrito", "--kind",
                "typescript",
            ],
            in: root, attempts: 14, seed: 0xADD)
        #expect(outcomes.before + outcomes.after == 14)
    }

    @Test("sigla decide, killed 10 times at seeded random moments")
    func killedDecide() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let ts = try directory.write("TS.txt", text: DecisionCommandTests.typescript)
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito"], in: root)
        let outcomes = try killRepeatedly(
            // A fixed date: the record holds it, and the state after must be the same each time.
            [
                "decide", "I.2/1", "--adopt", "TS-ac", "--because", "Frase suprimida, conservada por ser exacta.",
                "--date", "2018-09-15",
            ],
            in: root, attempts: 10, seed: 0xDEC1DE, opens: ["variants"])
        #expect(outcomes.before + outcomes.after == 10)
    }

    @Test(
        "sigla import printed inside an edition, killed 6 times, never touches it",
        .enabled(if: SharedMaterial.seed != nil, "needs ../shared/seed/memorias.txt"))
    func killedImportPrinted() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let before = try EditionSnapshot(root: root)
        var random = SeededRandomNumberGenerator(seed: 0x1A9)
        for _ in 0..<6 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sigla.path)
            process.arguments = ["import", "printed", SharedMaterial.seed ?? ""]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...1_500_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try GitCLI(directory: root).run(["fsck", "--strict", "--no-progress"])
            #expect(try EditionSnapshot(root: root) == before)
        }
    }

    @Test("sigla demo (an edition built from its source material), killed 4 times: each commit whole")
    func killedDemoBuild() throws {
        let directory = try TemporaryDirectory()
        var random = SeededRandomNumberGenerator(seed: 0xDE30)
        for attempt in 0..<4 {
            let output = directory.path("out\(attempt)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sigla.path)
            process.arguments = ["demo", "--out", output, "--source", Self.memorias, "--no-pdf"]
            process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 200_000...4_000_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let root = output + "/memorias"
            let git = GitCLI(directory: root)
            // Killed before the first commit: no edition yet, and nothing claims to be one.
            guard (try? git.output(["rev-parse", "--verify", "-q", "HEAD"])) != nil else { continue }
            try sigla.expectSuccess(["log", "-C", root], in: directory.path)
            try git.run(["fsck", "--strict", "--no-progress"])
            #expect(try git.output(["status", "--porcelain"]) == "")
            // Every commit is a whole step: the first makes the edition, the next add witnesses, then decisions.
            let subjects = try git.output(["log", "--reverse", "--format=%s"]).split(separator: "\n")
            #expect(subjects.first?.hasPrefix("Begin edition:") == true)
        }
    }
}
