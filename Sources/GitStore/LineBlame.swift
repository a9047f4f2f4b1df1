/// Which commit last changed each line of one file at one commit — what `git blame`
/// says — in a form that can be kept and carried forward to later commits (see
/// ``Repository/lineBlame(path:at:continuing:)``).
public struct LineBlame: Hashable, Sendable, Codable {
    /// The file, repository-relative.
    public var path: String
    /// The commit whose version of the file this blames.
    public var commit: ObjectID
    /// The file's blob in ``commit``; nil when there is no such file there.
    public var blob: ObjectID?
    /// For each line of the file (index 0 is line 1), the commit that last changed it.
    public var lines: [ObjectID]

    public init(path: String, commit: ObjectID, blob: ObjectID?, lines: [ObjectID]) {
        self.path = path
        self.commit = commit
        self.blob = blob
        self.lines = lines
    }

    /// The same blame as runs of lines, as ``Repository/blame(path:newest:)`` gives them.
    public var hunks: [(startLine: Int, lineCount: Int, commit: ObjectID)] {
        var runs: [(startLine: Int, lineCount: Int, commit: ObjectID)] = []
        for (index, commit) in lines.enumerated() {
            if let last = runs.last, last.commit == commit {
                runs[runs.count - 1].lineCount += 1
            } else {
                runs.append((index + 1, 1, commit))
            }
        }
        return runs
    }
}
