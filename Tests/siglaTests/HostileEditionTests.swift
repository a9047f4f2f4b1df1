import Foundation
import TestSupport
import Testing

/// An edition someone else prepared to hurt: paths and links leading out of it, names made
/// to escape, files too large or in the wrong encoding. Nothing outside the edition is
/// read or written, nothing is recorded, and the message names the file.
@Suite("A hostile edition or input file: nothing leaks out, nothing is written outside")
struct HostileEditionTests {
    let sigla = try! SiglaBinary()
    static let editor = "Jean Rière <jean@example.org>"

    func makeEdition() throws -> (directory: TemporaryDirectory, root: String) {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(["init", root, "--title", "Memorias", "--editor", Self.editor], in: directory.path)
        let ts = try directory.write("TS.txt", text: DecisionCommandTests.typescript)
        try sigla.expectSuccess(["witness", "add", "TS", ts, "--title", "Mecanoscrito"], in: root)
        return (directory, root)
    }

    func commitAll(_ root: String, _ message: String) throws {
        try GitCLI(directory: root).run(["-c", "user.name=X", "-c", "user.email=x@y.z", "add", "-A"])
        try GitCLI(directory: root).run(["-c", "user.name=X", "-c", "user.email=x@y.z", "commit", "-qm", message])
    }

    @Test("A witness path in sigla.yaml that is absolute is refused, not read")
    func absoluteWitnessPath() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let secret = try directory.write("secret.txt", text: "SECRETO\n")
        var yaml = try String(contentsOfFile: root + "/sigla.yaml", encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "file: witnesses/TS.txt", with: "file: \(secret)")
        try yaml.write(toFile: root + "/sigla.yaml", atomically: true, encoding: .utf8)
        try commitAll(root, "Point out of the edition")
        let shown = try sigla.run(["witness", "show", "TS"], in: root)
        #expect(shown.status == 1)
        #expect(shown.standardError.contains("sigla.yaml names the file '\(secret)', which is not inside the edition"))
        #expect(!shown.standardOutput.contains("SECRETO") && !shown.standardError.contains("SECRETO"))
    }

    @Test("A witness committed as a symbolic link to a file outside is not followed")
    func linkedWitness() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let secret = try directory.write("secret.txt", text: "SECRETO\n")
        try FileManager.default.removeItem(atPath: root + "/witnesses/TS.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/witnesses/TS.txt", withDestinationPath: secret)
        try commitAll(root, "Replace the witness by a link")
        for arguments in [["witness", "show", "TS"], ["variants"], ["export", "--format", "text"]] {
            let result = try sigla.run(arguments, in: root)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardError.contains("witnesses/TS.txt"), "\(arguments): \(result.standardError)")
            #expect(!result.standardOutput.contains("SECRETO") && !result.standardError.contains("SECRETO"))
        }
    }

    @Test("A folder of the edition committed as a link to a folder outside: a decision writes nothing there")
    func linkedFolder() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let outside = directory.path("outside")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.removeItem(atPath: root + "/apparatus")
        try FileManager.default.createSymbolicLink(atPath: root + "/apparatus", withDestinationPath: outside)
        try commitAll(root, "apparatus is a link")
        _ = try sigla.run(
            ["decide", "I.2/1", "--adopt", "TS-ac", "--because", "Frase conservada.", "--date", "2018-09-15"], in: root)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        try GitCLI(directory: root).run(["fsck", "--strict", "--no-progress"])
    }

    @Test(
        "A siglum made to escape the edition is refused and nothing is recorded",
        arguments: [
            "../x", "/etc/x", "a/b", "..", ".git", "TS\u{0}", "witnesses/../../x",
        ])
    func escapingSiglum(siglum: String) throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let file = try directory.write("w.txt", text: "Texto.\n")
        let before = try EditionSnapshot(root: root)
        let result = try sigla.run(["witness", "add", siglum, file, "--title", "X"], in: root)
        #expect(result.status != 0)
        #expect(result.standardError.contains("siglum"), "\(result.standardError)")
        #expect(try EditionSnapshot(root: root) == before)
        #expect(!FileManager.default.fileExists(atPath: directory.path("x")))
    }

    @Test("A 1 GB transcription is refused by its size, at once, naming the file; nothing is recorded")
    func gigabyteWitness() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let path = directory.path("huge.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("Reservar.".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let before = try EditionSnapshot(root: root)
        let result = try sigla.run(["witness", "add", "MS", path, "--title", "Manuscrito"], in: root)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(path): the file is 1024 MB; Sigla reads files up to 256 MB"))
        #expect(try EditionSnapshot(root: root) == before)
        // The same for every command that reads a file.
        let collated = try sigla.run(["collate", path, path], in: directory.path)
        #expect(collated.standardError.contains("\(path): the file is 1024 MB"))
    }

    @Test("UTF-16 and Latin-1 transcriptions are refused with the file, and the place for Latin-1")
    func wrongEncodings() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let utf16 = try directory.write(
            "utf16.txt", bytes: [0xFF, 0xFE] + Array("Texto".utf16).flatMap { [UInt8($0), 0] })
        let latin1 = try directory.write(
            "latin1.txt", bytes: Array("Primera.\nSegunda l".utf8) + [0xED] + Array("nea.\n".utf8))
        let first = try sigla.run(["witness", "add", "MS", utf16, "--title", "M"], in: root)
        #expect(first.standardError.contains("\(utf16): the file is UTF-16"))
        let second = try sigla.run(["witness", "add", "MS", latin1, "--title", "M"], in: root)
        #expect(second.standardError.contains("\(latin1):2:10: not valid UTF-8 at byte offset 18"))
    }
}
