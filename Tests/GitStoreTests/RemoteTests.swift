import Foundation
import GitStore
import TestSupport
import Testing

/// Remotes with real repositories on disk: a bare remote made by `git init --bare`, clones
/// made by GitStore, every result checked with the git command-line tool.
@Suite("Remotes: add, list, clone, fetch, push")
struct RemoteTests {
    /// A bare repository made by git itself, whose `HEAD` names `master` (git's default
    /// without configuration), so nothing Sigla-specific is assumed of it.
    static func bareRemote(in directory: TemporaryDirectory, name: String = "remote.git") throws -> String {
        let path = directory.path(name)
        try GitCLI(directory: directory.path).run("init", "-q", "--bare", path)
        return path
    }

    /// A repository with one commit on `main`, pushed to `remote` as `origin`.
    static func publishedRepository(remote: String) throws -> RepositoryFixture {
        let fixture = try RepositoryFixture()
        try fixture.commit(["a.txt": "uno\n"], message: "First\n")
        try fixture.repository.addRemote(named: "origin", url: remote)
        let outcome = try fixture.repository.push(branch: "main", to: "origin")
        #expect(outcome == .updated(old: nil, new: try #require(try fixture.repository.headCommitID())))
        return fixture
    }

    @Test("addRemote and remotes agree with git remote -v; an unknown remote is nil")
    func addAndList() throws {
        let fixture = try RepositoryFixture()
        try fixture.repository.addRemote(named: "origin", url: "/srv/ed.git")
        try fixture.repository.addRemote(named: "ana", url: "https://example.org/ana/ed.git")
        let listed = try fixture.repository.remotes()
        #expect(
            listed == [
                RemoteInfo(name: "ana", url: "https://example.org/ana/ed.git"),
                RemoteInfo(name: "origin", url: "/srv/ed.git"),
            ])
        #expect(try fixture.gitOutput("remote") == "ana\norigin")
        #expect(try fixture.gitOutput("config", "remote.origin.fetch") == "+refs/heads/*:refs/remotes/origin/*")
        #expect(try fixture.repository.remote(named: "nobody") == nil)
        #expect(listed.map(\.isLocal) == [false, true])
        #expect(RemoteInfo(name: "x", url: "file:///srv/ed.git").isLocal)
        #expect(!RemoteInfo(name: "x", url: "git@example.org:ed.git").isLocal)
        #expect(RemoteInfo(name: "x", url: "../ed.git").isLocal)
        #expect(throws: GitError.self) { try fixture.repository.addRemote(named: "origin", url: "/elsewhere") }
    }

    @Test(
        "A push to a bare remote sends the branch; git log and git fsck in the remote agree",
        arguments: ["path", "file"])
    func pushToBare(form: String) throws {
        let directory = try TemporaryDirectory(prefix: "remote")
        let bare = try Self.bareRemote(in: directory)
        let fixture = try RepositoryFixture()
        let first = try fixture.commit(["a.txt": "uno\n"], message: "First\n")
        try fixture.repository.addRemote(named: "origin", url: form == "path" ? bare : "file://" + bare)

        #expect(try fixture.repository.push(branch: "main", to: "origin") == .updated(old: nil, new: first))
        let remote = GitCLI(directory: bare)
        #expect(try remote.output(["rev-parse", "refs/heads/main"]) == first.hex)
        // The remote's first branch became its HEAD, so that clones check it out.
        #expect(try remote.output(["symbolic-ref", "HEAD"]) == "refs/heads/main")
        #expect(try fixture.gitOutput("rev-parse", "refs/remotes/origin/main") == first.hex)

        let second = try fixture.commit(["b.txt": "dos\n"], message: "Second\n")
        #expect(try fixture.repository.push(branch: "main", to: "origin") == .updated(old: first, new: second))
        #expect(try fixture.repository.push(branch: "main", to: "origin") == .upToDate(second))
        #expect(try remote.output(["log", "--format=%s", "main"]) == "Second\nFirst")
        try remote.run("fsck", "--strict")
    }

    @Test("A push when the remote moved on is rejected and changes nothing there")
    func pushRejectedWhenBehind() throws {
        let directory = try TemporaryDirectory(prefix: "remote")
        let bare = try Self.bareRemote(in: directory)
        let ana = try Self.publishedRepository(remote: bare)
        let clone = try Repository.clone(from: bare, to: directory.path("luis"))
        let luis = GitCLI(directory: directory.path("luis"))
        try directory.write("luis change\n", to: "luis/l.txt")
        try luis.run("add", "l.txt")
        try luis.run("commit", "-q", "-m", "Luis")
        #expect(
            try clone.push(branch: "main", to: "origin")
                == .updated(old: try ana.repository.headCommitID(), new: try clone.headCommitID()!))

        let remoteTip = try GitCLI(directory: bare).output(["rev-parse", "main"])
        let anaSecond = try ana.commit(["a.txt": "uno y medio\n"], message: "Ana again\n")
        let outcome = try ana.repository.push(branch: "main", to: "origin")
        guard case .rejected(.remoteHasChanges(let branch, _)) = outcome else {
            Issue.record("expected a rejection, got \(outcome)")
            return
        }
        #expect(branch == "main")
        #expect(try GitCLI(directory: bare).output(["rev-parse", "main"]) == remoteTip)
        #expect(
            "\(PushRejection.remoteHasChanges(branch: "main", remoteTip: nil))".contains("fetch and merge them first"))

        // After fetching and merging, the push is a fast-forward and goes through.
        let updates = try ana.repository.fetch(remote: "origin")
        #expect(updates.map(\.name) == ["refs/remotes/origin/main"])
        let theirs = try ana.repository.resolve("refs/remotes/origin/main")
        #expect(theirs.hex == remoteTip)
        let tree = try ana.repository.treeByApplying(
            [.upsert(path: "l.txt", blob: try ana.repository.writeBlob(Data("luis change\n".utf8)))],
            to: try ana.repository.commit(anaSecond).tree)
        let merge = try ana.repository.createCommit(
            tree: tree, parents: [anaSecond, theirs], author: RepositoryFixture.signature(),
            committer: RepositoryFixture.signature(), message: "Merge\n")
        #expect(try ana.repository.push(branch: "main", to: "origin") == .updated(old: theirs, new: merge))
        #expect(try GitCLI(directory: bare).output(["rev-list", "--count", "main"]) == "4")
        try GitCLI(directory: bare).run("fsck", "--strict")
    }

    @Test(
        "Two pushes racing to one local remote: exactly one wins, the other is rejected, nothing is lost",
        arguments: 1...3)
    func racingPushes(round: Int) async throws {
        let directory = try TemporaryDirectory(prefix: "remote")
        let bare = try Self.bareRemote(in: directory)
        _ = try Self.publishedRepository(remote: bare)
        let paths = [directory.path("a"), directory.path("b")]
        for path in paths {
            _ = try Repository.clone(from: bare, to: path)
            try Data("\(path)\n".utf8).write(to: URL(fileURLWithPath: path + "/own.txt"))
            try GitCLI(directory: path).run("add", ".")
            try GitCLI(directory: path).run("commit", "-q", "-m", "Own change, round \(round)")
        }
        let outcomes = try await withThrowingTaskGroup(of: (String, PushOutcome).self) { group in
            for path in paths {
                group.addTask { (path, try Repository.open(at: path).push(branch: "main", to: "origin")) }
            }
            return try await group.reduce(into: [String: PushOutcome]()) { $0[$1.0] = $1.1 }
        }
        let winners = paths.filter { if case .updated = outcomes[$0] { true } else { false } }
        let losers = paths.filter { if case .rejected(.remoteHasChanges) = outcomes[$0] { true } else { false } }
        #expect(winners.count == 1 && losers.count == 1, "outcomes: \(outcomes)")
        let tip = try GitCLI(directory: bare).output(["rev-parse", "main"])
        #expect(try winners.map { try GitCLI(directory: $0).output(["rev-parse", "HEAD"]) } == [tip])
        try GitCLI(directory: bare).run("fsck", "--strict")
    }

    @Test(
        "Clone checks out the remote's branch, records origin, and leaves git status clean",
        arguments: ["path", "file"])
    func clone(form: String) throws {
        let directory = try TemporaryDirectory(prefix: "remote")
        let bare = try Self.bareRemote(in: directory)
        let source = try Self.publishedRepository(remote: bare)
        let url = form == "path" ? bare : "file://" + bare
        let clone = try Repository.clone(from: url, to: directory.path("clone"))
        #expect(try clone.headCommitID() == (try source.repository.headCommitID()))
        #expect(try clone.headBranchName() == "main")
        #expect(try clone.remotes() == [RemoteInfo(name: "origin", url: url)])
        #expect(directory.read("clone/a.txt") == "uno\n")
        let git = GitCLI(directory: directory.path("clone"))
        #expect(try git.output(["status", "--porcelain"]) == "")
        #expect(try git.output(["rev-parse", "--abbrev-ref", "main@{upstream}"]) == "origin/main")
        #expect(throws: GitError.self) {
            _ = try Repository.clone(from: directory.path("nowhere.git"), to: directory.path("x"))
        }
    }

    @Test("Clone of a remote whose HEAD names a missing branch checks out main, tracking origin/main")
    func cloneWithUnbornRemoteHead() throws {
        let directory = try TemporaryDirectory(prefix: "remote")
        let bare = try Self.bareRemote(in: directory)
        // Pushed by git itself: the remote's HEAD keeps naming master.
        let source = try RepositoryFixture()
        let tip = try source.commit(["a.txt": "uno\n"], message: "First\n")
        try source.git.run("push", "-q", bare, "main")
        #expect(try GitCLI(directory: bare).output(["symbolic-ref", "HEAD"]) == "refs/heads/master")

        let clone = try Repository.clone(from: bare, to: directory.path("clone"))
        #expect(try clone.headBranchName() == "main")
        #expect(try clone.headCommitID() == tip)
        let git = GitCLI(directory: directory.path("clone"))
        #expect(try git.output(["status", "--porcelain"]) == "")
        #expect(try git.output(["rev-parse", "--abbrev-ref", "main@{upstream}"]) == "origin/main")
    }
}
