/// Sigla markup, the default transcription format: plain UTF-8 text with CriticMarkup-style
/// marks and attributes for what happened on the page. Reference: `Docs/markup.md`.
///
/// ```
/// {!!Reservar!!}[place=margin]{--Había resistido tenazmente al mal y me había librado de él.--}[medium="lápiz negro"]
/// ```
public enum SiglaMarkup {
    /// Reads a transcription.
    ///
    /// - Parameters:
    ///   - text: the markup.
    ///   - fileName: the name errors give for the file.
    /// - Throws: ``MarkupSyntaxError`` at the first mistake (unclosed or overlapping marks,
    ///   unknown attribute, bad value, stage going backwards…), naming line and column.
    /// - Complexity: O(*n*) in the length of the text.
    public static func parse(_ text: String, fileName: String) throws(MarkupSyntaxError) -> Transcription {
        var parser = MarkupParser(text, file: fileName)
        return try parser.parseDocument()
    }

    /// Writes a transcription as canonical markup; reading it back gives the same transcription.
    ///
    /// - Complexity: O(*n*) in the size of the transcription.
    public static func serialize(_ transcription: Transcription) -> String {
        MarkupSerializer.serialize(transcription)
    }

    /// Whether the text uses any Sigla mark (`{++`, `{--`, `{~~`, `{>>`, `{??`, `{##`, `{!!`,
    /// `{^^`, `{::`).
    public static func containsMarks(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if beforePrevious == 0x7B, MarkupMark.opened(by: previous, byte) != nil { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
