/// The formats an apparatus is exported in.
public enum ApparatusExportFormat: String, Hashable, Sendable, CaseIterable {
    /// TEI P5, for the archive.
    case tei
    /// Markdown, for review.
    case markdown
    /// Plain text, for review.
    case text
    /// JSON, for other tools.
    case json
    /// LaTeX with reledmac, for the printer.
    case latex
    /// One self-contained HTML page, for readers.
    case html
}
