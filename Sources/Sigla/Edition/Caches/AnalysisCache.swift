import Foundation

/// What an edition works out from its witnesses — the base text divided into sections and
/// sentences, and the variant locations found by collation — and the decisions recorded
/// at a commit, kept on disk between commands, so that a decision does not collate the
/// whole book again nor read every record in `apparatus/`.
///
/// The cache lives in `.git/sigla-cache/`, never in the work tree or in commits, in the
/// compact form of ``CacheFile``. The base text and locations are keyed by what they depend on
/// (`sigla.yaml` and every transcription, by their blob ids); the decisions by the commit.
/// Any change is a miss; a file that cannot be read is a miss.
struct AnalysisCache {
    /// The base text, as the cache keeps it.
    struct Base: CacheArchivable {
        var text: BaseText

        init(_ text: BaseText) { self.text = text }

        init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
            text = BaseText(sections: try reader.readArray())
        }

        func write(to writer: inout CacheWriter) { writer.write(text.sections) }
    }

    /// The variant locations, as the cache keeps them.
    struct Locations: CacheArchivable {
        var locations: [EditionLocation]

        init(_ locations: [EditionLocation]) { self.locations = locations }

        init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
            locations = try reader.readArray()
        }

        func write(to writer: inout CacheWriter) { writer.write(locations) }
    }

    /// The decisions recorded at one commit.
    struct Decisions: CacheArchivable {
        var decisions: [Decision]

        init(_ decisions: [Decision]) { self.decisions = decisions }

        init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
            decisions = try reader.readArray()
        }

        func write(to writer: inout CacheWriter) { writer.write(decisions) }
    }

    /// Bumped whenever the analysis itself changes, so old caches are ignored.
    static let version = 6

    let directory: String

    init(gitDirectory: String) {
        directory = gitDirectory.withoutTrailingSlash + "/sigla-cache"
    }

    // The base text and the locations are kept apart: blame needs only the first.
    private var baseFile: CacheFile<Base> {
        CacheFile(path: directory + "/base.bin", tag: "sigla-base", version: Self.version)
    }

    private var locationsFile: CacheFile<Locations> {
        CacheFile(path: directory + "/locations.bin", tag: "sigla-locations", version: Self.version)
    }

    private var decisionsFile: CacheFile<Decisions> {
        CacheFile(path: directory + "/decisions.bin", tag: "sigla-decisions", version: Self.version)
    }

    func loadBase(key: String) -> BaseText? { baseFile.load(key: key)?.text }

    func storeBase(_ text: BaseText, key: String) { baseFile.store(Base(text), key: key) }

    func loadLocations(key: String) -> [EditionLocation]? { locationsFile.load(key: key)?.locations }

    func storeLocations(_ locations: [EditionLocation], key: String) { locationsFile.store(Locations(locations), key: key) }

    /// The decisions at `commit`, if they were kept.
    func loadDecisions(at commit: String) -> [Decision]? { decisionsFile.load(key: commit)?.decisions }

    /// Keeps the decisions at `commit`.
    func storeDecisions(_ decisions: [Decision], at commit: String) {
        decisionsFile.store(Decisions(decisions), key: commit)
    }
}

extension BaseText {
    /// A base text already divided, as the cache keeps it.
    init(sections: [Section]) {
        self.sections = sections
    }
}
