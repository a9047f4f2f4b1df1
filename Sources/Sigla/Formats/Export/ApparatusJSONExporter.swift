public import Foundation

/// Writes the whole apparatus document as JSON: witnesses and states, the established
/// text with citations, the entries with their readings, revisions and decisions with
/// provenance. Keys are sorted and the output indented, so that two exports of the same
/// edition are byte for byte the same and diff well. The schema is versioned
/// (`schemaVersion`) and documented in `Docs/json-schema.md`.
public struct ApparatusJSONExporter: Sendable {
    public init() {}

    /// The document as JSON, ending with a newline.
    ///
    /// - Complexity: O(size of the document).
    public func export(_ document: ApparatusDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// Reads a document back.
    ///
    /// - Throws: a `DecodingError` if the data is not a document of a schema version this
    ///   build reads.
    public func document(from data: Data) throws -> ApparatusDocument {
        struct Version: Decodable { var schemaVersion: Int }
        let version = try JSONDecoder().decode(Version.self, from: data).schemaVersion
        guard version <= ApparatusDocument.currentSchemaVersion else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription: "schema version \(version) is newer than this Sigla reads "
                        + "(\(ApparatusDocument.currentSchemaVersion)): update Sigla"))
        }
        return try JSONDecoder().decode(ApparatusDocument.self, from: data)
    }
}
