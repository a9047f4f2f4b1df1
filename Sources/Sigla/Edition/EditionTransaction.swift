import Foundation
import GitStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One change to an edition, all or nothing.
///
/// The order of the steps is what makes a change atomic:
/// 1. take the edition's lock (`.git/sigla.lock`), so two commands never interleave;
/// 2. check that nobody committed since the edition was read, and that the work tree
///    has no uncommitted edits to the files about to change;
/// 3. write the new blobs, tree and commit, and move `HEAD` to it — one atomic reference
///    update, the moment the change happens (libgit2 refuses it if `HEAD` moved);
/// 4. check out the changed files into the work tree and index, so `git status` is clean;
/// 5. release the lock.
///
/// Killed before step 3, the edition is as before (a few unreachable objects, which
/// `git gc` removes). Killed after step 3, it is after, with the work tree possibly
/// behind: the lock is left, its owner is dead, and the next command finishes step 4
/// before doing anything else.
struct EditionTransaction: ~Copyable {
    private let repository: Repository
    private let lockPath: String
    private let root: String

    init(edition: Edition) throws {
        // Take the lock before the value exists: a throwing init of a complete value would
        // run deinit and remove a lock that belongs to another command.
        let lockPath = Self.lockPath(of: edition.repository)
        try Self.acquireLock(at: lockPath, repository: edition.repository)
        self.repository = edition.repository
        self.root = edition.root
        self.lockPath = lockPath
    }

    static func lockPath(of repository: Repository) -> String {
        repository.gitDirectoryPath.withoutTrailingSlash + "/" + EditionLayout.lockFileName
    }

    /// Finishes the work of a command that died holding the lock (its commit, if made, is
    /// in HEAD; the work tree may lag behind), so the edition reads as HEAD says.
    static func recoverIfInterrupted(_ repository: Repository) throws {
        let path = lockPath(of: repository)
        guard let holder = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        if let pid = holder.split(separator: " ").first.flatMap({ pid_t($0) }), isAlive(pid) { return }
        removeLocksLeft(byHolderOf: path, repository: repository)
        try git { try repository.checkoutHead(paths: nil) }
        unlink(path)
    }

    /// Removes the lock files libgit2 takes while it writes the index and moves `HEAD`
    /// (`index.lock`, `HEAD.lock`, the branch's `.lock`, `packed-refs.lock`) when the dead
    /// command left them:
    /// while one is there nothing can be committed or checked out. Only a lock made
    /// since the dead command took the edition's lock is its own; an older one belongs
    /// to something else and is left for the editor to see.
    private static func removeLocksLeft(byHolderOf lockPath: String, repository: Repository) {
        var edition = stat()
        guard stat(lockPath, &edition) == 0 else { return }
        let gitDirectory = repository.gitDirectoryPath.withoutTrailingSlash
        var names = ["index.lock", "HEAD.lock", "packed-refs.lock"]
        if let branch = try? repository.reference(named: "HEAD")?.symbolicTarget { names.append(branch + ".lock") }
        for name in names {
            let path = gitDirectory + "/" + name
            var lock = stat()
            guard lstat(path, &lock) == 0, (lock.st_mode & S_IFMT) == S_IFREG else { continue }
            let made = (lock.st_mtim.tv_sec, lock.st_mtim.tv_nsec)
            if made >= (edition.st_mtim.tv_sec, edition.st_mtim.tv_nsec) { unlink(path) }
        }
    }

    deinit {
        unlink(lockPath)
    }

    /// Commits `files` on top of `expectedHead` and updates the work tree.
    ///
    /// - Parameter mergeParents: further parents after `expectedHead` (a merge commit).
    func commit(
        _ files: [String: Data?], message: CommitMessage, author: Person, date: Timestamp, expectedHead: ObjectID?,
        mergeParents: [ObjectID] = []
    ) throws -> ObjectID {
        let currentHead = try git { try repository.headCommitID() }
        guard currentHead == expectedHead else { throw EditionError.concurrentChange }
        try checkClean(paths: Array(files.keys))

        let changes: [TreeChange] = try files.sorted { $0.key < $1.key }.map { path, contents in
            if let contents {
                return .upsert(path: path, blob: try git { try repository.writeBlob(contents) })
            }
            return .remove(path: path)
        }
        let baseTree = try currentHead.map { id in try git { try repository.commit(id).tree } }
        let tree = try git { try repository.treeByApplying(changes, to: baseTree) }
        let signature = Signature(person: author, date: date)
        let commit: ObjectID
        do {
            commit = try repository.createCommit(
                tree: tree, parents: (currentHead.map { [$0] } ?? []) + mergeParents, author: signature, committer: signature,
                message: message.rendered, updatingReference: "HEAD")
        } catch let error as GitError {
            // HEAD moved between our check and the update: another writer won.
            if try git({ try repository.headCommitID() }) != currentHead { throw EditionError.concurrentChange }
            throw EditionError.git(error)
        }
        try git { try repository.checkoutHead(paths: Array(files.keys), from: currentHead) }
        return commit
    }

    /// Moves `HEAD` from `expectedHead` to `target`, a descendant (a fast-forward), and
    /// brings the work tree and index up to it. `paths` are the files that change, which
    /// must have no uncommitted edits.
    func moveHead(to target: ObjectID, expectedHead: ObjectID?, paths: [String]) throws {
        let currentHead = try git { try repository.headCommitID() }
        guard currentHead == expectedHead else { throw EditionError.concurrentChange }
        try checkClean(paths: paths)
        let moved = try git {
            try repository.updateReference(
                named: "HEAD", to: target, expecting: currentHead, message: "sigla: fast-forward to \(target.short)")
        }
        guard moved else { throw EditionError.concurrentChange }
        try git { try repository.checkoutHead(paths: paths, from: currentHead) }
    }

    /// Refuses to overwrite edits the user has not committed: to the files about to
    /// change, and to `sigla.yaml`, which the command read its settings from. Only those
    /// paths are looked at: a status of the whole work tree reads the metadata of every
    /// record in `apparatus/`, most of a decision's time in a large edition.
    private func checkClean(paths: [String]) throws {
        let looked = Set(paths + [EditionLayout.configurationFile]).sorted()
        let dirty = try git { try repository.status(paths: looked) }.filter { entry in
            entry.isUntracked || entry.isStaged || entry.isModifiedInWorkTree || entry.isDeleted
        }
        guard dirty.isEmpty else { throw EditionError.uncommittedChanges(paths: dirty.map(\.path).sorted()) }
    }

    /// Takes the lock, or recovers it from a command that died holding it.
    private static func acquireLock(at path: String, repository: Repository) throws {
        let record = "\(getpid()) \(CommandLine.arguments.prefix(3).joined(separator: " "))\n"
        for _ in 0..<2 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 {
                _ = record.withCString { write(descriptor, $0, strlen($0)) }
                close(descriptor)
                return
            }
            guard errno == EEXIST else {
                throw EditionError.io(path: path, problem: "cannot create the lock file (\(String(cString: strerror(errno))))")
            }
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingWhitespace() ?? ""
            if let pid = holder.split(separator: " ").first.flatMap({ pid_t($0) }), isAlive(pid) {
                throw EditionError.busy(lockFile: path, holder: holder)
            }
            // The holder died mid-change: finish its work, then take the lock.
            try recoverIfInterrupted(repository)
        }
        throw EditionError.busy(lockFile: path, holder: "unknown")
    }

    private static func isAlive(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}

extension Signature {
    /// The signature of `person` at `time`.
    init(person: Person, date time: Timestamp) {
        self.init(
            name: person.name, email: person.email, date: time.date,
            timeZoneOffsetMinutes: time.timeZoneOffsetMinutes)
    }
}

extension String {
    var withoutTrailingSlash: String {
        hasSuffix("/") && count > 1 ? String(dropLast()) : self
    }
}
