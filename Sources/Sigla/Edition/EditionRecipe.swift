import Foundation
import Yams

/// The source material of an edition, from which Sigla builds a real edition repository:
/// `edition.yaml` (title, editors, witnesses) and a file of decisions to replay, as in
/// `Editions/memorias/`.
public struct EditionRecipe: Sendable {
    /// `edition.yaml`.
    public struct Manifest: Sendable, Codable {
        public var title: String
        public var author: String?
        /// The editor, as `Name <mail>`.
        public var editor: String?
        /// How to cite the edition.
        public var cite: String?
        /// What of the edition is reconstructed, and from what.
        public var reconstructed: String?
        /// Where the material comes from.
        public var source: String?
        /// The base witness (default: the first).
        public var base: String?
        public var witnesses: [Witness]
        /// The decisions file, relative to the recipe's folder.
        public var decisions: String?

        /// What `sigla.yaml`'s notes say of the edition: how to cite it, what is reconstructed.
        var notes: String? {
            let parts = [cite.map { "Cite as: \($0)" }, reconstructed, source.map { "Source: \($0)" }].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        }

        /// One witness: its transcription (relative to the recipe's folder) and description.
        public struct Witness: Sendable, Codable {
            public var siglum: String
            public var file: String
            public var format: TranscriptionFormat?
            public var title: String
            public var kind: Sigla.Witness.Kind?
            public var date: String?
            public var note: String?
        }
    }

    /// One decision to replay (see Docs/decisions.md for the meaning of each key).
    public struct Decision: Sendable, Codable {
        /// The printed edition's note this decision stands for (`I.11`).
        public var note: String?
        /// The place: a phrase of the reading to adopt, or of the base text.
        public var at: String
        public var action: Sigla.Decision.Action
        public var adopt: String?
        public var text: String?
        public var from: String?
        public var sign: Sigla.Decision.Sign?
        public var category: DecisionCategory?
        public var because: String
        public var editor: String?
        public var date: String?
    }

    public var directory: String
    public var manifest: Manifest
    /// The edition's editor, who also adds the witnesses.
    public var editor: Person?
    public var decisions: [Decision]

    /// Reads the recipe in `directory`.
    ///
    /// - Throws: ``EditionError`` naming the file and line of what is wrong.
    public init(directory: String) throws {
        self.directory = directory
        manifest = try Self.decode(Manifest.self, at: directory + "/edition.yaml")
        do {
            editor = try manifest.editor.map { try Person(parsing: $0) }
        } catch {
            throw EditionError.recipe(note: directory + "/edition.yaml", problem: "\(error)")
        }
        if let decisionsFile = manifest.decisions {
            decisions = try Self.decode([Decision].self, at: directory + "/" + decisionsFile)
        } else {
            decisions = []
        }
    }

    /// What building the edition is doing, for a progress display.
    public enum Step: Sendable {
        case initializing
        case addingWitness(String)
        case deciding(index: Int, count: Int, note: String?)
    }

    /// Builds the edition in `destination` (a new or empty directory): init, every witness,
    /// every decision as its own commit, each with its editor and date.
    ///
    /// - Parameter progress: told of each step as it starts.
    /// - Returns: the edition.
    public func build(at destination: String, progress: (Step) -> Void = { _ in }) throws -> Edition {
        progress(.initializing)
        let edition = try Edition.create(
            at: destination, title: manifest.title, editor: editor, notes: manifest.notes)
        for witness in manifest.witnesses {
            progress(.addingWitness(witness.siglum))
            let file = try InputFile.read(directory + "/" + witness.file)
            try edition.addWitness(
                siglum: witness.siglum, file: file, format: witness.format,
                description: .init(title: witness.title, kind: witness.kind ?? .other, date: witness.date, note: witness.note),
                editor: editor)
        }
        if let base = manifest.base, base != edition.configuration.base {
            try edition.setBase(base, editor: editor)
        }
        for (index, decision) in decisions.enumerated() {
            progress(.deciding(index: index + 1, count: decisions.count, note: decision.note))
            let decisionEditor: Person?
            do {
                decisionEditor = try decision.editor.map { text in try Person(parsing: text) } ?? editor
            } catch {
                throw EditionError.recipe(note: decision.note ?? "decision \(index + 1)", problem: "\(error)")
            }
            let date = decision.date.flatMap(Timestamp.init(parsing:)) ?? .now()
            do {
                try edition.decide(
                    .init(
                        locator: decision.at, action: decision.action, adopt: decision.adopt, text: decision.text,
                        source: decision.from, sign: decision.sign, category: decision.category,
                        justification: decision.because,
                        section: decision.note.flatMap { note in note.split(separator: ".").first.map(String.init) }),
                    editor: decisionEditor, date: date)
            } catch {
                throw EditionError.recipe(note: decision.note ?? "decision \(index + 1)", problem: "\(error)")
            }
        }
        return edition
    }

    static func decode<T: Decodable>(_ type: T.Type, at path: String) throws -> T {
        let text = try InputFile.read(path).text
        do {
            let node = try Yams.compose(yaml: text) ?? Node("")
            do {
                return try YAMLDecoder().decode(type, from: node)
            } catch let error as DecodingError {
                throw EditionError.configuration(ConfigurationError(file: path, decodingError: error, root: node))
            }
        } catch let error as YamlError {
            throw EditionError.configuration(ConfigurationError(file: path, yamlError: error))
        }
    }
}
