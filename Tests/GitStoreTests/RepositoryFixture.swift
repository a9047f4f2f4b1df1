import Foundation
import GitStore
import TestSupport

/// A fresh repository in a temporary folder, made by GitStore, with the `git` CLI
/// pointed at it for checking.
final class RepositoryFixture {
    let directory: TemporaryDirectory
    let repository: Repository
    let git: GitCLI

    init() throws {
        try GitLibrary.isolateFromUserConfiguration()
        directory = try TemporaryDirectory(prefix: "gitstore")
        repository = try Repository.initialize(at: directory.path)
        git = GitCLI(directory: directory.path)
    }

    /// A signature at `seconds` after 2024-01-01T00:00:00Z.
    static func signature(
        _ name: String = "Ana Pérez", email: String = "ana@example.org", seconds: Int = 0, offsetMinutes: Int = 60
    ) -> Signature {
        Signature(
            name: name, email: email, date: Date(timeIntervalSince1970: 1_704_067_200 + TimeInterval(seconds)),
            timeZoneOffsetMinutes: offsetMinutes)
    }

    /// Commits `files` (path → new content, nil to remove) on top of HEAD, the way the
    /// edition layer does: blobs, tree update, commit moving HEAD, checkout of the paths.
    @discardableResult
    func commit(
        _ files: [String: String?], message: String = "Change", author: Signature = signature(),
        committer: Signature? = nil, baselineIsParent: Bool = false
    ) throws -> ObjectID {
        let parent = try repository.headCommitID()
        let base = try parent.map { try repository.commit($0).tree }
        var changes = [TreeChange]()
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            if let contents {
                changes.append(.upsert(path: path, blob: try repository.writeBlob(Data(contents.utf8))))
            } else {
                changes.append(.remove(path: path))
            }
        }
        let tree = try repository.treeByApplying(changes, to: base)
        let id = try repository.createCommit(
            tree: tree, parents: parent.map { [$0] } ?? [], author: author, committer: committer ?? author,
            message: message)
        try repository.checkoutHead(paths: files.keys.sorted(), from: baselineIsParent ? parent : nil)
        return id
    }

    /// `git <arguments>` output without its final newline(s).
    func gitOutput(_ arguments: String...) throws -> String {
        try git.run(arguments).trimmingCharacters(in: .newlines)
    }
}
