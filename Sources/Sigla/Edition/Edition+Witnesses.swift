import Foundation
import GitStore

extension Edition {
    /// What the editor says of a witness when adding it.
    public struct WitnessDescription: Sendable {
        public var title: String
        public var kind: Witness.Kind
        public var date: String?
        public var note: String?

        public init(
            title: String, kind: Witness.Kind = .other, date: String? = nil,
            note: String? = nil
        ) {
            self.title = title
            self.kind = kind
            self.date = date
            self.note = note
        }
    }

    /// The witnesses, in the order they were added.
    public var witnesses: [EditionConfiguration.WitnessEntry] { configuration.witnesses }

    /// The entry of the witness named `name`.
    ///
    /// - Throws: ``EditionError/unknownWitness(_:known:)``.
    public func witness(named name: String) throws -> EditionConfiguration.WitnessEntry {
        guard let siglum = try? Siglum(validating: name), let entry = configuration.witness(siglum) else {
            throw EditionError.unknownWitness(name, known: witnesses.map(\.siglum))
        }
        return entry
    }

    /// The transcription of a witness, as committed in the edition.
    ///
    /// Read from the repository, not the work tree: a path in `sigla.yaml` that leads out
    /// of the edition (`../x`, `/etc/x`) or a symbolic link is never followed.
    public func transcriptionText(of entry: EditionConfiguration.WitnessEntry) throws -> String {
        guard let head else { throw EditionError.noWitnesses }
        let data: Data?
        do {
            // A link's blob is the path it points to: read as a witness it would be silent nonsense.
            if try repository.isSymbolicLink(at: entry.file, commit: head) {
                throw EditionError.io(
                    path: entry.file, problem: "is a symbolic link; a witness must be a file of the edition")
            }
            data = try repository.fileData(at: entry.file, commit: head)
        } catch let error as EditionError {
            throw error
        } catch {
            throw EditionError.unsafePath(entry.file, in: EditionLayout.configurationFile)
        }
        guard let data else {
            throw EditionError.inputFile(.missing(path: entry.file))
        }
        do {
            return try InputFile.decode(data, path: entry.file)
        } catch {
            throw EditionError.inputFile(error)
        }
    }

    /// The parsed transcription of a witness.
    ///
    /// - Throws: ``EditionError/invalidTranscription(_:)`` if the file in the edition
    ///   no longer parses (edited by hand).
    public func transcription(of entry: EditionConfiguration.WitnessEntry) throws -> Transcription {
        let text = try transcriptionText(of: entry)
        do {
            return try Transcription.parse(contents: text, format: entry.format, fileName: entry.file, lenient: true).0
        } catch {
            throw EditionError.invalidTranscription(error.diagnostic)
        }
    }

    /// The text of a witness state named as the apparatus names it: `TS` (after revision),
    /// `TS-ac`, `TS-pc`, `TS-2`.
    public func stateText(named name: String) throws -> (entry: EditionConfiguration.WitnessEntry, state: TranscriptionState) {
        let stateName = WitnessStateName(name) ?? WitnessStateName(siglum: name)
        let entry = try witness(named: stateName.siglum)
        return (entry, try transcription(of: entry).state(stateName.state))
    }

    /// Copies a transcription into `witnesses/`, records the witness in `sigla.yaml` and
    /// commits both. The first witness added becomes the base text.
    ///
    /// - Parameters:
    ///   - siglumName: the witness's siglum, checked to be a safe name.
    ///   - file: the transcription, already read and checked.
    ///   - format: how the transcription is written; guessed from the file when nil.
    ///   - lenient: keep the text of TEI elements Sigla does not support, with a warning,
    ///     instead of refusing the file.
    /// - Returns: the new witness's entry and the warnings reading the transcription gave.
    /// - Throws: ``EditionError``; on failure nothing is recorded.
    @discardableResult
    public func addWitness(
        siglum siglumName: String, file: InputFile, format: TranscriptionFormat? = nil, lenient: Bool = false,
        description: WitnessDescription, editor: Person? = nil, date: Timestamp = .now()
    ) throws -> (entry: EditionConfiguration.WitnessEntry, warnings: [Diagnostic]) {
        let siglum: Siglum
        do {
            siglum = try Siglum(validating: siglumName)
        } catch {
            throw EditionError.invalidSiglum(error)
        }
        guard configuration.witness(siglum) == nil else { throw EditionError.duplicateWitness(siglum) }
        let title = description.title.trimmingWhitespace()
        guard !title.isEmpty else { throw EditionError.emptyTitle }
        let author = try resolveEditor(editor)
        let format = format ?? TranscriptionFormat.detect(fileName: file.path, contents: file.text)
        let transcription: Transcription
        let warnings: [Diagnostic]
        do {
            (transcription, warnings) = try Transcription.parse(
                contents: file.text, format: format, fileName: file.path, lenient: lenient)
        } catch {
            throw EditionError.invalidTranscription(error.diagnostic)
        }

        let entry = EditionConfiguration.WitnessEntry(
            siglum: siglum, title: title, kind: description.kind, date: description.date, note: description.note,
            file: EditionLayout.witnessFile(siglum, format: format), format: format)
        var updated = configuration
        updated.witnesses.append(entry)
        if updated.base == nil { updated.base = siglum.rawValue }

        var trailers = [
            Trailer(key: "Sigla-Action", value: "witness-add"),
            Trailer(key: "Witness", value: siglum.rawValue),
            Trailer(key: "Witness-Kind", value: description.kind.rawValue),
        ]
        if let date = description.date { trailers.append(Trailer(key: "Witness-Date", value: date)) }
        var files: [String: Data?] = [
            entry.file: file.data,
            EditionLayout.configurationFile: Data(updated.yaml().utf8),
        ]
        if configuration.base == nil {
            // The first witness is the base: the established text begins as its text.
            let base = BaseText(text: transcription.state(.afterRevision).text, corrections: configuration.sentences)
            for section in base.sections {
                let established = try EstablishedSection(
                    base: section, decisions: [], corrections: configuration.sentences[section.id.rawValue] ?? [])
                files[Self.textFile(section.id)] = Data(established.fileContents.utf8)
            }
        }
        try commit(
            files,
            message: CommitMessage(subject: "Add witness \(siglum): \(title)", body: description.note ?? "", trailers: trailers),
            author: author, date: date)
        updateConfiguration(updated)
        return (entry, warnings)
    }
}
