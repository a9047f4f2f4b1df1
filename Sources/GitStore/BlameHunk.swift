import CLibGit2

/// A run of consecutive lines of a file that were last changed by the same commit.
public struct BlameHunk: Sendable {
    /// The first line of the run, 1-based, in the blamed version of the file.
    public var startLine: Int
    /// How many lines the run has.
    public var lineCount: Int
    /// The commit that last changed these lines.
    public var commit: ObjectID
    /// The file's path in that commit (the same path: libgit2 1.5 does not follow
    /// renames or copies).
    public var originalPath: String
    /// Where the run started, 1-based, in that commit's version of the file.
    public var originalStartLine: Int
    /// The author of ``commit``, when libgit2 reports one.
    public var author: Signature?

    /// Copies a hunk out of a `git_blame` (its strings belong to the blame).
    init(_ hunk: UnsafePointer<git_blame_hunk>) {
        let value = hunk.pointee
        startLine = Int(value.final_start_line_number)
        lineCount = Int(value.lines_in_hunk)
        commit = ObjectID(value.final_commit_id)
        originalPath = value.orig_path.map { String(cString: $0) } ?? ""
        originalStartLine = Int(value.orig_start_line_number)
        author = value.final_signature.map { Signature(UnsafePointer($0)) }
    }
}
