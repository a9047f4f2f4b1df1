import Foundation
import Testing
import TestSupport

/// Every way `sigla init` and `sigla witness add` can be given bad input: one clear
/// message, a non-zero exit, and the edition exactly as it was.
@Suite("Bad input to init and witness add: a clear message, nothing changed")
struct EditionErrorTests {
    let sigla = try! SiglaBinary()

    /// An edition with one witness, and the directory around it.
    func makeEdition() throws -> (directory: TemporaryDirectory, root: String) {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(["init", root, "--title", "Memorias", "--editor", "Jean Rière <jean@example.org>"], in: directory.path)
        let ts = try directory.write("ts.txt", text: "Había resistido tenazmente al mal.\n")
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito"], in: root)
        return (directory, root)
    }

    /// Runs sigla expecting failure with `message` in its error output, and checks the
    /// edition did not change in any way.
    func expectFailure(
        _ arguments: [String], in root: String, status: Int32 = 1, message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try EditionSnapshot(root: root)
        let result = try sigla.run(arguments, in: root)
        #expect(result.status == status, "exit status", sourceLocation: sourceLocation)
        #expect(result.standardError.contains(message), "stderr was: \(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        #expect(try EditionSnapshot(root: root) == before, "the edition changed", sourceLocation: sourceLocation)
    }

    @Test("A missing, empty, non-UTF-8 or directory file is refused by name")
    func badFiles() throws {
        let (directory, root) = try makeEdition()
        let missing = directory.path + "/none.txt"
        try expectFailure(["witness", "add", "MS", missing, "--title", "M"], in: root, message: "\(missing): no such file")
        let empty = try directory.write("empty.txt", text: "")
        try expectFailure(["witness", "add", "MS", empty, "--title", "M"], in: root, message: "\(empty): the file is empty")
        let latin1 = try directory.write("latin1.txt", bytes: Array("Reservar ".utf8) + [0xE9] + Array("\n".utf8))
        try expectFailure(
            ["witness", "add", "MS", latin1, "--title", "M"], in: root,
            message: "\(latin1):1:10: not valid UTF-8 at byte offset 9")
        try expectFailure(["witness", "add", "MS", directory.path, "--title", "M"], in: root, message: "is a directory")
    }

    @Test("A duplicate siglum is refused")
    func duplicate() throws {
        let (directory, root) = try makeEdition()
        let file = try directory.write("other.txt", text: "Otro texto.\n")
        try expectFailure(
            ["witness", "add", "TS", file, "--title", "Otro"], in: root,
            message: "the edition already has a witness TS; choose another siglum")
    }

    @Test("An unsafe siglum is refused and no file is written outside the edition", arguments: [
        ("../x", "the siglum '../x' contains '.'"),
        ("a/b", "the siglum 'a/b' contains '/'"),
        ("", "the siglum is empty"),
        ("T S", "the siglum 'T S' contains a space"),
    ])
    func unsafeSiglum(siglum: String, message: String) throws {
        let (directory, root) = try makeEdition()
        let file = try directory.write("w.txt", text: "Texto.\n")
        try expectFailure(["witness", "add", siglum, file, "--title", "W"], in: root, message: message)
        #expect(!FileManager.default.fileExists(atPath: root + "/x.txt"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/x.txt"))
    }

    @Test("Outside an edition, commands say so")
    func outsideEdition() throws {
        let directory = try TemporaryDirectory()
        let result = try sigla.run(["witness", "list"], in: directory.path)
        #expect(result.status == 1)
        #expect(result.standardError.contains("not inside a Sigla edition"))
        #expect(result.standardError.contains("sigla init"))
    }

    @Test("A malformed sigla.yaml is reported with file, line and what is wrong")
    func malformedConfiguration() throws {
        let (directory, root) = try makeEdition()
        var yaml = try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "kind: other", with: "kind: papyrus")
        try yaml.write(toFile: root + "/sigla.yaml", atomically: true, encoding: .utf8)
        let lineNumber = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("papyrus") }.map { $0 + 1 } ?? 0
        try expectFailure(
            ["witness", "list"], in: root,
            message: "\(root)/sigla.yaml:\(lineNumber):")
        let result = try sigla.run(["witness", "list"], in: root)
        #expect(result.standardError.contains("'papyrus' is not one of: manuscript, typescript, print, edition, other"))
        let file = try directory.write("w.txt", text: "Texto.\n")
        try expectFailure(["witness", "add", "MS", file, "--title", "M"], in: root, message: "sigla.yaml:\(lineNumber):")
    }

    @Test("Uncommitted edits to the edition's files are not overwritten")
    func uncommittedEdits() throws {
        let (directory, root) = try makeEdition()
        var yaml = try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8)
        yaml += "notes: an edit by hand\n"
        try yaml.write(toFile: root + "/sigla.yaml", atomically: true, encoding: .utf8)
        let file = try directory.write("w.txt", text: "Texto.\n")
        try expectFailure(
            ["witness", "add", "MS", file, "--title", "M"], in: root,
            message: "the edition has changes that are not committed (sigla.yaml)")
    }

    @Test("While another sigla command holds the edition, a second one fails cleanly and can retry")
    func busyEdition() throws {
        let (directory, root) = try makeEdition()
        let lock = root + "/.git/sigla.lock"
        // This test process is alive: its pid in the lock stands for a running command.
        try "\(ProcessInfo.processInfo.processIdentifier) sigla decide\n".write(toFile: lock, atomically: true, encoding: .utf8)
        let file = try directory.write("w.txt", text: "Texto.\n")
        try expectFailure(
            ["witness", "add", "MS", file, "--title", "M"], in: root,
            message: "another sigla command (\(ProcessInfo.processInfo.processIdentifier) sigla decide) is changing this edition")
        try FileManager.default.removeItem(atPath: lock)
        try sigla.expectSuccess(["witness", "add", "MS", file, "--title", "M"], in: root)
    }

    @Test("A command that died after committing leaves a lock the next command recovers from")
    func recoversFromDeadCommand() throws {
        let (directory, root) = try makeEdition()
        let git = GitCLI(directory: root)
        // Simulate death between the commit and the checkout: HEAD has moved on, the
        // work tree and index have not, and the dead command's lock remains.
        let yaml = try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8)
        try (yaml + "notes: committed by a command that then died\n").write(
            toFile: root + "/sigla.yaml", atomically: true, encoding: .utf8)
        try git.run(["-c", "user.name=X", "-c", "user.email=x@y.z", "commit", "-qam", "Died after this"])
        try git.run(["reset", "-q", "--mixed", "HEAD~1"])
        try git.run(["checkout", "-q", "--", "sigla.yaml"])
        try git.run(["update-ref", "HEAD", "HEAD@{1}"])
        #expect(try git.output(["status", "--porcelain"]) != "")
        try "999999 sigla witness add\n".write(toFile: root + "/.git/sigla.lock", atomically: true, encoding: .utf8)

        let file = try directory.write("w.txt", text: "Texto.\n")
        try sigla.expectSuccess(["witness", "add", "MS", file, "--title", "M"], in: root)
        #expect(try git.output(["status", "--porcelain"]) == "")
        #expect(try git.output(["log", "--format=%s", "-2"]) == "Add witness MS: M\nDied after this")
        #expect(try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8).contains("committed by a command that then died"))
        #expect(!FileManager.default.fileExists(atPath: root + "/.git/sigla.lock"))
    }

    @Test("A command killed while git wrote the index or moved the branch leaves git's locks; the next command removes them")
    func recoversGitLocksOfDeadCommand() throws {
        let (directory, root) = try makeEdition()
        let git = GitCLI(directory: root)
        // A lock older than the dead command's is not its own: it stays.
        try "".write(toFile: root + "/.git/packed-refs.lock", atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: root + "/.git/packed-refs.lock")
        try "999999 sigla decide\n".write(toFile: root + "/.git/sigla.lock", atomically: false, encoding: .utf8)
        let branch = try git.output(["symbolic-ref", "HEAD"])
        for lock in ["index.lock", "HEAD.lock", branch + ".lock"] {
            try "".write(toFile: root + "/.git/" + lock, atomically: false, encoding: .utf8)
        }

        let file = try directory.write("w.txt", text: "Texto.\n")
        try sigla.expectSuccess(["witness", "add", "MS", file, "--title", "M"], in: root)
        #expect(try git.output(["log", "--format=%s", "-1"]) == "Add witness MS: M")
        #expect(try git.output(["status", "--porcelain"]) == "")
        for lock in ["sigla.lock", "index.lock", "HEAD.lock", branch + ".lock"] {
            #expect(!FileManager.default.fileExists(atPath: root + "/.git/" + lock), "\(lock) is left")
        }
        #expect(FileManager.default.fileExists(atPath: root + "/.git/packed-refs.lock"))
    }

    @Test("An edition whose files point outside it is not followed out")
    func hostileEdition() throws {
        let (directory, root) = try makeEdition()
        let secret = try directory.write("secret.txt", text: "SECRETO\n")
        var yaml = try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "file: witnesses/TS.txt", with: "file: ../secret.txt")
        try yaml.write(toFile: root + "/sigla.yaml", atomically: true, encoding: .utf8)
        let git = GitCLI(directory: root)
        try git.run(["-c", "user.name=X", "-c", "user.email=x@y.z", "commit", "-qam", "Point out of the edition"])
        let shown = try sigla.run(["witness", "show", "TS"], in: root)
        #expect(shown.status == 1)
        #expect(shown.standardError.contains("names the file '../secret.txt', which is not inside the edition"))
        #expect(!shown.standardOutput.contains("SECRETO") && !shown.standardError.contains("SECRETO"))

        // A sigla.yaml that is a link to a file elsewhere is refused, not read.
        try FileManager.default.removeItem(atPath: root + "/sigla.yaml")
        try FileManager.default.createSymbolicLink(atPath: root + "/sigla.yaml", withDestinationPath: secret)
        let linked = try sigla.run(["witness", "list"], in: root)
        #expect(linked.status == 1)
        #expect(linked.standardError.contains("is a symbolic link"))
        #expect(!linked.standardError.contains("SECRETO"))
    }

    @Test("init refuses a non-empty directory or an existing repository, and needs an editor")
    func initErrors() throws {
        let (directory, root) = try makeEdition()
        let again = try sigla.run(["init", root, "--title", "Otra", "--editor", "A <a@b.c>"], in: directory.path)
        #expect(again.status == 1)
        #expect(again.standardError.contains("is already a git repository"))

        let occupied = directory.path + "/occupied"
        try FileManager.default.createDirectory(atPath: occupied, withIntermediateDirectories: true)
        _ = try directory.write("occupied/notes.txt", text: "mine\n")
        let nonEmpty = try sigla.run(["init", occupied, "--title", "Otra", "--editor", "A <a@b.c>"], in: directory.path)
        #expect(nonEmpty.status == 1)
        #expect(nonEmpty.standardError.contains("is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: occupied) == ["notes.txt"])

        let fresh = directory.path + "/fresh"
        let noEditor = try sigla.run(["init", fresh, "--title", "Otra"], in: directory.path)
        #expect(noEditor.status == 1)
        #expect(noEditor.standardError.contains("who is the editor?"))
        #expect(!FileManager.default.fileExists(atPath: fresh), "a failed init leaves nothing behind")
    }

    @Test("Usage errors exit with status 2")
    func usageErrors() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let noTitle = try sigla.run(["witness", "add", "MS", "x.txt"], in: root)
        #expect(noTitle.status == 2)
        let badEditor = try sigla.run(["init", "x", "--title", "T", "--editor", "nobody"], in: root)
        #expect(badEditor.standardError.contains("does not name an editor"))
        #expect(badEditor.status == 2)
    }
}

/// Everything about an edition a command could change: HEAD, refs, the index and work
/// tree (through git status, untracked and ignored files included), every file's bytes,
/// and the lock. (Not Sigla's analysis cache in .git/sigla-cache, which any command may
/// refresh.)
struct EditionSnapshot: Equatable {
    var head: String
    var references: String
    var status: String
    var files: [String: Data]

    init(root: String) throws {
        let git = GitCLI(directory: root)
        head = try git.output(["rev-parse", "HEAD"])
        references = try git.output(["for-each-ref"])
        status = try git.output(["status", "--porcelain", "--ignored", "--untracked-files=all"])
        files = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            // Objects are content-addressed (a failed command may leave unreachable ones,
            // which change nothing); the analysis cache is not part of the edition.
            if path.hasPrefix(".git/objects") || path.hasPrefix(".git/sigla-cache") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
    }
}
