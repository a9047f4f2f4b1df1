import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Keeping the work tree and index in step with HEAD")
struct WorkTreeTests {
    @Test(
        "after commit and checkoutHead of the changed paths, git status is clean: added, changed, removed files",
        arguments: [false, true])
    func cleanAfterCommits(baselineIsParent: Bool) throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(
            ["sigla.yaml": "title: x\n", "text/1.txt": "a\n", "text/old/2.txt": "b\n"],
            baselineIsParent: baselineIsParent)
        #expect(try fixture.gitOutput("status", "--porcelain", "--untracked-files=all").isEmpty)
        #expect(fixture.directory.read("text/1.txt") == "a\n")

        try fixture.commit(
            ["text/1.txt": "a2\n", "text/old/2.txt": nil, "text/new/3.txt": "c\n"], baselineIsParent: baselineIsParent)
        #expect(try fixture.gitOutput("status", "--porcelain", "--untracked-files=all").isEmpty)
        #expect(fixture.directory.read("text/1.txt") == "a2\n")
        #expect(fixture.directory.read("text/new/3.txt") == "c\n")
        #expect(!fixture.directory.exists("text/old/2.txt"))
        #expect(!fixture.directory.exists("text/old"))
        #expect(try fixture.repository.status().isEmpty)
        #expect(try fixture.gitOutput("diff", "--cached", "--name-only").isEmpty)
    }

    @Test("without checkoutHead the commit's changes show as reverted in git status")
    func dirtyWithoutCheckout() throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(["a.txt": "one\n"])
        let repository = fixture.repository
        let head = try #require(try repository.headCommitID())
        let tree = try repository.treeByApplying(
            [.upsert(path: "a.txt", blob: try repository.writeBlob(Data("two\n".utf8)))],
            to: try repository.commit(head).tree)
        try repository.createCommit(
            tree: tree, parents: [head], author: RepositoryFixture.signature(),
            committer: RepositoryFixture.signature(),
            message: "Two\n")
        #expect(try !fixture.gitOutput("status", "--porcelain").isEmpty)
        #expect(try repository.status().map(\.path) == ["a.txt"])

        try repository.checkoutHead()
        #expect(try fixture.gitOutput("status", "--porcelain").isEmpty)
        #expect(fixture.directory.read("a.txt") == "two\n")
    }

    @Test("checkoutHead of some paths leaves other local edits and untracked files alone")
    func limitedCheckout() throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(["a.txt": "a\n", "b.txt": "b\n"])
        try fixture.directory.write("a-local\n", to: "a.txt")
        try fixture.directory.write("b-local\n", to: "b.txt")
        try fixture.directory.write("scratch\n", to: "notes/scratch.txt")
        try fixture.repository.checkoutHead(paths: ["a.txt"])
        #expect(fixture.directory.read("a.txt") == "a\n")
        #expect(fixture.directory.read("b.txt") == "b-local\n")
        #expect(fixture.directory.read("notes/scratch.txt") == "scratch\n")
        try fixture.repository.checkoutHead(paths: [])
        #expect(fixture.directory.read("b.txt") == "b-local\n")
    }

    @Test("status reports the same paths as git status, with flags telling staged, modified, untracked, deleted")
    func statusAgreesWithGit() throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(["staged.txt": "1\n", "modified.txt": "1\n", "deleted.txt": "1\n", "clean.txt": "1\n"])
        try fixture.directory.write("2\n", to: "staged.txt")
        try fixture.git.run("add", "staged.txt")
        try fixture.directory.write("2\n", to: "modified.txt")
        try FileManager.default.removeItem(atPath: fixture.directory.path("deleted.txt"))
        try fixture.directory.write("new\n", to: "dir/untracked.txt")

        let entries = try fixture.repository.status()
        let gitPaths = try fixture.gitOutput("status", "--porcelain", "--untracked-files=all")
            .split(separator: "\n").map { String($0.dropFirst(3)) }
        #expect(entries.map(\.path).sorted() == gitPaths.sorted())
        let byPath = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0) })
        #expect(byPath["staged.txt"]?.isStaged == true)
        #expect(byPath["staged.txt"]?.isModifiedInWorkTree == false)
        #expect(byPath["modified.txt"]?.isModifiedInWorkTree == true)
        #expect(byPath["modified.txt"]?.isStaged == false)
        #expect(byPath["deleted.txt"]?.isDeleted == true)
        #expect(byPath["dir/untracked.txt"]?.isUntracked == true)
        #expect(byPath["clean.txt"] == nil)
    }

    @Test("status of some paths reports only those paths, as git status -- paths does")
    func statusOfPaths() throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(["a.txt": "1\n", "dir/b.txt": "1\n", "c.txt": "1\n"])
        try fixture.directory.write("2\n", to: "a.txt")
        try fixture.directory.write("2\n", to: "dir/b.txt")
        try fixture.directory.write("new\n", to: "dir/new.txt")
        try fixture.directory.write("2\n", to: "c.txt")

        let asked = ["a.txt", "dir", "missing.txt"]
        let entries = try fixture.repository.status(paths: asked)
        let gitPaths = try fixture.git.run(["status", "--porcelain", "--untracked-files=all", "--"] + asked)
            .split(separator: "\n").map { String($0.dropFirst(3)) }
        #expect(entries.map(\.path) == ["a.txt", "dir/b.txt", "dir/new.txt"])
        #expect(entries.map(\.path).sorted() == gitPaths.sorted())
        #expect(try fixture.repository.status(paths: []).isEmpty)
        // A wildcard is a file name like any other, not a pattern.
        #expect(try fixture.repository.status(paths: ["*.txt"]).isEmpty)
    }
}
