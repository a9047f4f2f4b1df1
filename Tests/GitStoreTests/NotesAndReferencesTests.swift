import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Notes and references")
struct NotesAndReferencesTests {
    @Test("a note set by GitStore is shown by git notes show, and read back; overwrite is explicit")
    func notes() throws {
        let fixture = try RepositoryFixture()
        let commit = try fixture.commit(["a.txt": "a\n"])
        let repository = fixture.repository
        #expect(try repository.note(on: commit) == nil)

        try repository.setNote("Revisado con el original.\n", on: commit, author: RepositoryFixture.signature())
        #expect(try fixture.git.run("notes", "show", commit.hex) == "Revisado con el original.\n")
        #expect(try repository.note(on: commit) == "Revisado con el original.\n")

        let refused = try #require(throws: GitError.self) {
            try repository.setNote("Other.\n", on: commit, author: RepositoryFixture.signature(), overwrite: false)
        }
        #expect(refused.isAlreadyExisting)
        try repository.setNote("Second thoughts.\n", on: commit, author: RepositoryFixture.signature())
        #expect(try fixture.git.run("notes", "show", commit.hex) == "Second thoughts.\n")
    }

    @Test("notes under another notes reference stay separate")
    func otherNotesReference() throws {
        let fixture = try RepositoryFixture()
        let commit = try fixture.commit(["a.txt": "a\n"])
        try fixture.repository.setNote(
            "Location: 1.42\n", on: commit, author: RepositoryFixture.signature(), notesReference: "refs/notes/sigla")
        #expect(try fixture.repository.note(on: commit) == nil)
        #expect(try fixture.repository.note(on: commit, notesReference: "refs/notes/sigla") == "Location: 1.42\n")
        #expect(try fixture.git.run("notes", "--ref=sigla", "show", commit.hex) == "Location: 1.42\n")
        let notesAuthor = try fixture.gitOutput("log", "-1", "--format=%an", "refs/notes/sigla")
        #expect(notesAuthor == RepositoryFixture.signature().name)
    }

    @Test("references are set, listed by glob, read, and deleted, as git sees them")
    func references() throws {
        let fixture = try RepositoryFixture()
        let repository = fixture.repository
        let first = try fixture.commit(["a.txt": "a\n"])
        let second = try fixture.commit(["a.txt": "b\n"])

        try repository.setReference(named: "refs/sigla/base", to: first, message: "set base")
        try repository.setReference(named: "refs/sigla/review/ana", to: second, message: "review")
        #expect(try fixture.gitOutput("rev-parse", "refs/sigla/base") == first.hex)
        #expect(
            try fixture.gitOutput("for-each-ref", "--format=%(refname) %(objectname)", "refs/sigla")
                == "refs/sigla/base \(first.hex)\nrefs/sigla/review/ana \(second.hex)")
        #expect(
            try repository.references(matching: "refs/sigla/*")
                == [
                    ReferenceInfo(name: "refs/sigla/base", target: first),
                    ReferenceInfo(name: "refs/sigla/review/ana", target: second),
                ])
        #expect(
            try repository.reference(named: "refs/sigla/base") == ReferenceInfo(name: "refs/sigla/base", target: first))
        #expect(try repository.reference(named: "refs/sigla/none") == nil)
        #expect(
            try repository.reference(named: "HEAD")
                == ReferenceInfo(name: "HEAD", target: second, symbolicTarget: "refs/heads/main"))

        let exists = try #require(throws: GitError.self) {
            try repository.setReference(named: "refs/sigla/base", to: second, message: "again", force: false)
        }
        #expect(exists.isAlreadyExisting)
        try repository.setReference(named: "refs/sigla/base", to: second, message: "move base")
        #expect(try fixture.gitOutput("rev-parse", "refs/sigla/base") == second.hex)
        // git keeps reflogs for branches (core.logAllRefUpdates), so the message shows there.
        try repository.setReference(named: "refs/heads/review", to: first, message: "start review")
        try repository.setReference(named: "refs/heads/review", to: second, message: "advance review")
        #expect(
            try fixture.gitOutput("reflog", "show", "--format=%gs", "refs/heads/review")
                == "advance review\nstart review")

        try repository.deleteReference(named: "refs/sigla/base")
        #expect(try repository.reference(named: "refs/sigla/base") == nil)
        #expect(try fixture.gitOutput("for-each-ref", "--format=%(refname)", "refs/sigla") == "refs/sigla/review/ana")
        try repository.deleteReference(named: "refs/sigla/base")  // already gone: nothing to do
        let invalid = try #require(throws: GitError.self) {
            try repository.setReference(named: "refs/bad..name", to: first, message: "x")
        }
        #expect(invalid.message.contains("refs/bad..name"))
    }

    @Test("HEAD on an unborn branch is a symbolic reference without a target")
    func unbornHead() throws {
        let fixture = try RepositoryFixture()
        #expect(
            try fixture.repository.reference(named: "HEAD")
                == ReferenceInfo(name: "HEAD", target: nil, symbolicTarget: "refs/heads/main"))
        #expect(try fixture.repository.references(matching: "refs/*").isEmpty)
    }
}
