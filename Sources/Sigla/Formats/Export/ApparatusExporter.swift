public import Foundation

/// Exports an apparatus document in one of the formats: the one entry point the command
/// line uses.
public struct ApparatusExporter: Sendable {
    public var format: ApparatusExportFormat
    /// How TEI attaches the apparatus to the text.
    public var teiMethod: TEIApparatusExporter.Method

    public init(format: ApparatusExportFormat, teiMethod: TEIApparatusExporter.Method = .parallelSegmentation) {
        self.format = format
        self.teiMethod = teiMethod
    }

    /// The document in the format, as UTF-8 bytes.
    ///
    /// - Throws: an `EncodingError` if JSON encoding fails (it does not for a document
    ///   built from an edition).
    public func export(_ document: ApparatusDocument) throws -> Data {
        switch format {
        case .tei: Data(TEIApparatusExporter(method: teiMethod).export(document).utf8)
        case .markdown: Data(ApparatusTextExporter(style: .markdown).export(document).utf8)
        case .text: Data(ApparatusTextExporter(style: .text).export(document).utf8)
        case .json: try ApparatusJSONExporter().export(document)
        case .latex: Data(LaTeXApparatusExporter().export(document).utf8)
        case .html: Data(HTMLApparatusExporter().export(document).utf8)
        }
    }
}
