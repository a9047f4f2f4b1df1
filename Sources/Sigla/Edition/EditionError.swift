public import GitStore

/// Why an edition command could not be carried out. Every case leaves the edition as it
/// was; the message says what is wrong and, where there is one, what to do.
public enum EditionError: Error, CustomStringConvertible {
    /// No edition at or above the directory.
    case notAnEdition(searchedFrom: String)
    /// `init` into a directory that is already an edition or a git repository.
    case alreadyARepository(path: String)
    /// `init` into a directory that already holds files.
    case directoryNotEmpty(path: String)
    case invalidSiglum(SiglumError)
    case duplicateWitness(Siglum)
    case unknownWitness(String, known: [Siglum])
    case inputFile(InputFileError)
    case configuration(ConfigurationError)
    case invalidEditor(PersonError)
    /// No editor given, none in `sigla.yaml`, none in git's configuration.
    case noEditor
    case emptyTitle
    /// Files of the edition were changed by hand and not committed.
    case uncommittedChanges(paths: [String])
    /// Another `sigla` command is changing the edition.
    case busy(lockFile: String, holder: String)
    /// The edition moved on (another command committed) while this one worked.
    case concurrentChange
    /// A transcription that does not parse.
    case invalidTranscription(Diagnostic)
    /// The edition has no witness yet, so no base text.
    case noWitnesses
    case unknownSection(String, known: [String])
    case decisionConflict(DecisionConflict)
    /// A decision of an edition's source material could not be replayed.
    case recipe(note: String, problem: String)
    case git(GitError)
    case io(path: String, problem: String)
    /// A path in the edition's files that would lead outside it.
    case unsafePath(String, in: String)

    public var description: String {
        switch self {
        case .notAnEdition(let directory):
            return "not inside a Sigla edition (no sigla.yaml in a git repository at or above \(directory)); "
                + "run `sigla init DIR --title \"…\"` to make one, or pass -C DIR"
        case .alreadyARepository(let path):
            return "\(path) is already a git repository; `sigla init` makes a new edition in a new or empty directory"
        case .directoryNotEmpty(let path):
            return "\(path) is not empty; `sigla init` makes a new edition in a new or empty directory"
        case .invalidSiglum(let error):
            return error.description
        case .duplicateWitness(let siglum):
            return "the edition already has a witness \(siglum); choose another siglum"
        case .unknownWitness(let name, let known):
            let list = known.isEmpty ? "the edition has no witnesses yet" : "known: " + known.map(\.rawValue).joined(separator: ", ")
            return "no witness '\(name)' in this edition (\(list))"
        case .inputFile(let error):
            return error.description
        case .configuration(let error):
            return error.description
        case .invalidEditor(let error):
            return error.description
        case .noEditor:
            return "who is the editor? pass --editor \"Name <mail>\", or set git's user.name and user.email"
        case .emptyTitle:
            return "the title is empty: pass --title \"…\""
        case .uncommittedChanges(let paths):
            return "the edition has changes that are not committed (\(paths.joined(separator: ", "))); "
                + "commit them with git or discard them (git restore), then run the command again"
        case .busy(let lockFile, let holder):
            return "another sigla command (\(holder)) is changing this edition; wait for it and try again "
                + "(if none is running, remove \(lockFile))"
        case .concurrentChange:
            return "the edition changed while this command ran (another sigla or git command committed); "
                + "nothing was recorded: run the command again"
        case .invalidTranscription(let diagnostic):
            return diagnostic.description
        case .noWitnesses:
            return "the edition has no witnesses yet: add one with sigla witness add SIGLUM FILE --title \"…\""
        case .unknownSection(let name, let known):
            return "no section '\(name)' in the base text (sections: \(known.joined(separator: ", ")))"
        case .decisionConflict(let conflict):
            return conflict.description
        case .recipe(let note, let problem):
            return "\(note): \(problem)"
        case .git(let error):
            return "git: \(error.description)"
        case .io(let path, let problem):
            return "\(path): \(problem)"
        case .unsafePath(let path, let file):
            return "\(file) names the file '\(path)', which is not inside the edition; Sigla reads only the edition's own files"
        }
    }
}
