import CLibGit2

/// A libgit2 call that failed, with libgit2's own explanation.
///
/// The message is read from `git_error_last()` synchronously, right after the failing
/// call returned a negative code: libgit2 keeps it per thread and a later successful
/// call may leave it stale.
public struct GitError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The libgit2 function that failed, e.g. `"git_repository_open"`.
    public var operation: String
    /// The `git_error_code` libgit2 returned (negative), e.g. `-3` (`GIT_ENOTFOUND`).
    public var code: Int32
    /// libgit2's message, e.g. `"could not find repository at '/tmp/x'"`.
    public var message: String

    /// Creates an error from its parts.
    public init(operation: String, code: Int32, message: String) {
        self.operation = operation
        self.code = code
        self.message = message
    }

    /// "git_repository_open failed (code -3): could not find repository at '/tmp/x'".
    public var description: String {
        "\(operation) failed (code \(code)): \(message)"
    }

    /// The object, reference or file asked for does not exist (`GIT_ENOTFOUND`).
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }

    /// An abbreviated id or name matched more than one object (`GIT_EAMBIGUOUS`).
    public var isAmbiguous: Bool { code == GIT_EAMBIGUOUS.rawValue }

    /// The object or reference exists already and was not to be overwritten (`GIT_EEXISTS`).
    public var isAlreadyExisting: Bool { code == GIT_EEXISTS.rawValue }

    /// A reference moved under our feet (`GIT_EMODIFIED`): for a commit that updates a
    /// reference, the first parent was not the reference's current tip — someone else
    /// committed in between.
    public var isConcurrentModification: Bool { code == GIT_EMODIFIED.rawValue }

    /// Reads libgit2's last error for this thread. Call only right after a call returned
    /// a negative code.
    static func last(operation: String, code: Int32) -> GitError {
        let message: String
        if let error = git_error_last(), let text = error.pointee.message {
            message = String(cString: text)  // copied: libgit2 reuses the buffer
        } else {
            message = "libgit2 gave no detail"
        }
        return GitError(operation: operation, code: code, message: message)
    }
}

/// Throws the last libgit2 error when `result` is negative.
///
/// Call it directly on the return value of a libgit2 function so nothing runs between
/// the failure and the read of `git_error_last()`.
@inline(__always)
func check(_ result: Int32, _ operation: @autoclosure () -> String) throws(GitError) {
    if result < 0 {
        throw GitError.last(operation: operation(), code: result)
    }
}
