import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Writing and reading commits")
struct CommitTests {
    static func decisionMessage() throws -> CommitMessage {
        try CommitMessage(
            subject: "Restore struck passage at 1.42 from TS (ante correctionem)",
            body: """
                Todo este pasaje está tachado con lápiz negro y lleva al margen: Reservar.
                Lo mantenemos dada su importancia psicológica.
                """,
            trailers: [
                Trailer(key: "Location", value: "1.42"),
                Trailer(key: "Adopted", value: "TS-ac"),
                Trailer(key: "Rejected", value: "TS-pc"),
                Trailer(key: "Category", value: "restoration"),
                Trailer(key: "Sign", value: "brackets"),
            ])
    }

    @Test("git reads back the message, its trailers, author, committer, dates and time zones")
    func readBackByGit() throws {
        let fixture = try RepositoryFixture()
        let decision = try Self.decisionMessage()
        let author = RepositoryFixture.signature(
            "Ana Pérez", email: "ana@example.org", seconds: 3_600, offsetMinutes: 60)
        let committer = RepositoryFixture.signature(
            "Bea Ruiz", email: "bea@example.org", seconds: 7_261, offsetMinutes: -330)
        let id = try fixture.commit(
            ["text/1.txt": "Primera frase.\nSegunda frase.\n"], message: decision.rendered, author: author,
            committer: committer)

        #expect(try fixture.gitOutput("rev-parse", "HEAD") == id.hex)
        #expect(try fixture.git.run("log", "-1", "--format=%B") == decision.rendered + "\n")
        let parsedByGit = try fixture.git.run("interpret-trailers", "--parse", input: decision.rendered)
        #expect(
            parsedByGit == "Location: 1.42\nAdopted: TS-ac\nRejected: TS-pc\nCategory: restoration\nSign: brackets\n")
        #expect(
            try fixture.gitOutput("log", "-1", "--format=%an|%ae|%at|%cn|%ce|%ct")
                == "Ana Pérez|ana@example.org|1704070800|Bea Ruiz|bea@example.org|1704074461")
        #expect(
            try fixture.gitOutput("log", "-1", "--format=%ai|%ci")
                == "2024-01-01 02:00:00 +0100|2023-12-31 20:31:01 -0530")
        #expect(try fixture.gitOutput("log", "-1", "--format=%s") == decision.subject)
        #expect(try fixture.gitOutput("log", "-1", "--format=%(trailers:key=Location,valueonly)") == "1.42")
    }

    @Test("the repository passes git fsck --strict after commits, notes and references")
    func fsckClean() throws {
        let fixture = try RepositoryFixture()
        let decision = try Self.decisionMessage()
        let first = try fixture.commit(["text/1.txt": "a\n", "sigla.yaml": "title: x\n"], message: "Start\n")
        try fixture.commit(["text/1.txt": "b\n", "text/2.txt": "c\n"], message: decision.rendered)
        try fixture.commit(["sigla.yaml": nil], message: "Remove configuration\n")
        try fixture.repository.setNote("Checked.\n", on: first, author: RepositoryFixture.signature())
        try fixture.repository.setReference(named: "refs/sigla/base", to: first, message: "base")
        let report = try fixture.git.run("fsck", "--strict", "--no-dangling")
        #expect(report.isEmpty)
    }

    @Test("commit(_:) reads back what createCommit wrote")
    func readBackByGitStore() throws {
        let fixture = try RepositoryFixture()
        let decision = try Self.decisionMessage()
        let author = RepositoryFixture.signature("Ana Pérez", seconds: 10, offsetMinutes: 120)
        let committer = RepositoryFixture.signature("Bea Ruiz", seconds: 20, offsetMinutes: -300)
        let first = try fixture.commit(["a.txt": "one\n"], message: "First\n")
        let second = try fixture.commit(
            ["a.txt": "two\n"], message: decision.rendered, author: author, committer: committer)

        let commit = try fixture.repository.commit(second)
        #expect(commit.id == second)
        #expect(commit.parents == [first])
        #expect(commit.tree.hex == (try fixture.gitOutput("rev-parse", "HEAD^{tree}")))
        #expect(commit.author == author)
        #expect(commit.committer == committer)
        #expect(commit.message == decision.rendered)
        #expect(commit.summary == decision.subject)
        #expect(commit.body == decision.body)
        #expect(commit.trailers == decision.trailers)
        #expect(try fixture.repository.commit(first).parents.isEmpty)
    }

    @Test("a commit updating HEAD from a stale parent fails clearly and leaves HEAD where it was")
    func staleParent() throws {
        let fixture = try RepositoryFixture()
        let first = try fixture.commit(["a.txt": "one\n"])
        let second = try fixture.commit(["a.txt": "two\n"])
        let tree = try fixture.repository.treeByApplying(
            [.upsert(path: "a.txt", blob: try fixture.repository.writeBlob(Data("three\n".utf8)))],
            to: try fixture.repository.commit(first).tree)

        let error = try #require(throws: GitError.self) {
            try fixture.repository.createCommit(
                tree: tree, parents: [first], author: RepositoryFixture.signature(),
                committer: RepositoryFixture.signature(), message: "Late decision\n")
        }
        #expect(error.isConcurrentModification)
        #expect(error.operation == "git_commit_create")
        #expect(error.message.contains("first parent"))
        #expect(try fixture.repository.headCommitID() == second)
        #expect(try fixture.gitOutput("rev-parse", "HEAD") == second.hex)

        // Without a reference to update, the same commit is simply written.
        let loose = try fixture.repository.createCommit(
            tree: tree, parents: [first], author: RepositoryFixture.signature(),
            committer: RepositoryFixture.signature(), message: "Late decision\n", updatingReference: nil)
        #expect(try fixture.gitOutput("cat-file", "-t", loose.hex) == "commit")
        #expect(try fixture.repository.headCommitID() == second)
    }

    @Test(
        "names and e-mails git could not read back are refused before anything is written",
        arguments: [("Ana <x>", "ana@example.org"), ("Ana\nPérez", "ana@example.org"), ("Ana", "a\0b@x"), ("", "a@x")])
    func invalidSignature(name: String, email: String) throws {
        let fixture = try RepositoryFixture()
        let tree = try fixture.repository.treeByApplying([], to: nil)
        let bad = RepositoryFixture.signature(name, email: email)
        #expect(throws: GitArgumentError.self) {
            try fixture.repository.createCommit(tree: tree, parents: [], author: bad, committer: bad, message: "x\n")
        }
        #expect(throws: GitArgumentError.self) {
            try fixture.repository.createCommit(
                tree: tree, parents: [], author: RepositoryFixture.signature(), committer: bad, message: "x\n")
        }
        #expect(try fixture.repository.headCommitID() == nil)
        #expect(try fixture.git.run("fsck", "--strict", "--no-dangling").isEmpty)
    }

    @Test("spaces around name and e-mail are dropped, as git does, so a signature reads back equal")
    func trimmedSignature() throws {
        let fixture = try RepositoryFixture()
        let padded = RepositoryFixture.signature("  Ana Pérez ", email: " ana@example.org ")
        #expect(padded.name == "Ana Pérez")
        let id = try fixture.commit(["a.txt": "a\n"], author: padded)
        #expect(try fixture.repository.commit(id).author == padded)
    }

    @Test("a message with a NUL character is refused rather than cut short")
    func nulInMessage() throws {
        let fixture = try RepositoryFixture()
        let tree = try fixture.repository.treeByApplying([], to: nil)
        let signature = RepositoryFixture.signature()
        #expect(throws: GitArgumentError.nulCharacter(in: "commit message")) {
            try fixture.repository.createCommit(
                tree: tree, parents: [], author: signature, committer: signature, message: "x\0y\n")
        }
    }
}
