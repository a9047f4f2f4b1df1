import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Building trees and reading files from commits")
struct TreeTests {
    @Test("treeByApplying on nothing creates nested folders that git lists with the right modes and blobs")
    func buildFromEmpty() throws {
        let fixture = try RepositoryFixture()
        let repository = fixture.repository
        let files = [
            "sigla.yaml": "title: Memorias\n", "text/1.txt": "Una frase.\n", "text/sub/2.txt": "Otra.\n",
            "a-b.txt": "dash\n", "a.txt": "dot\n", "a/x.txt": "folder\n",
        ]
        var changes = [TreeChange]()
        for (path, contents) in files {
            changes.append(.upsert(path: path, blob: try repository.writeBlob(Data(contents.utf8))))
        }
        let script = try repository.writeBlob(Data("#!/bin/sh\n".utf8))
        changes.append(.upsert(path: "tools/run.sh", blob: script, executable: true))
        let tree = try repository.treeByApplying(changes, to: nil)
        let commit = try repository.createCommit(
            tree: tree, parents: [], author: RepositoryFixture.signature(), committer: RepositoryFixture.signature(),
            message: "Start\n")

        var expected = [String]()
        for (path, contents) in files {
            let hash = try fixture.git.run(["hash-object", "--stdin"], input: contents).trimmingCharacters(
                in: .newlines)
            expected.append("100644 blob \(hash)\t\(path)")
        }
        expected.append("100755 blob \(script.hex)\ttools/run.sh")
        let listed = try fixture.gitOutput("ls-tree", "-r", commit.hex).split(separator: "\n").map(String.init)
        #expect(listed.sorted() == expected.sorted())
        #expect(try fixture.git.run("fsck", "--strict", "--no-dangling").isEmpty)

        let gitOrder = try fixture.gitOutput("ls-tree", "-r", "--name-only", commit.hex).split(separator: "\n").map(
            String.init)
        #expect(try repository.filePaths(commit: commit, under: nil) == gitOrder)
        #expect(try repository.filePaths(commit: commit, under: "text") == ["text/1.txt", "text/sub/2.txt"])
        #expect(try repository.filePaths(commit: commit, under: "missing").isEmpty)
        #expect(try repository.filePaths(commit: commit, under: "a.txt").isEmpty)

        #expect(try repository.fileData(at: "text/sub/2.txt", commit: commit) == Data("Otra.\n".utf8))
        #expect(try repository.fileData(at: "text/none.txt", commit: commit) == nil)
        #expect(try repository.fileData(at: "text", commit: commit) == nil)
    }

    @Test("removing the last file of a folder removes the folder")
    func removeEmptiesFolders() throws {
        let fixture = try RepositoryFixture()
        let repository = fixture.repository
        let blob = try repository.writeBlob(Data("x\n".utf8))
        let base = try repository.treeByApplying(
            [
                .upsert(path: "a/b/c.txt", blob: blob), .upsert(path: "a/d.txt", blob: blob),
                .upsert(path: "e.txt", blob: blob),
            ],
            to: nil)
        let withoutC = try repository.treeByApplying([.remove(path: "a/b/c.txt")], to: base)
        #expect(try fixture.gitOutput("ls-tree", "-r", "-t", "--name-only", withoutC.hex) == "a\na/d.txt\ne.txt")
        let withoutA = try repository.treeByApplying([.remove(path: "a/d.txt")], to: withoutC)
        #expect(try fixture.gitOutput("ls-tree", "-r", "-t", "--name-only", withoutA.hex) == "e.txt")
    }

    @Test("with several changes to one path the last wins; no change gives the base back")
    func lastChangeWins() throws {
        let fixture = try RepositoryFixture()
        let repository = fixture.repository
        let one = try repository.writeBlob(Data("1\n".utf8))
        let two = try repository.writeBlob(Data("2\n".utf8))
        let tree = try repository.treeByApplying(
            [.upsert(path: "f.txt", blob: one), .upsert(path: "f.txt", blob: two)], to: nil)
        #expect(try fixture.gitOutput("rev-parse", "\(tree.hex):f.txt") == two.hex)
        #expect(try repository.treeByApplying([], to: tree) == tree)
        #expect(try repository.treeByApplying([], to: nil).hex == "4b825dc642cb6eb9a060e54bf8d69288fbee4904")
        let removedAgain = try repository.treeByApplying(
            [.upsert(path: "g.txt", blob: one), .remove(path: "f.txt"), .upsert(path: "f.txt", blob: one)], to: tree)
        #expect(try fixture.gitOutput("ls-tree", "--name-only", removedAgain.hex) == "f.txt\ng.txt")
        #expect(try fixture.gitOutput("rev-parse", "\(removedAgain.hex):f.txt") == one.hex)
    }

    @Test("a path and a path inside it cannot change together")
    func conflictingChanges() throws {
        let fixture = try RepositoryFixture()
        let blob = try fixture.repository.writeBlob(Data("x\n".utf8))
        #expect(throws: GitArgumentError.conflictingTreeChanges("a", "a/b.txt")) {
            try fixture.repository.treeByApplying(
                [.upsert(path: "a", blob: blob), .upsert(path: "a/b.txt", blob: blob)], to: nil)
        }
    }

    @Test("libgit2's refusals surface as GitError: removing a missing file")
    func libgit2Refusals() throws {
        let fixture = try RepositoryFixture()
        let blob = try fixture.repository.writeBlob(Data("x\n".utf8))
        let base = try fixture.repository.treeByApplying([.upsert(path: "a.txt", blob: blob)], to: nil)
        let error = try #require(throws: GitError.self) {
            try fixture.repository.treeByApplying([.remove(path: "missing.txt")], to: base)
        }
        #expect(error.operation == "git_tree_create_updated")
        #expect(error.message.contains("missing.txt"))
    }

    @Test("a file cannot become a folder or a folder a file; removing a folder removes its files")
    func fileAndFolder() throws {
        let fixture = try RepositoryFixture()
        let blob = try fixture.repository.writeBlob(Data("x\n".utf8))
        let base = try fixture.repository.treeByApplying(
            [.upsert(path: "a.txt", blob: blob), .upsert(path: "d/e.txt", blob: blob)], to: nil)
        #expect(throws: GitError.self) {
            try fixture.repository.treeByApplying([.upsert(path: "a.txt/b", blob: blob)], to: base)
        }
        #expect(throws: GitError.self) {
            try fixture.repository.treeByApplying([.upsert(path: "d", blob: blob)], to: base)
        }
        let withoutFolder = try fixture.repository.treeByApplying([.remove(path: "d")], to: base)
        #expect(try fixture.gitOutput("ls-tree", "-r", "-t", "--name-only", withoutFolder.hex) == "a.txt")
    }

    @Test("blobs are stored as git hashes them and read back unchanged")
    func blobs() throws {
        let fixture = try RepositoryFixture()
        let bytes = Data([0, 1, 2, 255, 10]) + Data("ñandú\n".utf8)
        let id = try fixture.repository.writeBlob(bytes)
        #expect(try fixture.repository.blobData(id) == bytes)
        #expect(try fixture.repository.blobData(try fixture.repository.writeBlob(Data())) == Data())
        let text = Data("Una frase.\n".utf8)
        #expect(
            try fixture.repository.writeBlob(text).hex
                == (try fixture.git.run(["hash-object", "--stdin"], input: "Una frase.\n").trimmingCharacters(
                    in: .newlines)))
    }
}
