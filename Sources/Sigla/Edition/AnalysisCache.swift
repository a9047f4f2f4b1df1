import Foundation

/// What an edition works out from its witnesses — the base text divided into sections and
/// sentences, and the variant locations found by collation — kept on disk between
/// commands, so that a decision does not collate the whole book again.
///
/// The cache lives in `.git/sigla-cache/`, never in the work tree or in commits. It is
/// keyed by a hash of everything the analysis depends on (`sigla.yaml` and every
/// transcription); any change to them is a miss. A cache that cannot be read is a miss.
struct AnalysisCache {
    /// The analysis and the key it was made for.
    struct Entry: Codable {
        var version: Int
        var key: String
        var base: BaseText
        var locations: [EditionLocation]
    }

    /// Bumped whenever the analysis itself changes, so old caches are ignored.
    static let version = 5

    let path: String

    init(gitDirectory: String) {
        path = gitDirectory + "/sigla-cache/analysis.json"
    }

    /// The cached analysis for `key`, if there is one.
    func load(key: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: path),
            let entry = try? JSONDecoder().decode(Entry.self, from: data),
            entry.version == Self.version, entry.key == key
        else { return nil }
        return entry
    }

    /// Keeps `entry`; a failure to write only costs the next command the time to recompute.
    func store(_ entry: Entry) {
        guard let data = try? JSONEncoder().encode(entry) else { return }
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }

    /// The decisions recorded at a commit, kept so a command need not read every record
    /// in `apparatus/` again.
    struct Decisions: Codable {
        var version: Int
        var commit: String
        var decisions: [Decision]
    }

    private var decisionsPath: String {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("decisions.json").path
    }

    /// The decisions at `commit`, if they were kept.
    func loadDecisions(at commit: String) -> [Decision]? {
        guard let data = FileManager.default.contents(atPath: decisionsPath),
            let kept = try? JSONDecoder().decode(Decisions.self, from: data),
            kept.version == Self.version, kept.commit == commit
        else { return nil }
        return kept.decisions
    }

    /// Keeps the decisions at `commit`.
    func storeDecisions(_ decisions: [Decision], at commit: String) {
        guard let data = try? JSONEncoder().encode(Decisions(version: Self.version, commit: commit, decisions: decisions))
        else { return }
        let url = URL(fileURLWithPath: decisionsPath)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }

    /// A hash of the inputs (64-bit FNV-1a, as hex): not for security, only to notice change.
    static func key(of inputs: [Data]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for input in inputs {
            for byte in input {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            hash = (hash ^ 0xff) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
