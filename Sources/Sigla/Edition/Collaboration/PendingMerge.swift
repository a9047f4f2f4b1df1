import Foundation
import GitStore

/// A pull that stopped on editorial conflicts, kept in `.git/sigla-merge.json` until they
/// are resolved or the pull is dropped.
///
/// The record is written once, atomically (a temporary file renamed over the old one), and
/// holds only commit ids: which conflicts are resolved is read from the history (a
/// decision or revert at the place, made after the conflict was found), so a command
/// killed between a resolution and the merge loses nothing. The remote's commit is also
/// kept alive by the reference `refs/sigla/merging`, so that no `git gc` removes it.
struct PendingMerge: Codable, Equatable {
    static let fileName = "sigla-merge.json"
    static let reference = "refs/sigla/merging"
    static let currentVersion = 1

    /// One place both sides decided differently.
    struct Conflict: Codable, Equatable {
        var location: LocationID
        /// The record's path in the edition.
        var path: String
        /// The commits that gave the record its state on each side (nil: never existed
        /// on that side's line).
        var ours: ObjectID?
        var theirs: ObjectID?
        /// `HEAD` when the conflict was found: a decision at the place made after it
        /// resolves it.
        var since: ObjectID
    }

    var version = Self.currentVersion
    /// The branch being merged (`origin/main`).
    var label: String
    /// Its commit, as fetched.
    var theirs: ObjectID
    /// `HEAD` when the pull stopped.
    var ours: ObjectID
    var conflicts: [Conflict]

    static func path(gitDirectory: String) -> String {
        gitDirectory + "/" + fileName
    }

    /// The waiting pull, if there is one.
    ///
    /// - Throws: ``EditionError/io(path:problem:)`` for a record that cannot be read.
    static func load(gitDirectory: String) throws -> PendingMerge? {
        let path = path(gitDirectory: gitDirectory)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let pending = try? JSONDecoder().decode(PendingMerge.self, from: data),
            pending.version == currentVersion
        else {
            throw EditionError.io(
                path: path, problem: "is not a pending pull Sigla can read; drop it with sigla pull --abort")
        }
        return pending
    }

    /// Writes the record atomically and pins the remote's commit.
    func store(in repository: Repository) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let path = Self.path(gitDirectory: repository.gitDirectoryPath)
        try git {
            try repository.setReference(named: Self.reference, to: theirs, message: "sigla: pull from \(label) waits")
        }
        do {
            try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw EditionError.io(path: path, problem: "cannot be written (\(error.localizedDescription))")
        }
    }

    /// Forgets the waiting pull.
    static func remove(from repository: Repository) throws {
        let path = path(gitDirectory: repository.gitDirectoryPath)
        if FileManager.default.fileExists(atPath: path) {
            do {
                try FileManager.default.removeItem(atPath: path)
            } catch {
                throw EditionError.io(path: path, problem: "cannot be removed (\(error.localizedDescription))")
            }
        }
        try git { try repository.deleteReference(named: reference) }
    }
}
