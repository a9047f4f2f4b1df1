import Foundation

extension PrintedEdition {
    /// The edition's ``PrintedEditionSummary`` as JSON text (keys sorted, so the output is stable).
    ///
    /// - Parameter prettyPrinted: Whether to indent the JSON for reading.
    /// - Throws: `EncodingError` if encoding fails (it should not for these values).
    public func summaryJSON(prettyPrinted: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys]
        return String(decoding: try encoder.encode(PrintedEditionSummary(self)), as: UTF8.self)
    }
}
