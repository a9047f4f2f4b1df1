import Foundation
import GitStore
import TestSupport
import Testing

/// The graph questions a merge asks, checked against the git command-line tool on a
/// history with two branches and a merge.
@Suite("Merging: merge base, ancestry, ahead and behind, tree differences, path history")
struct MergeTests {
    /// main: r - m1 - m2 ;  side (from r): s1 - s2 ; then M = merge(m2, s2) on main.
    /// The side branch's commits are dated *later* than main's, so date order and
    /// graph order disagree.
    struct Graph {
        var fixture: RepositoryFixture
        var root, m1, m2, s1, s2, merge: ObjectID
    }

    static func graph() throws -> Graph {
        let fixture = try RepositoryFixture()
        let repository = fixture.repository
        let root = try fixture.commit(["shared.txt": "base\n", "gone.txt": "x\n"], message: "Root\n")
        let m1 = try fixture.commit(
            ["main.txt": "m1\n", "both.txt": "main\n"], message: "M1\n",
            author: RepositoryFixture.signature(seconds: 10))
        let m2 = try fixture.commit(
            ["main.txt": "m2\n"], message: "M2\n", author: RepositoryFixture.signature(seconds: 20))

        // The side branch, written without moving HEAD.
        func sideCommit(_ files: [String: String?], parent: ObjectID, seconds: Int, message: String) throws -> ObjectID
        {
            var changes = [TreeChange]()
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                changes.append(
                    text.map { .upsert(path: path, blob: try! repository.writeBlob(Data($0.utf8))) }
                        ?? .remove(path: path))
            }
            let tree = try repository.treeByApplying(changes, to: try repository.commit(parent).tree)
            let author = RepositoryFixture.signature("Luis", email: "luis@example.org", seconds: seconds)
            return try repository.createCommit(
                tree: tree, parents: [parent], author: author, committer: author, message: message,
                updatingReference: nil)
        }
        let s1 = try sideCommit(["side.txt": "s1\n", "gone.txt": nil], parent: root, seconds: 1_000, message: "S1\n")
        let s2 = try sideCommit(
            ["side.txt": "s2\n", "both.txt": "side\n"], parent: s1, seconds: 2_000, message: "S2\n")
        try repository.setReference(named: "refs/heads/side", to: s2, message: "side")

        // The merge keeps main's both.txt: the side's change to it lost.
        var changes = [TreeChange]()
        for path in ["side.txt"] {
            changes.append(.upsert(path: path, blob: try repository.writeBlob(Data("s2\n".utf8))))
        }
        changes.append(.remove(path: "gone.txt"))
        let tree = try repository.treeByApplying(changes, to: try repository.commit(m2).tree)
        let merge = try repository.createCommit(
            tree: tree, parents: [m2, s2], author: RepositoryFixture.signature(seconds: 30),
            committer: RepositoryFixture.signature(seconds: 30), message: "Merge side\n")
        try repository.checkoutHead()
        return Graph(fixture: fixture, root: root, m1: m1, m2: m2, s1: s1, s2: s2, merge: merge)
    }

    @Test("mergeBase, isAncestor and aheadBehind agree with git")
    func ancestry() throws {
        let graph = try Self.graph()
        let repository = graph.fixture.repository
        #expect(try repository.mergeBase(graph.m2, graph.s2) == graph.root)
        #expect(try graph.fixture.gitOutput("merge-base", graph.m2.hex, graph.s2.hex) == graph.root.hex)
        #expect(try repository.isAncestor(graph.root, of: graph.s2))
        #expect(try repository.isAncestor(graph.s2, of: graph.s2))
        #expect(try !repository.isAncestor(graph.m1, of: graph.s2))
        #expect(try repository.isAncestor(graph.s1, of: graph.merge))
        let counts = try repository.aheadBehind(local: graph.m2, upstream: graph.s2)
        #expect(counts == (ahead: 2, behind: 2))
        #expect(
            try graph.fixture.gitOutput("rev-list", "--left-right", "--count", "\(graph.m2.hex)...\(graph.s2.hex)")
                == "2\t2")
        #expect(
            try repository.commits(from: graph.merge, excluding: [graph.m2]).map(\.id) == [
                graph.merge, graph.s2, graph.s1,
            ])
        #expect(
            try repository.commits(from: graph.s2, excluding: [graph.m2]).map(\.id.hex).joined(separator: "\n")
                == (try graph.fixture.gitOutput("rev-list", "--topo-order", graph.s2.hex, "^" + graph.m2.hex)))
        let unrelated = try repository.createCommit(
            tree: try repository.treeByApplying([], to: nil), parents: [], author: RepositoryFixture.signature(),
            committer: RepositoryFixture.signature(), message: "Alone\n", updatingReference: nil)
        #expect(try repository.mergeBase(unrelated, graph.m2) == nil)
    }

    @Test("fileDifferences lists what git diff --name-status lists, with the blobs of both sides")
    func differences() throws {
        let graph = try Self.graph()
        let repository = graph.fixture.repository
        let rootTree = try repository.commit(graph.root).tree
        let sideTree = try repository.commit(graph.s2).tree
        let differences = try repository.fileDifferences(from: rootTree, to: sideTree)
        let described = differences.map { ($0.old == nil ? "A" : $0.new == nil ? "D" : "M") + "\t" + $0.path }
        #expect(
            described.joined(separator: "\n")
                == (try graph.fixture.gitOutput("diff", "--name-status", graph.root.hex, graph.s2.hex)))
        let both = try #require(differences.first { $0.path == "both.txt" })
        #expect(both.old == nil)
        #expect(try both.new.map { try repository.blobData($0) } == Data("side\n".utf8))
        #expect(try repository.fileDifferences(from: sideTree, to: sideTree).isEmpty)
        #expect(try repository.fileDifferences(from: nil, to: rootTree).map(\.path) == ["gone.txt", "shared.txt"])
    }

    @Test("lastCommit(changing:) agrees with git log -1 -- path across a merge, whatever the dates say")
    func pathHistory() throws {
        let graph = try Self.graph()
        let repository = graph.fixture.repository
        for path in ["shared.txt", "main.txt", "both.txt", "side.txt", "gone.txt", "none.txt"] {
            let ours = try repository.lastCommit(changing: path)?.hex ?? ""
            #expect(ours == (try graph.fixture.gitOutput("log", "-1", "--format=%H", "--", path)), "path \(path)")
        }
        // both.txt: main's version won the merge, so main's commit made it (m1), although
        // the side's later-dated commit changed it too.
        #expect(try repository.lastCommit(changing: "both.txt") == graph.m1)
        #expect(try repository.lastCommit(changing: "side.txt") == graph.s2)
        #expect(try repository.lastCommit(changing: "side.txt", from: graph.m2) == nil)
    }

    @Test("updateReference moves a branch only from the tip the caller saw")
    func compareAndSwap() throws {
        let graph = try Self.graph()
        let repository = graph.fixture.repository
        #expect(
            try repository.updateReference(
                named: "refs/heads/side", to: graph.merge, expecting: graph.s2, message: "ff"))
        #expect(
            try !repository.updateReference(
                named: "refs/heads/side", to: graph.s1, expecting: graph.s2, message: "stale"))
        #expect(try graph.fixture.gitOutput("rev-parse", "side") == graph.merge.hex)
        #expect(
            try !repository.updateReference(named: "refs/heads/side", to: graph.s1, expecting: nil, message: "exists"))
        #expect(
            try repository.updateReference(named: "refs/heads/new", to: graph.s1, expecting: nil, message: "create"))
        #expect(try repository.updateReference(named: "HEAD", to: graph.m2, expecting: graph.merge, message: "back"))
        #expect(try graph.fixture.gitOutput("rev-parse", "main") == graph.m2.hex)
    }
}
