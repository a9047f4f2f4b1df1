import Foundation
import GitStore
import TestSupport
import Testing

@Suite("Line blame carried forward")
struct LineBlameTests {
    /// A history of `revisions` commits editing `t.txt` (and sometimes only another file,
    /// or removing `t.txt` and bringing it back), with repeated lines so that diffs are
    /// ambiguous. Returns the commits, oldest first.
    static func history(_ fixture: RepositoryFixture, seed: UInt64, revisions: Int = 25) throws -> [ObjectID] {
        var random = SeededRandomNumberGenerator(seed: seed)
        let vocabulary = ["", "Sí.", "No.", "Capítulo", "Frase A.", "Frase B.", "* * *"]
        var lines = (1...20).map { "Frase \($0)." }
        var commits: [ObjectID] = []
        for revision in 0..<revisions {
            var files: [String: String?] = [:]
            switch Int.random(in: 0..<10, using: &random) {
            case 0 where revision > 0:
                files["other.txt"] = "revision \(revision)\n"
            case 1 where revision > 0:
                files["t.txt"] = .some(nil)
            default:
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    let position = Int.random(in: 0..<lines.count, using: &random)
                    let line = Bool.random(using: &random)
                        ? vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)] : "Nueva \(revision)."
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: lines.insert(line, at: position)
                    case 1 where lines.count > 3: lines.remove(at: position)
                    default: lines[position] = line
                    }
                }
                files["t.txt"] = lines.joined(separator: "\n") + (Bool.random(using: &random) ? "\n" : "")
            }
            commits.append(
                try fixture.commit(files, message: "R\(revision)\n", author: RepositoryFixture.signature(seconds: revision)))
        }
        return commits
    }

    static func libgit2Blame(_ fixture: RepositoryFixture, at commit: ObjectID) throws -> [ObjectID] {
        guard try fixture.repository.fileData(at: "t.txt", commit: commit) != nil else { return [] }
        return try fixture.repository.blame(path: "t.txt", newest: commit).flatMap {
            Array(repeating: $0.commit, count: $0.lineCount)
        }
    }

    @Test("computed from scratch, it is git blame's answer at every commit", arguments: [1, 2, 3, 4] as [UInt64])
    func fromScratch(seed: UInt64) throws {
        let fixture = try RepositoryFixture()
        let commits = try Self.history(fixture, seed: seed)
        for commit in commits {
            let blame = try fixture.repository.lineBlame(path: "t.txt", at: commit)
            #expect(blame.lines == (try Self.libgit2Blame(fixture, at: commit)), "at \(commit.short)")
        }
        let head = try fixture.repository.lineBlame(path: "t.txt")
        if try fixture.repository.fileData(at: "t.txt", commit: commits.last!) != nil {
            #expect(
                head.lines.map(\.hex)
                    == (try BlameTests.gitBlame(fixture, "t.txt", indentHeuristic: false)))
        }
    }

    @Test("carried forward from any earlier blame, it equals the blame from scratch", arguments: [5, 6, 7] as [UInt64])
    func carriedForward(seed: UInt64) throws {
        let fixture = try RepositoryFixture()
        let commits = try Self.history(fixture, seed: seed)
        let final = try fixture.repository.lineBlame(path: "t.txt")
        var previous: LineBlame?
        for commit in commits {
            let step = try fixture.repository.lineBlame(path: "t.txt", at: commit, continuing: previous)
            #expect(step == (try fixture.repository.lineBlame(path: "t.txt", at: commit)))
            previous = step
            let jump = try fixture.repository.lineBlame(path: "t.txt", continuing: step)
            #expect(jump == final, "carried from \(commit.short) to HEAD")
        }
    }

    @Test("a blame of another path or from a commit that is not an ancestor is not carried")
    func unrelatedEarlier() throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(["t.txt": "a\nb\n"])
        let side = try fixture.commit(["t.txt": "a\nB\n"])
        let sideBlame = try fixture.repository.lineBlame(path: "t.txt", at: side)
        // Rewrite history: the next commit's parent is the first one, so `side` is lost.
        let first = try fixture.repository.resolve("HEAD~1")
        try fixture.repository.setReference(named: "refs/heads/main", to: first, message: "reset")
        let head = try fixture.commit(["t.txt": "a\nb\nc\n"])
        let carried = try fixture.repository.lineBlame(path: "t.txt", continuing: sideBlame)
        #expect(carried.lines == [first, first, head])
        let renamed = LineBlame(path: "u.txt", commit: first, blob: nil, lines: [])
        #expect(try fixture.repository.lineBlame(path: "t.txt", continuing: renamed) == carried)
    }

    @Test("across a merge it falls back to the whole history and agrees with git blame")
    func merge() throws {
        let fixture = try RepositoryFixture()
        let base = try fixture.commit(["t.txt": "uno\ndos\ntres\n"])
        let ours = try fixture.commit(["t.txt": "UNO\ndos\ntres\n"])
        let earlier = try fixture.repository.lineBlame(path: "t.txt")
        try fixture.repository.setReference(named: "refs/heads/main", to: base, message: "branch")
        let theirs = try fixture.commit(["t.txt": "uno\ndos\nTRES\n"])
        let mergedTree = try fixture.repository.treeByApplying(
            [.upsert(path: "t.txt", blob: try fixture.repository.writeBlob(Data("UNO\ndos\nTRES\n".utf8)))],
            to: try fixture.repository.commit(theirs).tree)
        let signature = RepositoryFixture.signature(seconds: 99)
        let merge = try fixture.repository.createCommit(
            tree: mergedTree, parents: [ours, theirs], author: signature, committer: signature, message: "Merge\n",
            updatingReference: nil)
        try fixture.repository.setReference(named: "refs/heads/main", to: merge, message: "merge")
        try fixture.repository.checkoutHead()
        let blame = try fixture.repository.lineBlame(path: "t.txt", continuing: earlier)
        #expect(blame.commit == merge)
        #expect(blame.lines == [ours, base, theirs])
        #expect(blame.lines.map(\.hex) == (try BlameTests.gitBlame(fixture, "t.txt", indentHeuristic: false)))
    }

    @Test("line changes are git's hunks with no context")
    func lineChanges() throws {
        let fixture = try RepositoryFixture()
        let changes = try fixture.repository.lineChanges(
            from: Data("a\nb\nc\nd\n".utf8), to: Data("a\nB\nc\nd\ne\n".utf8))
        #expect(
            changes == [
                LineChange(oldStart: 2, oldCount: 1, newStart: 2, newCount: 1),
                LineChange(oldStart: 4, oldCount: 0, newStart: 5, newCount: 1),
            ])
        #expect(try fixture.repository.lineChanges(from: Data("x\n".utf8), to: Data("x\n".utf8)).isEmpty)
        #expect(
            try fixture.repository.lineChanges(from: Data(), to: Data("a\u{0}b\n".utf8))
                == [LineChange(oldStart: 0, oldCount: 0, newStart: 1, newCount: 1)])
    }
}
