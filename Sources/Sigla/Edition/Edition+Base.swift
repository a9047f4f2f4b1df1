import Foundation
import GitStore

extension Edition {
    /// Makes `name` (a witness or state: `TS`, `TS-ac`) the base text, or, with the same
    /// base, writes the established text again (after the editor corrected the sentence
    /// split in `sigla.yaml`). One commit.
    ///
    /// - Throws: ``BaseError/decisionsExist(_:)`` when decisions were made on another base
    ///   or on the current split: their places are given in its coordinates.
    @discardableResult
    public func setBase(_ name: String, editor: Person? = nil, date: Timestamp = .now()) throws -> String {
        let stateName = WitnessStateName(name) ?? WitnessStateName(siglum: name)
        let entry = try witness(named: stateName.siglum)
        let transcription = try transcription(of: entry)
        guard stateName.state == .afterRevision || transcription.distinctStates.contains(stateName.state) else {
            throw BaseError.noSuchState(stateName.description, states: transcription.distinctStates.map {
                WitnessStateName(siglum: stateName.siglum, state: $0).description
            })
        }
        let existing = try decisions()
        guard existing.isEmpty else { throw BaseError.decisionsExist(existing.count) }
        let author = try resolveEditor(editor)
        let display = Self.displayName(stateName)

        var updated = configuration
        updated.base = display
        let base = BaseText(text: transcription.state(stateName.state).text, corrections: updated.sentences)
        var files: [String: Data?] = [EditionLayout.configurationFile: Data(updated.yaml().utf8)]
        if let head {
            for path in try git({ try repository.filePaths(commit: head, under: EditionLayout.textDirectory) })
            where path.hasSuffix(".txt") {
                files[path] = .some(nil)
            }
        }
        for section in base.sections {
            let established = try EstablishedSection(
                base: section, decisions: [], corrections: updated.sentences[section.id.rawValue] ?? [])
            files[Self.textFile(section.id)] = Data(established.fileContents.utf8)
        }
        try commit(
            files,
            message: try CommitMessage(
                subject: "Establish the text from \(display)", body: "",
                trailers: [Trailer(key: "Sigla-Action", value: "base"), Trailer(key: "Base", value: display)]),
            author: author, date: date)
        updateConfiguration(updated)
        return display
    }
}

/// Why the base cannot be set.
public enum BaseError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchState(String, states: [String])
    case decisionsExist(Int)

    public var description: String {
        switch self {
        case .noSuchState(let name, let states):
            return "the witness has no state \(name) (its states: \(states.joined(separator: ", ")))"
        case .decisionsExist(let count):
            return "the edition has \(count) decision\(count == 1 ? "" : "s") made on the current base text; "
                + "their places would no longer be right: revert them first"
        }
    }
}
