import Foundation
import GitStore
import Yams

extension Edition {
    /// The witness state the established text is built from (`TS`, or `TS-ac`).
    public var baseStateName: WitnessStateName? {
        guard let base = configuration.base ?? configuration.witnesses.first?.siglum.rawValue else { return nil }
        return WitnessStateName(base) ?? WitnessStateName(siglum: base)
    }

    /// The base witness's state, divided into sections and sentences.
    ///
    /// - Throws: ``EditionError/noWitnesses`` before the first witness is added.
    public func baseText() throws -> BaseText {
        if let cached = cache.baseText { return cached }
        let key = try analysisKey()
        if let key, let kept = analysisCache.loadBase(key: key) {
            cache.baseText = kept
            return kept
        }
        guard let name = baseStateName else { throw EditionError.noWitnesses }
        let entry = try witness(named: name.siglum)
        let text = BaseText(
            text: try transcription(of: entry).state(name.state).text, corrections: configuration.sentences)
        cache.baseText = text
        if let key { analysisCache.storeBase(text, key: key) }
        return text
    }

    /// One section of the base text: from the kept analysis without reading the other
    /// sections', when it is there.
    func baseSection(_ id: SectionID) throws -> BaseText.Section? {
        if let whole = cache.baseText { return whole.section(id) }
        if let known = cache.baseSections[id] { return known }
        if let key = try analysisKey(), let kept = analysisCache.loadBase(key: key, section: id) {
            if let kept { cache.baseSections[id] = kept }
            return kept
        }
        return try baseText().section(id)
    }

    /// How a state is named in collation and in the apparatus: a witness's state after
    /// revision by its bare siglum (`TS`), the others with their suffix (`TS-ac`, `TS-1`).
    static func displayName(_ name: WitnessStateName) -> String {
        name.state == .afterRevision ? name.siglum : name.description
    }

    /// The states compared with the base: every state of every witness, except the base
    /// itself and witnesses that survive only in fragments (their gaps are not omissions;
    /// their text is brought in with `decide --supply … --from`).
    public func comparedStates() throws -> [(name: String, text: String)] {
        let base = baseStateName.map(Self.displayName)
        var states: [(String, String)] = []
        for entry in witnesses {
            let transcription = try transcription(of: entry)
            if transcription.isFragmentary { continue }
            var seen: Set<String> = []
            for state in [WitnessState.afterRevision] + transcription.distinctStates {
                let name = Self.displayName(WitnessStateName(siglum: entry.siglum.rawValue, state: state))
                guard name != base, !seen.contains(name) else { continue }
                seen.insert(name)
                states.append((name, transcription.state(state).text))
            }
        }
        return states
    }

    /// The places where the compared states differ from the base text.
    public func locations() throws -> [EditionLocation] {
        if let cached = cache.locations { return cached }
        let key = try analysisKey()
        if let key, let kept = analysisCache.loadLocations(key: key) {
            cache.locations = kept
            return kept
        }
        guard let baseName = baseStateName else { throw EditionError.noWitnesses }
        let base = try baseText()
        let compared = try comparedStates()
        guard !compared.isEmpty else {
            cache.locations = []
            return []
        }
        var configuration = configuration.collation
        let baseDisplay = Self.displayName(baseName)
        configuration.base = baseDisplay
        let baseState = try stateText(named: baseName.description).state.text
        let collation = try Collator(configuration: configuration).collate(
            [(siglum: baseDisplay, text: baseState)] + compared.map { (siglum: $0.name, text: $0.text) })
        let found = LocationFinder.locations(base: base, collation: collation)
        cache.locations = found
        if let key { analysisCache.storeLocations(found, key: key) }
        return found
    }

    /// The locations in one section: from the kept analysis without reading the other
    /// sections', when it is there.
    func locations(in section: SectionID) throws -> [EditionLocation] {
        if cache.locations == nil, let key = try analysisKey(),
            let kept = analysisCache.loadLocations(key: key, section: section)
        {
            return kept
        }
        return try locations().filter { $0.id.section == section }
    }

    private var analysisCache: AnalysisCache { AnalysisCache(gitDirectory: repository.gitDirectoryPath) }

    /// What the analysis depends on: the settings and every transcription, named by
    /// their paths and blob ids (git has already hashed their contents).
    private func analysisKey() throws -> String? {
        if let known = cache.analysisKey { return known }
        guard let head else { return nil }
        var key = ""
        for path in [EditionLayout.configurationFile] + witnesses.map(\.file) {
            let blob = try git { try repository.blobID(at: path, commit: head) }
            key += "\(path) \(blob?.hex ?? "-")\n"
        }
        cache.analysisKey = key
        return key
    }

    /// The decisions recorded in `apparatus/` at HEAD, in location order.
    public func decisions() throws -> [Decision] {
        if let cached = cache.decisions { return cached }
        guard let head else { return [] }
        var found: [Decision] = []
        let folders = try git { try repository.folderEntries(at: EditionLayout.apparatusDirectory, commit: head) }
        for folder in folders where folder.isFolder {
            found += try decisions(inFolder: folder.name, id: folder.id, at: head)
        }
        found.sort { $0.location < $1.location }
        cache.decisions = found
        return found
    }

    /// The decisions recorded at HEAD in one section, in location order: only that
    /// section's folder of `apparatus/` is read.
    func decisions(in section: SectionID) throws -> [Decision] {
        if let all = cache.decisions { return all.filter { $0.location.section == section } }
        if let known = cache.sectionDecisions[section] { return known }
        guard let head else { return [] }
        var found: [Decision] = []
        if let folder = try apparatusFolder(of: section) {
            found = try decisions(inFolder: section.rawValue, id: folder, at: head)
                .filter { $0.location.section == section }
                .sorted { $0.location < $1.location }
        }
        cache.sectionDecisions[section] = found
        return found
    }

    /// The id of a section's folder in `apparatus/` at HEAD; nil before its first decision.
    private func apparatusFolder(of section: SectionID) throws -> ObjectID? {
        guard let head else { return nil }
        return try git { try repository.folderEntries(at: EditionLayout.apparatusDirectory, commit: head) }
            .first { $0.isFolder && $0.name == section.rawValue }?.id
    }

    /// What a section's established text depends on: the analysis, and the section's
    /// folder in `apparatus/` (`folder`, its id at HEAD).
    private func establishedKey(_ id: SectionID, folder: ObjectID?) throws -> String? {
        guard let analysis = try analysisKey() else { return nil }
        return analysis + EditionLayout.apparatusDirectory + "/" + id.rawValue + " " + (folder?.hex ?? "-") + "\n"
    }

    /// The decisions recorded in one folder of `apparatus/` (a section's), kept by the
    /// folder's id.
    private func decisions(inFolder name: String, id: ObjectID, at head: ObjectID) throws -> [Decision] {
        if let kept = analysisCache.loadDecisions(section: name, folder: id.hex) { return kept }
        var found: [Decision] = []
        let directory = EditionLayout.apparatusDirectory + "/" + name
        let paths = try git { try repository.filePaths(commit: head, under: directory) }
        for path in paths where path.hasSuffix(".yaml") {
            guard let data = try git({ try repository.fileData(at: path, commit: head) }) else { continue }
            found.append(try Self.decodeDecision(String(decoding: data, as: UTF8.self), path: path))
        }
        analysisCache.storeDecisions(found, section: name, folder: id.hex)
        return found
    }

    /// The established text of one section, with the decisions applied.
    ///
    /// - Parameter previous: the section as established with other decisions (the one a
    ///   decision changes): only its changed paragraphs are split again.
    public func establishedSection(
        _ id: SectionID, decisions: [Decision]? = nil, updating previous: EstablishedSection? = nil
    ) throws -> EstablishedSection {
        if decisions == nil, let built = cache.sections[id] { return built }
        if decisions == nil, let key = try establishedKey(id, folder: try apparatusFolder(of: id)),
            let kept = analysisCache.loadEstablished(section: id, key: key)
        {
            cache.sections[id] = kept
            return kept
        }
        guard let section = try baseSection(id) else {
            throw EditionError.unknownSection(id.rawValue, known: try baseText().sections.map(\.id.rawValue))
        }
        let applying = try (decisions ?? self.decisions(in: id)).filter { $0.location.section == id }
        do {
            let corrections = configuration.sentences[id.rawValue] ?? []
            let built: EstablishedSection
            if let previous {
                built = try EstablishedSection(
                    updating: previous, base: section, decisions: applying, corrections: corrections)
            } else {
                built = try EstablishedSection(base: section, decisions: applying, corrections: corrections)
            }
            if decisions == nil { cache.sections[id] = built }
            return built
        } catch {
            throw EditionError.decisionConflict(error)
        }
    }

    /// Every section of the established text.
    public func establishedText() throws -> [EstablishedSection] {
        let decisions = try decisions()
        return try baseText().sections.map { try establishedSection($0.id, decisions: decisions) }
    }

    /// The path of a section's file in the edition.
    static func textFile(_ id: SectionID) -> String {
        "\(EditionLayout.textDirectory)/\(id.rawValue).txt"
    }

    /// The path of a decision's record in the edition.
    static func recordFile(_ location: LocationID) -> String {
        "\(EditionLayout.apparatusDirectory)/\(location.recordPath)"
    }

    static func encodeDecision(_ decision: Decision) -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        return (try? encoder.encode(decision)) ?? ""
    }

    /// Reads one decision record (`apparatus/I/27-1.yaml`).
    ///
    /// - Throws: ``EditionError/configuration(_:)`` naming `path` (and the line, when YAML
    ///   knows it) for a record that is not valid YAML or not a decision.
    public static func decodeDecision(_ yaml: String, path: String) throws -> Decision {
        let node: Node
        do {
            node = try Yams.compose(yaml: yaml) ?? Node("")
        } catch let error as YamlError {
            throw EditionError.configuration(ConfigurationError(file: path, yamlError: error))
        } catch {
            throw EditionError.configuration(
                ConfigurationError(file: path, line: nil, column: nil, problem: "not a decision record: \(error)"))
        }
        do {
            return try YAMLDecoder().decode(Decision.self, from: node)
        } catch let error as DecodingError {
            // The key and line of what is wrong, as sigla.yaml's errors give them.
            var problem = ConfigurationError(file: path, decodingError: error, root: node)
            problem.problem = "not a decision record: " + problem.problem
            throw EditionError.configuration(problem)
        } catch let error as YamlError {
            throw EditionError.configuration(ConfigurationError(file: path, yamlError: error))
        } catch {
            throw EditionError.configuration(
                ConfigurationError(file: path, line: nil, column: nil, problem: "not a decision record: \(error)"))
        }
    }
}

extension Transcription {
    /// Whether the witness survives only in fragments (its transcription marks lacunae).
    var isFragmentary: Bool {
        events.contains { if case .lacunaStart = $0.kind { true } else { false } }
    }
}

extension Edition {
    /// Drops the decisions known in memory after a change that brought in many (a pull):
    /// they are read again, each section from its kept copy where its records did not change.
    func forgetDecisions() {
        cache.decisions = nil
        cache.sectionDecisions = [:]
        cache.sections = [:]
    }

    /// Replaces the decisions known at HEAD in one section after a commit changed them.
    ///
    /// - Parameters:
    ///   - decisions: the section's decisions now.
    ///   - section: the section as now established, kept for the next change in the same
    ///     process.
    func rememberDecisions(_ decisions: [Decision], section: EstablishedSection) {
        let id = section.id
        let sorted = decisions.sorted { $0.location < $1.location }
        if var all = cache.decisions {
            all.removeAll { $0.location.section == id }
            all += sorted
            all.sort { $0.location < $1.location }
            cache.decisions = all
        }
        cache.sectionDecisions[id] = sorted
        cache.sections = [id: section]
        // Only the changed section's kept decisions are rewritten; the section as now
        // established is kept for the next decision in it.
        let folder: ObjectID?
        do { folder = try apparatusFolder(of: id) } catch { return }
        if let folder { analysisCache.storeDecisions(sorted, section: id.rawValue, folder: folder.hex) }
        if let key = try? establishedKey(id, folder: folder) { analysisCache.storeEstablished(section, key: key) }
    }
}

/// What an edition computes once per command: the base text, the locations, the
/// decisions. Dropped whenever the edition changes.
final class EditionCache {
    var baseText: BaseText?
    /// Sections of the base text read on their own, while the whole is not needed.
    var baseSections: [SectionID: BaseText.Section] = [:]
    var locations: [EditionLocation]?
    var decisions: [Decision]?
    /// Sections' decisions read on their own, while all are not needed.
    var sectionDecisions: [SectionID: [Decision]] = [:]
    /// The decisions and reverts in the history up to a commit, newest first.
    var history: (head: ObjectID, entries: [Edition.LogEntry])?
    /// Sections established from `decisions`, as built.
    var sections: [SectionID: EstablishedSection] = [:]
    /// What the analysis on disk is keyed by, once worked out.
    var analysisKey: String?

    func clear() {
        baseText = nil
        baseSections = [:]
        locations = nil
        decisions = nil
        sectionDecisions = [:]
        sections = [:]
        analysisKey = nil
    }
}
