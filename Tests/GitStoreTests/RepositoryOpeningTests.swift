import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Creating, opening and discovering repositories")
struct RepositoryOpeningTests {
    @Test("initialize puts HEAD on an unborn main branch, whatever the user's configuration")
    func initializeOnMain() throws {
        let fixture = try RepositoryFixture()
        #expect(try fixture.gitOutput("symbolic-ref", "HEAD") == "refs/heads/main")
        #expect(try fixture.repository.headBranchName() == "main")
        #expect(try fixture.repository.headCommitID() == nil)
        #expect(try fixture.gitOutput("rev-parse", "--is-bare-repository") == "false")
    }

    @Test("initialize honours another initial branch and creates missing folders")
    func initializeOtherBranch() throws {
        try GitLibrary.isolateFromUserConfiguration()
        let directory = try TemporaryDirectory()
        let path = directory.path("deep/er/edition")
        let repository = try Repository.initialize(at: path, initialBranch: "trunk")
        #expect(try repository.headBranchName() == "trunk")
        #expect(try GitCLI(directory: path).run("symbolic-ref", "HEAD") == "refs/heads/trunk\n")
        #expect(repository.workTreePath == path)
        #expect(repository.gitDirectoryPath == path + "/.git")
    }

    @Test("open gives the same repository from its root, and refuses a plain folder with libgit2's message")
    func openExactPath() throws {
        let fixture = try RepositoryFixture()
        let reopened = try Repository.open(at: fixture.directory.path)
        #expect(reopened.workTreePath == fixture.directory.path)

        try FileManager.default.createDirectory(
            atPath: fixture.directory.path("sub"), withIntermediateDirectories: true)
        let plain = try TemporaryDirectory()
        for path in [plain.path, plain.path("missing"), fixture.directory.path("sub")] {
            let error = try #require(throws: GitError.self) { try Repository.open(at: path) }
            #expect(error.operation == "git_repository_open")
            #expect(error.code < 0)
            #expect(error.message.contains(path))
            #expect(error.description.contains(error.message))
        }
    }

    @Test("discover finds the work tree root from a nested folder, nil outside any repository")
    func discover() throws {
        let fixture = try RepositoryFixture()
        let nested = fixture.directory.path("text/chapters")
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        #expect(try Repository.discover(startingAt: nested) == fixture.directory.path)
        #expect(try Repository.discover(startingAt: fixture.directory.path) == fixture.directory.path)

        let outside = try TemporaryDirectory()
        #expect(try Repository.discover(startingAt: outside.path) == nil)
    }

    @Test("HEAD names its branch until it is detached")
    func detachedHead() throws {
        let fixture = try RepositoryFixture()
        let first = try fixture.commit(["a.txt": "one\n"])
        #expect(try fixture.repository.headCommitID() == first)
        try fixture.git.run("checkout", "--quiet", "--detach")
        #expect(try fixture.repository.headBranchName() == nil)
        #expect(try fixture.repository.headCommitID() == first)
    }

    @Test("defaultSignature reads user.name and user.email from the repository's configuration")
    func defaultSignature() throws {
        let fixture = try RepositoryFixture()
        #expect(try fixture.repository.defaultSignature() == nil)
        try fixture.git.run("config", "user.name", "Bea Ruiz")
        try fixture.git.run("config", "user.email", "bea@example.org")
        let reopened = try Repository.open(at: fixture.directory.path)
        let signature = try #require(try reopened.defaultSignature())
        #expect(signature.name == "Bea Ruiz")
        #expect(signature.email == "bea@example.org")
        #expect(abs(signature.date.timeIntervalSinceNow) < 60)
    }
}
