import Foundation
import GitStore

/// What `log` and `blame` read from the history, kept in `.git/sigla-cache/` and brought
/// up to date from where it was rather than read again from the first commit: the
/// decisions and reverts as their commits record them, and which commit last changed
/// each line of a section's text file.
///
/// Both are only ever extended with the commits made since they were kept; a cache from
/// a history that was rewritten (its commit no longer an ancestor of HEAD) is dropped.
struct HistoryCache {
    static let version = 2

    let directory: String

    init(gitDirectory: String) {
        directory = gitDirectory.withoutTrailingSlash + "/sigla-cache"
    }

    /// The log entries, newest first, keyed by the commit they go up to.
    var log: CacheFile<LogEntries> {
        CacheFile(path: directory + "/history.bin", tag: "sigla-history", version: Self.version)
    }

    /// The line blame of one file, keyed by its path.
    func blame(of path: String) -> CacheFile<LineBlame> {
        CacheFile(path: directory + "/blame/" + path.cacheFileName + ".bin", tag: "sigla-blame", version: Self.version)
    }

    struct LogEntries: CacheArchivable {
        var entries: [Edition.LogEntry]

        init(_ entries: [Edition.LogEntry]) { self.entries = entries }

        init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
            entries = try reader.readArray()
        }

        func write(to writer: inout CacheWriter) { writer.write(entries) }
    }
}

extension Edition.LogEntry: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            commit: try reader.readString(), action: try reader.readString(), location: try reader.readString(),
            citation: try reader.readOptionalString(), decision: try reader.readOptionalString(),
            adopted: try reader.readOptionalString(), category: try reader.readOptionalString(),
            sign: try reader.readOptionalString(), editor: try reader.readString(), date: try reader.readString(),
            subject: try reader.readString(), justification: try reader.readString(),
            reverts: try reader.readOptionalString(), mergedIn: try reader.readOptionalString(),
            mergedFrom: try reader.readOptionalString())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(commit)
        writer.write(action)
        writer.write(location)
        writer.write(citation)
        writer.write(decision)
        writer.write(adopted)
        writer.write(category)
        writer.write(sign)
        writer.write(editor)
        writer.write(date)
        writer.write(subject)
        writer.write(justification)
        writer.write(reverts)
        writer.write(mergedIn)
        writer.write(mergedFrom)
    }
}

extension LineBlame: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let path = try reader.readString()
        guard let commit = ObjectID(hex: try reader.readString()) else { throw CacheReader.Malformed() }
        let blob = try reader.readOptionalString().map { hex throws(CacheReader.Malformed) in
            guard let id = ObjectID(hex: hex) else { throw CacheReader.Malformed() }
            return id
        }
        // The few commits that own lines, then each line as an index among them.
        var owners: [ObjectID] = []
        for _ in 0..<(try reader.readInt()) {
            guard let id = ObjectID(hex: try reader.readString()) else { throw CacheReader.Malformed() }
            owners.append(id)
        }
        var lines: [ObjectID] = []
        for _ in 0..<(try reader.readInt()) {
            let index = try reader.readInt()
            guard owners.indices.contains(index) else { throw CacheReader.Malformed() }
            lines.append(owners[index])
        }
        self.init(path: path, commit: commit, blob: blob, lines: lines)
    }

    func write(to writer: inout CacheWriter) {
        writer.write(path)
        writer.write(commit.hex)
        writer.write(blob?.hex)
        var owners: [ObjectID: Int] = [:]
        var order: [ObjectID] = []
        for line in lines where owners[line] == nil {
            owners[line] = order.count
            order.append(line)
        }
        writer.write(order.count)
        for owner in order { writer.write(owner.hex) }
        writer.write(lines.count)
        for line in lines { writer.write(owners[line]!) }
    }
}
