/// TEI P5 import and export of a transcription: `<del>`, `<add>`, `<subst>`, `<restore>`,
/// `<unclear>`/`<choice>`, `<gap>`, `<metamark>`, `<note>`, `<handShift>`, `<handNotes>`,
/// `<lacunaStart/>`/`<lacunaEnd/>`. The mapping to Sigla markup is in `Docs/markup.md`.
public enum TEITranscription {
    /// Reads a TEI transcription.
    ///
    /// DOCTYPE and ENTITY declarations are refused (never fetched or expanded). An element
    /// Sigla does not read is an error, or, when `lenient`, a warning with its text kept.
    /// Attributes Sigla does not read give warnings.
    ///
    /// - Parameters:
    ///   - xml: the document.
    ///   - fileName: the name errors and diagnostics give for the file.
    ///   - lenient: keep the text of unsupported elements instead of failing.
    /// - Returns: the transcription and the warnings.
    /// - Throws: ``TEIImportError`` naming line and column.
    /// - Complexity: O(*n*) in the size of the document.
    public static func parse(_ xml: String, fileName: String, lenient: Bool = false) throws(TEIImportError) -> (
        Transcription, [Diagnostic]
    ) {
        let tree = try XMLTree.parse(xml, file: fileName)
        var importer = TEIImporter(file: fileName, lenient: lenient)
        let transcription = try importer.transcription(from: tree)
        return (transcription, importer.diagnostics)
    }

    /// Writes a transcription as a TEI document (valid against `tei_all`); reading it back
    /// gives the same transcription.
    ///
    /// - Parameter witness: described in the header (title, siglum, kind, date), if given.
    /// - Complexity: O(*n*) in the size of the transcription.
    public static func document(for transcription: Transcription, witness: Witness? = nil) -> String {
        TEIExporter.document(for: transcription, witness: witness)
    }
}
