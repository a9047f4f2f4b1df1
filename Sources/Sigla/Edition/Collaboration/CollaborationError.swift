/// Why sharing an edition with co-editors (clone, pull, push, remotes) could not be done.
/// Every case leaves the edition as it was; the message says what to do.
public enum CollaborationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The edition has no remote to pull from or push to.
    case noRemote
    /// No remote of that name.
    case unknownRemote(String, known: [String])
    /// Several remotes and none named `origin`: say which.
    case chooseRemote(known: [String])
    /// `remote add` with a name already taken.
    case remoteExists(String, url: String)
    /// A name git cannot use for a remote.
    case invalidRemoteName(String)
    /// `HEAD` is not on a branch.
    case detachedHead
    /// The remote has no such branch yet.
    case remoteBranchMissing(remote: String, branch: String)
    /// The remote's branch has decisions this edition does not have.
    case pushRejected(remote: String, branch: String)
    /// The remote refused the push for another reason.
    case pushRefused(remote: String, branch: String, message: String)
    /// Nothing to push: the edition has no commit.
    case nothingToPush
    /// The two editions do not share a first commit: they are different editions.
    case unrelatedHistories(label: String)
    /// Both sides changed a file that is not a decision record (the settings, a
    /// transcription) in different ways.
    case filesChangedOnBothSides(label: String, paths: [String])
    /// A pull stopped on editorial conflicts that are not all resolved yet.
    case pullPending(label: String, unresolved: [String])
    /// `pull --abort` with no pull waiting.
    case noPendingPull
    /// A clone of a repository that holds no `sigla.yaml`.
    case notAnEditionRepository(url: String)
    /// A clone into a folder that is not empty.
    case destinationNotEmpty(path: String)

    public var description: String {
        switch self {
        case .noRemote:
            return "this edition has no remote: add one with sigla remote add origin URL"
        case .unknownRemote(let name, let known):
            return "no remote '\(name)' ("
                + (known.isEmpty
                    ? "the edition has none; add one with sigla remote add"
                    : "remotes: " + known.joined(separator: ", ")) + ")"
        case .chooseRemote(let known):
            return
                "the edition has several remotes (\(known.joined(separator: ", "))) and none is called origin: name one"
        case .remoteExists(let name, let url):
            return "there is already a remote '\(name)' (\(url)); choose another name"
        case .invalidRemoteName(let name):
            return "'\(name)' cannot name a remote: use letters, digits, '-' and '_'"
        case .detachedHead:
            return "the edition is not on a branch (HEAD is detached): check out a branch with git switch first"
        case .remoteBranchMissing(let remote, let branch):
            return "\(remote) has no branch \(branch) yet: nothing to pull; sigla push publishes yours"
        case .pushRejected(let remote, let branch):
            return "push rejected: \(remote)/\(branch) has decisions you do not have yet. "
                + "Run sigla pull to merge them, then sigla push again"
        case .pushRefused(let remote, let branch, let message):
            return "push to \(remote)/\(branch) refused: \(message)"
        case .nothingToPush:
            return "the edition has no commit to push yet"
        case .unrelatedHistories(let label):
            return "\(label) is not the same edition (the two histories share no commit); nothing was merged"
        case .filesChangedOnBothSides(let label, let paths):
            return
                "you and \(label) changed \(paths.joined(separator: ", ")) in different ways; Sigla merges decisions, "
                + "not these files. Agree on one version (make the same change on your side, or undo yours with git), "
                + "then pull again. Nothing was merged"
        case .pullPending(let label, let unresolved):
            return "a pull from \(label) is waiting for \(unresolved.count) editorial conflict"
                + (unresolved.count == 1 ? "" : "s") + " (\(unresolved.joined(separator: ", "))): "
                + "sigla conflicts shows them; resolve each with sigla decide LOC … --because \"…\", "
                + "or drop the pull with sigla pull --abort"
        case .noPendingPull:
            return "no pull is waiting for conflicts to be resolved"
        case .notAnEditionRepository(let url):
            return "\(url) is a git repository but not a Sigla edition (it has no sigla.yaml); nothing was cloned"
        case .destinationNotEmpty(let path):
            return "\(path) exists and is not empty; clone into a new or empty directory"
        }
    }
}
