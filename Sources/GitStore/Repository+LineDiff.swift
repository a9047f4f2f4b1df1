import CLibGit2
public import Foundation

extension Repository {
    /// The line hunks that turn `old` into `new`, with no context: the diff `git blame`
    /// itself uses from one version of a file to the next (xdiff's Myers, no heuristics).
    ///
    /// - Complexity: O((N + M) · D) for files of N and M lines differing in D lines.
    public func lineChanges(from old: Data, to new: Data) throws -> [LineChange] {
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.context_lines = 0
        options.interhunk_lines = 0
        // Never "Binary files differ": a transcription may hold any byte.
        options.flags |= GIT_DIFF_FORCE_TEXT.rawValue

        final class Collected { var changes: [LineChange] = [] }
        let collected = Collected()
        let result = old.withUnsafeBytes { oldBytes in
            new.withUnsafeBytes { newBytes in
                withExtendedLifetime(collected) {
                    git_diff_buffers(
                        oldBytes.baseAddress, oldBytes.count, nil, newBytes.baseAddress, newBytes.count, nil,
                        &options, nil, nil,
                        { _, hunk, payload in
                            guard let hunk, let payload else { return 0 }
                            let value = hunk.pointee
                            Unmanaged<Collected>.fromOpaque(payload).takeUnretainedValue().changes.append(
                                LineChange(
                                    oldStart: Int(value.old_start), oldCount: Int(value.old_lines),
                                    newStart: Int(value.new_start), newCount: Int(value.new_lines)))
                            return 0
                        },
                        nil, Unmanaged.passUnretained(collected).toOpaque())
                }
            }
        }
        try check(result, "git_diff_buffers")
        return collected.changes
    }
}
