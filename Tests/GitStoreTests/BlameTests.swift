import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Blame")
struct BlameTests {
    /// One commit id per line of `path` at HEAD, from `git blame --porcelain`.
    static func gitBlame(
        _ fixture: RepositoryFixture, _ path: String, revision: String = "HEAD", indentHeuristic: Bool = true
    ) throws -> [String] {
        var owners = [Int: String]()
        let arguments = ["-c", "diff.indentHeuristic=\(indentHeuristic)", "blame", "--porcelain", revision, "--", path]
        for line in try fixture.git.run(arguments).split(separator: "\n") {
            let fields = line.split(separator: " ")
            // Header lines: <40-hex commit> <original line> <final line> [<lines in group>]
            if fields.count >= 3, fields[0].count == 40, fields[0].allSatisfy(\.isHexDigit), let final = Int(fields[2])
            {
                owners[final] = String(fields[0])
            }
        }
        return (1...max(owners.count, 1)).compactMap { owners[$0] }
    }

    /// One commit id per line, expanded from GitStore's hunks.
    static func ourBlame(_ hunks: [BlameHunk]) -> [String] {
        hunks.flatMap { Array(repeating: $0.commit.hex, count: $0.lineCount) }
    }

    @Test(
        "blame of a file edited over 20 commits agrees line by line with git blame", arguments: [1, 2, 3] as [UInt64])
    func agreesWithGit(seed: UInt64) throws {
        let fixture = try RepositoryFixture()
        var random = SeededRandomNumberGenerator(seed: seed)
        var lines = (1...30).map { "Frase \($0) de la primera versión." }
        var serial = 0
        for revision in 0..<20 {
            if revision > 0 {
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    serial += 1
                    let position = Int.random(in: 0..<lines.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: lines.insert("Frase añadida \(serial).", at: position)
                    case 1 where lines.count > 5: lines.remove(at: position)
                    default: lines[position] = "Frase corregida \(serial)."
                    }
                }
            }
            try fixture.commit(
                ["text/1.txt": lines.joined(separator: "\n") + "\n"], message: "Revision \(revision)\n",
                author: RepositoryFixture.signature("Editor \(revision % 3)", seconds: revision * 3_600))
        }

        let hunks = try fixture.repository.blame(path: "text/1.txt")
        let ours = Self.ourBlame(hunks)
        #expect(ours.count == lines.count)
        #expect(Set(ours).count > 5, "the generated history should spread lines over many commits")
        #expect(ours == (try Self.gitBlame(fixture, "text/1.txt")))
        #expect(hunks.first?.startLine == 1)
        for (hunk, next) in zip(hunks, hunks.dropFirst()) {
            #expect(hunk.startLine + hunk.lineCount == next.startLine)
        }
        for hunk in hunks {
            #expect(hunk.originalPath == "text/1.txt")
            let commit = try fixture.repository.commit(hunk.commit)
            #expect(hunk.author == commit.author)
        }
    }

    /// With repeated lines a change can be placed in several equally short ways. git
    /// (since 2.14) slides such hunks by its indent heuristic; libgit2 1.5 does not, so
    /// the two may credit a different one of two identical lines. Without the heuristic
    /// they agree exactly.
    @Test(
        "with repeated identical lines, blame agrees with git blame without the indent heuristic",
        arguments: Array(1...8) as [UInt64])
    func repeatedLines(seed: UInt64) throws {
        let fixture = try RepositoryFixture()
        var random = SeededRandomNumberGenerator(seed: seed)
        let vocabulary = ["—", "", "Sí.", "No.", "Capítulo", "* * *"]
        var lines = (1...30).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)] }
        for revision in 0..<20 {
            if revision > 0 {
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    let position = Int.random(in: 0..<lines.count, using: &random)
                    let word = vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)]
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: lines.insert(word, at: position)
                    case 1 where lines.count > 5: lines.remove(at: position)
                    default: lines[position] = word
                    }
                }
            }
            try fixture.commit(
                ["t.txt": lines.joined(separator: "\n") + "\n"], message: "R\(revision)\n",
                author: RepositoryFixture.signature(seconds: revision * 60))
        }
        let ours = Self.ourBlame(try fixture.repository.blame(path: "t.txt"))
        #expect(ours.count == lines.count)
        #expect(ours == (try Self.gitBlame(fixture, "t.txt", indentHeuristic: false)))
    }

    @Test("blame at an older commit blames that commit's version")
    func olderVersion() throws {
        let fixture = try RepositoryFixture()
        let first = try fixture.commit(["t.txt": "a\nb\n"])
        let second = try fixture.commit(["t.txt": "a\nB\n"])
        try fixture.commit(["t.txt": "A\nB\nc\n"])
        let hunks = try fixture.repository.blame(path: "t.txt", newest: second)
        #expect(Self.ourBlame(hunks) == [first.hex, second.hex])
        #expect(Self.ourBlame(hunks) == (try Self.gitBlame(fixture, "t.txt", revision: second.hex)))
    }

    @Test("blame of a file that is not in the commit fails with libgit2's message")
    func missingFile() throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(["t.txt": "a\n"])
        let error = try #require(throws: GitError.self) { try fixture.repository.blame(path: "none.txt") }
        #expect(error.operation.hasPrefix("git_blame_file"))
    }
}
