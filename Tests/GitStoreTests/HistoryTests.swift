import Foundation
import GitStore
import TestSupport
import Testing

@Suite("History: log and revision names")
struct HistoryTests {
    /// A linear history of `count` commits where commit i touches a pseudo-random subset
    /// of a few files, including removals and re-additions.
    static func history(_ fixture: RepositoryFixture, count: Int, seed: UInt64) throws -> [ObjectID] {
        var random = SeededRandomNumberGenerator(seed: seed)
        let paths = ["sigla.yaml", "text/1.txt", "text/2.txt", "apparatus/1.42.yaml", "witnesses/TS.txt"]
        var present = Set<String>()
        var ids = [ObjectID]()
        for index in 0..<count {
            var files = [String: String?]()
            for path in paths where Int.random(in: 0..<3, using: &random) == 0 || ids.isEmpty {
                if present.contains(path), Int.random(in: 0..<4, using: &random) == 0, present.count > 1 {
                    files[path] = .some(nil)
                    present.remove(path)
                } else {
                    files[path] = "\(path) at \(index)\n"
                    present.insert(path)
                }
            }
            if files.isEmpty {
                files[paths[0]] = "\(paths[0]) at \(index)\n"
                present.insert(paths[0])
            }
            ids.append(
                try fixture.commit(
                    files, message: "Commit \(index)\n", author: RepositoryFixture.signature(seconds: index * 60)))
        }
        return ids
    }

    @Test("log lists every commit newest first, like git log", arguments: [4, 11] as [UInt64])
    func fullLog(seed: UInt64) throws {
        let fixture = try RepositoryFixture()
        let ids = try Self.history(fixture, count: 25, seed: seed)
        let log = try fixture.repository.log()
        #expect(log.map(\.id) == ids.reversed())
        #expect(log.map(\.id.hex).joined(separator: "\n") == (try fixture.gitOutput("log", "--format=%H")))
        #expect(try fixture.repository.log(limit: 3).map(\.id) == Array(ids.reversed().prefix(3)))
        #expect(try fixture.repository.log(from: ids[4]).map(\.id) == ids[0...4].reversed())
    }

    @Test(
        "log with a path agrees with git log -- path, for files, folders, removed files and missing paths",
        arguments: [4, 11] as [UInt64])
    func pathLog(seed: UInt64) throws {
        let fixture = try RepositoryFixture()
        _ = try Self.history(fixture, count: 25, seed: seed)
        for path in ["sigla.yaml", "text/1.txt", "text", "apparatus/1.42.yaml", "witnesses/TS.txt", "none.txt"] {
            let ours = try fixture.repository.log(path: path).map(\.id.hex)
            let theirs = try fixture.gitOutput("log", "--format=%H", "--", path)
            #expect(ours.joined(separator: "\n") == theirs, "path \(path)")
            let limited = try fixture.repository.log(path: path, limit: 2).map(\.id.hex)
            #expect(limited == Array(ours.prefix(2)))
        }
    }

    @Test("a merge is listed for a path only when it changed the path relative to every parent")
    func mergeSimplification() throws {
        let fixture = try RepositoryFixture()
        let repository = fixture.repository
        let base = try fixture.commit(["a.txt": "a\n", "b.txt": "b\n"])
        let main = try fixture.commit(["a.txt": "a main\n"])
        try fixture.git.run("checkout", "--quiet", "-b", "side", base.hex)
        try fixture.git.run(
            "-c", "user.name=S", "-c", "user.email=s@x", "commit", "--quiet", "--allow-empty", "-m", "noop")
        try fixture.directory.write("b side\n", to: "b.txt")
        try fixture.git.run("-c", "user.name=S", "-c", "user.email=s@x", "commit", "--quiet", "-am", "side b")
        let side = try repository.resolve("side")
        try fixture.git.run("checkout", "--quiet", "main")
        try fixture.git.run("-c", "user.name=S", "-c", "user.email=s@x", "merge", "--quiet", "--no-edit", "side")
        let merge = try #require(try repository.headCommitID())
        #expect(try repository.commit(merge).parents == [main, side])

        #expect(try repository.log(path: "b.txt").map(\.id) == [side, base])
        #expect(try repository.log(path: "a.txt").map(\.id) == [main, base])
        #expect(try repository.log().count == 5)
        #expect(
            try repository.log(path: "b.txt").map(\.id.hex).joined(separator: "\n")
                == (try fixture.gitOutput("log", "--format=%H", "--", "b.txt")))
    }

    @Test("an unborn branch has an empty log")
    func unbornLog() throws {
        let fixture = try RepositoryFixture()
        #expect(try fixture.repository.log().isEmpty)
    }

    @Test("resolve understands full and abbreviated hashes, branch names, HEAD~n and reference names")
    func resolve() throws {
        let fixture = try RepositoryFixture()
        let ids = try Self.history(fixture, count: 4, seed: 7)
        let repository = fixture.repository
        #expect(try repository.resolve(ids[1].hex) == ids[1])
        #expect(try repository.resolve(ids[1].short) == ids[1])
        #expect(try repository.resolve(String(ids[2].hex.prefix(10)).uppercased()) == ids[2])
        #expect(try repository.resolve("HEAD") == ids[3])
        #expect(try repository.resolve("HEAD~2") == ids[1])
        #expect(try repository.resolve("main^") == ids[2])
        #expect(try repository.resolve("refs/heads/main") == ids[3])
    }

    @Test("resolve reports unknown names and non-commits with libgit2's message")
    func resolveFailures() throws {
        let fixture = try RepositoryFixture()
        try fixture.commit(["a.txt": "a\n"])
        let unknown = try #require(throws: GitError.self) { try fixture.repository.resolve("no-such-branch") }
        #expect(unknown.isNotFound)
        #expect(unknown.operation.hasPrefix("git_revparse_single"))
        #expect(unknown.message.contains("no-such-branch"))
        let tree = try #require(throws: GitError.self) { try fixture.repository.resolve("HEAD:a.txt") }
        #expect(tree.operation.hasPrefix("git_object_peel"))
    }
}
