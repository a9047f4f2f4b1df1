/// What a push did to the remote's branch.
public enum PushOutcome: Sendable, Equatable {
    /// The remote branch moved from `old` (nil: it did not exist) to `new`.
    case updated(old: ObjectID?, new: ObjectID)
    /// The remote branch already was at the local tip; nothing was sent.
    case upToDate(ObjectID)
    /// The remote refused: nothing changed there.
    case rejected(PushRejection)
}

/// Why a remote refused a push.
public enum PushRejection: Sendable, Equatable, CustomStringConvertible {
    /// The remote branch has commits the local branch does not contain (someone pushed
    /// first): fetch and merge them, then push again. `remoteTip` is the remote's tip when
    /// it is known.
    case remoteHasChanges(branch: String, remoteTip: ObjectID?)
    /// The remote said no for another reason (a hook, permissions, a non-bare remote).
    case refused(branch: String, message: String)

    public var description: String {
        switch self {
        case .remoteHasChanges(let branch, let tip):
            "the remote's \(branch) has commits that yours does not have"
                + (tip.map { " (it is at \($0.short))" } ?? "") + ": fetch and merge them first"
        case .refused(let branch, let message):
            "the remote refused to update \(branch): \(message)"
        }
    }
}
