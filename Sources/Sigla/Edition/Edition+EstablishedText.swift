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
        if let stored = try storedAnalysis() { return stored.base }
        guard let name = baseStateName else { throw EditionError.noWitnesses }
        let entry = try witness(named: name.siglum)
        let text = BaseText(
            text: try transcription(of: entry).state(name.state).text, corrections: configuration.sentences)
        cache.baseText = text
        return text
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
        if let stored = try storedAnalysis() { return stored.locations }
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
        if let key = try analysisKey() {
            AnalysisCache(gitDirectory: repository.gitDirectoryPath)
                .store(.init(version: AnalysisCache.version, key: key, base: base, locations: found))
        }
        return found
    }

    /// The analysis kept by an earlier command, if the witnesses and settings are the same.
    private func storedAnalysis() throws -> AnalysisCache.Entry? {
        if cache.checkedStore { return nil }
        cache.checkedStore = true
        guard let key = try analysisKey(),
            let entry = AnalysisCache(gitDirectory: repository.gitDirectoryPath).load(key: key)
        else { return nil }
        cache.baseText = entry.base
        cache.locations = entry.locations
        return entry
    }

    /// The hash of what the analysis depends on: the settings and every transcription.
    private func analysisKey() throws -> String? {
        guard let head else { return nil }
        var inputs: [Data] = []
        for path in [EditionLayout.configurationFile] + witnesses.map(\.file) {
            inputs.append(Data(path.utf8))
            inputs.append(try git { try repository.fileData(at: path, commit: head) } ?? Data())
        }
        return AnalysisCache.key(of: inputs)
    }

    /// The decisions recorded in `apparatus/` at HEAD, in location order.
    public func decisions() throws -> [Decision] {
        if let cached = cache.decisions { return cached }
        guard let head else { return [] }
        let store = AnalysisCache(gitDirectory: repository.gitDirectoryPath)
        if let kept = store.loadDecisions(at: head.hex) {
            cache.decisions = kept
            return kept
        }
        var found: [Decision] = []
        let paths = try git { try repository.filePaths(commit: head, under: EditionLayout.apparatusDirectory) }
        for path in paths where path.hasSuffix(".yaml") {
            guard let data = try git({ try repository.fileData(at: path, commit: head) }) else { continue }
            found.append(try Self.decodeDecision(String(decoding: data, as: UTF8.self), path: path))
        }
        found.sort { $0.location < $1.location }
        cache.decisions = found
        store.storeDecisions(found, at: head.hex)
        return found
    }

    /// The established text of one section, with the decisions applied.
    public func establishedSection(_ id: SectionID, decisions: [Decision]? = nil) throws -> EstablishedSection {
        guard let section = try baseText().section(id) else {
            throw EditionError.unknownSection(id.rawValue, known: try baseText().sections.map(\.id.rawValue))
        }
        let applying = try (decisions ?? self.decisions()).filter { $0.location.section == id }
        do {
            return try EstablishedSection(
                base: section, decisions: applying, corrections: configuration.sentences[id.rawValue] ?? [])
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
    /// Replaces the decisions known at HEAD after a commit changed them.
    func rememberDecisions(_ decisions: [Decision]) {
        let sorted = decisions.sorted { $0.location < $1.location }
        cache.decisions = sorted
        if let head {
            AnalysisCache(gitDirectory: repository.gitDirectoryPath).storeDecisions(sorted, at: head.hex)
        }
    }
}

/// What an edition computes once per command: the base text, the locations, the
/// decisions. Dropped whenever the edition changes.
final class EditionCache {
    var baseText: BaseText?
    var locations: [EditionLocation]?
    var decisions: [Decision]?
    /// Whether the analysis cache on disk was consulted.
    var checkedStore = false

    func clear() {
        baseText = nil
        locations = nil
        decisions = nil
        checkedStore = false
    }
}
