/// One hunk of a line diff between two versions of a file, as git's diff reports it with
/// no context lines: `oldCount` lines from `oldStart` were replaced by `newCount` lines
/// from `newStart`.
///
/// Line numbers are 1-based. As in unified diffs, a side with no lines names the line
/// *after which* the change sits (0 for the start of the file).
public struct LineChange: Hashable, Sendable {
    public var oldStart: Int
    public var oldCount: Int
    public var newStart: Int
    public var newCount: Int

    public init(oldStart: Int, oldCount: Int, newStart: Int, newCount: Int) {
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount
    }
}
