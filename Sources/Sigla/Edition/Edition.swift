import Foundation
import GitStore

/// An edition repository on disk: an ordinary git repository holding `sigla.yaml`, the
/// witnesses' transcriptions, the established text and the apparatus.
///
/// `Edition` is the only part of Sigla that touches the disk and git. Every change is one
/// commit made through ``EditionTransaction``: the edition is either before or after it,
/// and `git status` is clean afterwards.
///
/// Not `Sendable`: it owns a libgit2 repository, which is used from one thread at a time.
public final class Edition {
    /// The edition's root directory (the git work tree).
    public let root: String
    let repository: Repository
    /// The edition's settings, as read from `sigla.yaml` in the work tree.
    public private(set) var configuration: EditionConfiguration
    /// The commit the configuration was read at, or nil before the first commit.
    /// (Set by ``commit(_:message:author:date:mergeParents:)`` and by a pull's fast-forward.)
    var head: ObjectID?
    /// What this edition computed from `head`.
    let cache = EditionCache()

    /// An edition over `repository` as of `head`. A pull also makes one over a merge it is
    /// about to commit, to work out the established text of the merged witnesses.
    init(root: String, repository: Repository, configuration: EditionConfiguration, head: ObjectID?) {
        self.root = root
        self.repository = repository
        self.configuration = configuration
        self.head = head
    }

    /// Opens the edition that contains `directory`, looking upward as git does.
    ///
    /// - Throws: ``EditionError/notAnEdition(searchedFrom:)`` when no edition contains it;
    ///   ``EditionError/configuration(_:)`` when its `sigla.yaml` is malformed.
    public static func open(containing directory: String) throws -> Edition {
        let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path
        let found: String?
        do {
            found = try Repository.discover(startingAt: absolute)
        } catch {
            throw EditionError.notAnEdition(searchedFrom: absolute)
        }
        guard let root = found else { throw EditionError.notAnEdition(searchedFrom: absolute) }
        let configurationPath = root + "/" + EditionLayout.configurationFile
        guard FileManager.default.fileExists(atPath: configurationPath) else {
            throw EditionError.notAnEdition(searchedFrom: absolute)
        }
        let repository = try git { try Repository.open(at: root) }
        try EditionTransaction.recoverIfInterrupted(repository)
        let configuration = try readConfiguration(at: configurationPath, gitDirectory: repository.gitDirectoryPath)
        let head = try git { try repository.headCommitID() }
        return Edition(root: root, repository: repository, configuration: configuration, head: head)
    }

    /// Makes a new edition in `directory` (created if missing, else it must be empty): a
    /// git repository on branch `main` holding `sigla.yaml` and the edition's folders,
    /// in one commit by the editor (`editor`, else the user git knows).
    ///
    /// - Throws: ``EditionError``; on failure nothing is left behind.
    public static func create(
        at directory: String, title: String, editor: Person?, date: Timestamp = .now(), notes: String? = nil
    ) throws -> Edition {
        let title = title.trimmingWhitespace()
        guard !title.isEmpty else { throw EditionError.emptyTitle }
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let existed = fileManager.fileExists(atPath: root, isDirectory: &isDirectory)
        if existed {
            guard isDirectory.boolValue else { throw EditionError.io(path: root, problem: "is a file, not a directory") }
            let contents = (try? fileManager.contentsOfDirectory(atPath: root)) ?? []
            if contents.contains(".git") { throw EditionError.alreadyARepository(path: root) }
            guard contents.isEmpty else { throw EditionError.directoryNotEmpty(path: root) }
        }
        do {
            let repository = try git { try Repository.initialize(at: root, initialBranch: "main") }
            guard let editor = editor ?? (try? repository.defaultSignature()).flatMap({ $0 }).map(Person.init)
            else { throw EditionError.noEditor }
            let configuration = EditionConfiguration(title: title, editors: [editor], notes: notes)
            let edition = Edition(root: root, repository: repository, configuration: configuration, head: nil)
            var files = [EditionLayout.configurationFile: Data(configuration.yaml().utf8)]
            for placeholder in EditionLayout.placeholderFiles() {
                files[placeholder.path] = Data(placeholder.text.utf8)
            }
            try edition.commit(
                files.mapValues { Optional($0) },
                message: CommitMessage(
                    subject: "Begin edition: \(title)",
                    body: "",
                    trailers: [Trailer(key: "Sigla-Action", value: "init")]),
                author: editor, date: date)
            return edition
        } catch {
            leaveAsItWas(root, existed: existed)
            throw error
        }
    }

    /// After a failed create or clone, leaves nothing behind: the directory as it was
    /// (absent, or empty).
    static func leaveAsItWas(_ root: String, existed: Bool) {
        let fileManager = FileManager.default
        if existed {
            for item in (try? fileManager.contentsOfDirectory(atPath: root)) ?? [] {
                try? fileManager.removeItem(atPath: root + "/" + item)
            }
        } else {
            try? fileManager.removeItem(atPath: root)
        }
    }

    /// Who makes a change: the editor given, else the edition's first editor, else the
    /// user git knows.
    public func resolveEditor(_ given: Person?) throws -> Person {
        if let given { return given }
        if let first = configuration.editors.first { return first }
        if let signature = (try? repository.defaultSignature()).flatMap({ $0 }) {
            return Person(signature)
        }
        throw EditionError.noEditor
    }

    /// Records `files` (path → new contents, or nil to delete) as one commit on top of the
    /// commit this edition was opened at, then brings the work tree and index up to date.
    /// The caller updates what `cache` holds that the change makes stale.
    ///
    /// - Parameter mergeParents: further parents after `HEAD`, for a merge commit.
    /// - Returns: the new commit.
    @discardableResult
    func commit(
        _ files: [String: Data?], message: CommitMessage, author: Person, date: Timestamp,
        mergeParents: [ObjectID] = []
    ) throws -> ObjectID {
        let transaction = try EditionTransaction(edition: self)
        let commit = try transaction.commit(
            files, message: message, author: author, date: date, expectedHead: head, mergeParents: mergeParents)
        head = commit
        return commit
    }

    /// Replaces the in-memory configuration after it has been committed.
    func updateConfiguration(_ configuration: EditionConfiguration) {
        self.configuration = configuration
        cache.clear()
    }

    /// Reads `sigla.yaml` at `path`: from the kept form in `gitDirectory`'s cache when
    /// the file's text is the one kept there.
    static func readConfiguration(at path: String, gitDirectory: String) throws -> EditionConfiguration {
        // A link could make an edition from elsewhere read a file outside it.
        if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
            type == .typeSymbolicLink
        {
            throw EditionError.io(path: path, problem: "is a symbolic link; sigla.yaml must be a file of the edition")
        }
        let text = try InputFile.read(path).text
        let kept = ConfigurationCache(gitDirectory: gitDirectory)
        if let known = kept.load(text: text) { return known }
        do {
            let configuration = try EditionConfiguration(yaml: text, fileName: path)
            kept.store(configuration, text: text)
            return configuration
        } catch {
            throw EditionError.configuration(error)
        }
    }
}

extension Person {
    init(_ signature: Signature) {
        self.init(name: signature.name, email: signature.email)
    }
}

/// Runs a GitStore call, turning its errors into ``EditionError/git(_:)``.
func git<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as GitError {
        throw EditionError.git(error)
    }
}
