import Foundation

/// What an edition works out from its witnesses — the base text divided into sections and
/// sentences, and the variant locations found by collation — and the decisions recorded
/// at a commit, kept on disk between commands, so that a decision does not collate the
/// whole book again nor read every record in `apparatus/`.
///
/// The cache lives in `.git/sigla-cache/`, never in the work tree or in commits, in the
/// compact form of ``CacheFile``. The base text and locations are keyed by what they depend on
/// (`sigla.yaml` and every transcription, by their blob ids); each section's decisions by
/// its folder in `apparatus/`.
/// Any change is a miss; a file that cannot be read is a miss.
struct AnalysisCache {
    /// The base text, as the cache keeps it: one block per section, so that a decision
    /// at `I.27/1` reads section I only.
    struct Base: CacheArchivable {
        var text: BaseText

        init(_ text: BaseText) { self.text = text }

        init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
            var sections: [BaseText.Section] = []
            for _ in 0..<(try reader.readInt()) {
                _ = try reader.readSectionID()
                _ = try reader.readBlockLength()
                sections.append(try reader.read())
            }
            text = BaseText(sections: sections)
        }

        /// One section, the others skipped; nil when the text has no such section.
        static func read(section: SectionID, from reader: inout CacheReader) throws(CacheReader.Malformed)
            -> BaseText.Section?
        {
            for _ in 0..<(try reader.readInt()) {
                if try reader.readSectionID() == section {
                    _ = try reader.readBlockLength()
                    return try reader.read()
                }
                try reader.skipBlock()
            }
            return nil
        }

        func write(to writer: inout CacheWriter) {
            writer.write(text.sections.count)
            for section in text.sections {
                writer.write(section.id.rawValue)
                var block = CacheWriter()
                block.write(section)
                writer.writeBlock(block)
            }
        }
    }

    /// The variant locations, as the cache keeps them: in blocks by section, so that a
    /// decision at `I.27/1` reads the locations of section I only.
    struct Locations: CacheArchivable {
        var locations: [EditionLocation]

        init(_ locations: [EditionLocation]) { self.locations = locations }

        init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
            locations = []
            for _ in 0..<(try reader.readInt()) {
                _ = try reader.readSectionID()
                _ = try reader.readBlockLength()
                locations += try reader.readArray(of: EditionLocation.self)
            }
            guard reader.isAtEnd else { throw CacheReader.Malformed() }
        }

        /// The locations of one section, the other blocks skipped.
        static func read(section: SectionID, from reader: inout CacheReader) throws(CacheReader.Malformed)
            -> [EditionLocation]
        {
            var found: [EditionLocation] = []
            for _ in 0..<(try reader.readInt()) {
                if try reader.readSectionID() == section {
                    _ = try reader.readBlockLength()
                    found += try reader.readArray(of: EditionLocation.self)
                } else {
                    try reader.skipBlock()
                }
            }
            return found
        }

        func write(to writer: inout CacheWriter) {
            // One block per run of locations in the same section, so the order is kept.
            var runs: [(section: SectionID, locations: [EditionLocation])] = []
            for location in locations {
                if runs.last?.section == location.id.section {
                    runs[runs.count - 1].locations.append(location)
                } else {
                    runs.append((location.id.section, [location]))
                }
            }
            writer.write(runs.count)
            for run in runs {
                writer.write(run.section.rawValue)
                var block = CacheWriter()
                block.write(run.locations)
                writer.writeBlock(block)
            }
        }
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
    static let version = 9

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

    /// One section's decisions, keyed by the id of its folder in `apparatus/` (which
    /// changes exactly when one of its records does), so a decision rewrites one file.
    private func decisionsFile(section: String) -> CacheFile<Decisions> {
        CacheFile(
            path: directory + "/decisions/" + section.cacheFileName + ".bin", tag: "sigla-decisions",
            version: Self.version)
    }

    /// One section's established text, keyed by what it depends on (the analysis and the
    /// section's folder in `apparatus/`): the section a decision is about to change was
    /// kept by the decision before, and need not be established again.
    private func establishedFile(section: String) -> CacheFile<EstablishedSection> {
        CacheFile(
            path: directory + "/established/" + section.cacheFileName + ".bin", tag: "sigla-established",
            version: Self.version)
    }

    func loadEstablished(section: SectionID, key: String) -> EstablishedSection? {
        establishedFile(section: section.rawValue).load(key: key)
    }

    func storeEstablished(_ section: EstablishedSection, key: String) {
        establishedFile(section: section.id.rawValue).store(section, key: key)
    }

    func loadBase(key: String) -> BaseText? { baseFile.load(key: key)?.text }

    /// One section of the base text, if the base text was kept for `key`: `.some(nil)`
    /// when it was and has no such section.
    func loadBase(key: String, section: SectionID) -> BaseText.Section?? {
        baseFile.load(key: key) { reader throws(CacheReader.Malformed) in
            try Base.read(section: section, from: &reader)
        }
    }

    func storeBase(_ text: BaseText, key: String) { baseFile.store(Base(text), key: key) }

    func loadLocations(key: String) -> [EditionLocation]? { locationsFile.load(key: key)?.locations }

    /// The locations of one section, if the locations were kept for `key`.
    func loadLocations(key: String, section: SectionID) -> [EditionLocation]? {
        locationsFile.load(key: key) { reader throws(CacheReader.Malformed) in
            try Locations.read(section: section, from: &reader)
        }
    }

    func storeLocations(_ locations: [EditionLocation], key: String) { locationsFile.store(Locations(locations), key: key) }

    /// The decisions of one section, if they were kept for its `apparatus/` folder `folder`.
    func loadDecisions(section: String, folder: String) -> [Decision]? {
        decisionsFile(section: section).load(key: folder)?.decisions
    }

    /// Keeps one section's decisions for its `apparatus/` folder `folder`.
    func storeDecisions(_ decisions: [Decision], section: String, folder: String) {
        decisionsFile(section: section).store(Decisions(decisions), key: folder)
    }
}

extension BaseText {
    /// A base text already divided, as the cache keeps it.
    init(sections: [Section]) {
        self.sections = sections
    }
}

extension String {
    /// The string as one file name: '/' cannot be in one, '%' is escaped first.
    var cacheFileName: String {
        replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "/", with: "%2F")
    }
}
