import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Repository paths from untrusted input cannot escape")
struct PathSafetyTests {
    static let unsafePaths = [
        "", "/etc/passwd", "../outside.txt", "text/../../outside.txt", "text/./1.txt", "text//1.txt", "text/",
        ".git/config", "text/.GIT/hooks", "a\\b.txt", "nul\0byte",
    ]

    @Test("tree changes with an unsafe path are refused before anything is written", arguments: unsafePaths)
    func treeChanges(path: String) throws {
        let fixture = try RepositoryFixture()
        let blob = try fixture.repository.writeBlob(Data("evil\n".utf8))
        let error = try #require(throws: GitArgumentError.self) {
            try fixture.repository.treeByApplying([.upsert(path: path, blob: blob)], to: nil)
        }
        guard case .invalidPath(let refused, _) = error else {
            Issue.record("expected invalidPath, got \(error)")
            return
        }
        #expect(refused == path)
        #expect(throws: GitArgumentError.self) {
            try fixture.repository.treeByApplying([.remove(path: path)], to: nil)
        }
    }

    @Test("reading, listing, blaming, logging and checking out refuse unsafe paths", arguments: unsafePaths)
    func readers(path: String) throws {
        let fixture = try RepositoryFixture()
        let commit = try fixture.commit(["a.txt": "one\n"])
        let repository = fixture.repository
        #expect(throws: GitArgumentError.self) { try repository.fileData(at: path, commit: commit) }
        #expect(throws: GitArgumentError.self) { try repository.filePaths(commit: commit, under: path) }
        #expect(throws: GitArgumentError.self) { try repository.blame(path: path) }
        #expect(throws: GitArgumentError.self) { try repository.log(path: path) }
        #expect(throws: GitArgumentError.self) { try repository.checkoutHead(paths: ["a.txt", path]) }
    }

    @Test("ordinary nested paths, dots inside names and non-ASCII names are accepted")
    func safePaths() throws {
        let fixture = try RepositoryFixture()
        let paths = ["text/1.txt", "witnesses/TS-ac.txt", ".sigla/cache", "notas/capítulo 3.txt", "a..b/c.d"]
        let commit = try fixture.commit(Dictionary(uniqueKeysWithValues: paths.map { ($0, "x\n") }))
        #expect(try fixture.repository.filePaths(commit: commit).sorted() == paths.sorted())
        #expect(try fixture.gitOutput("status", "--porcelain").isEmpty)
    }
}
