import Foundation
import GitStore
import TestSupport
import Testing

/// The network path: libgit2's own transports (here `git://`, served by `git daemon` on
/// the loopback interface), for clone, fetch and push, and a push refused when behind.
@Suite("Remotes over the network (git daemon)", .enabled(if: GitDaemon.isAvailable, "needs git-daemon"))
struct NetworkRemoteTests {
    @Test("Clone, push, a push refused when behind, fetch — through git://")
    func gitProtocol() throws {
        let directory = try TemporaryDirectory(prefix: "remote-net")
        try GitCLI(directory: directory.path).run("init", "-q", "--bare", "served/remote.git")
        let seed = try RepositoryFixture()
        let first = try seed.commit(["a.txt": "uno\n"], message: "First\n")
        try seed.git.run("push", "-q", directory.path("served/remote.git"), "main")
        try GitCLI(directory: directory.path("served/remote.git")).run("symbolic-ref", "HEAD", "refs/heads/main")

        let daemon = try GitDaemon(basePath: directory.path("served"))
        defer { daemon.stop() }
        let url = daemon.url(of: "remote.git")

        let ana = try Repository.clone(from: url, to: directory.path("ana"))
        #expect(try ana.headCommitID() == first)
        #expect(try ana.remotes() == [RemoteInfo(name: "origin", url: url)])
        #expect(!RemoteInfo(name: "origin", url: url).isLocal)

        let luis = try Repository.clone(from: url, to: directory.path("luis"))
        let anaGit = GitCLI(directory: directory.path("ana"))
        try directory.write("ana\n", to: "ana/b.txt")
        try anaGit.run("add", ".")
        try anaGit.run("commit", "-q", "-m", "Ana")
        let anaTip = try #require(try ana.headCommitID())
        #expect(try ana.push(branch: "main", to: "origin") == .updated(old: first, new: anaTip))
        #expect(try GitCLI(directory: directory.path("served/remote.git")).output(["rev-parse", "main"]) == anaTip.hex)
        #expect(try ana.push(branch: "main", to: "origin") == .upToDate(anaTip))

        let luisGit = GitCLI(directory: directory.path("luis"))
        try directory.write("luis\n", to: "luis/c.txt")
        try luisGit.run("add", ".")
        try luisGit.run("commit", "-q", "-m", "Luis")
        guard case .rejected(.remoteHasChanges) = try luis.push(branch: "main", to: "origin") else {
            Issue.record("a push behind the remote must be rejected")
            return
        }
        #expect(try GitCLI(directory: directory.path("served/remote.git")).output(["rev-parse", "main"]) == anaTip.hex)
        let updates = try luis.fetch(remote: "origin")
        #expect(updates.contains(ReferenceUpdate(name: "refs/remotes/origin/main", old: first, new: anaTip)))
        #expect(try luis.resolve("refs/remotes/origin/main") == anaTip)
    }
}

struct DaemonError: Error, CustomStringConvertible {
    var description: String { "git daemon did not start on any of the ports tried" }
}

/// `git daemon` serving a folder on a free loopback port, for the length of a test.
final class GitDaemon {
    let port: Int
    private let process: Process

    static let executable = "/usr/lib/git-core/git-daemon"

    static var isAvailable: Bool {
        GitCLI.isAvailable && FileManager.default.isExecutableFile(atPath: executable)
    }

    /// Starts the daemon (trying a few ports) and waits until it answers.
    init(basePath: String) throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            let port = Int.random(in: 20_000..<60_000, using: &random)
            let process = Process()
            // The daemon itself, not the `git` wrapper, so that terminating it stops it.
            process.executableURL = URL(fileURLWithPath: Self.executable)
            process.arguments = [
                "--reuseaddr", "--export-all", "--enable=receive-pack", "--listen=127.0.0.1",
                "--port=\(port)", "--base-path=\(basePath)", basePath,
            ]
            process.environment = [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                "HOME": basePath, "GIT_CONFIG_NOSYSTEM": "1",
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<50 {
                if (try? GitCLI(directory: basePath).run("ls-remote", "git://127.0.0.1:\(port)/remote.git")) != nil {
                    self.port = port
                    self.process = process
                    return
                }
                if !process.isRunning { break }
                usleep(100_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        throw DaemonError()
    }

    func url(of repository: String) -> String {
        "git://127.0.0.1:\(port)/\(repository)"
    }

    func stop() {
        // git daemon does not always stop on SIGTERM while it reaps its children.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
