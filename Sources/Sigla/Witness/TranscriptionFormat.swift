/// The formats a transcription is read from and written to.
public enum TranscriptionFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// Sigla markup (`Docs/markup.md`).
    case markup
    /// TEI P5 XML.
    case tei
    /// Plain text with no marks: read as it is, every character text.
    case plain

    /// Guesses the format of a file: `.xml`/`.tei` or content starting with `<?xml`/`<TEI` is
    /// TEI; otherwise text using any Sigla mark is markup, and anything else plain.
    ///
    /// - Complexity: O(*n*) in the length of the contents.
    public static func detect(fileName: String, contents: String) -> TranscriptionFormat {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".xml") || lowered.hasSuffix(".tei") { return .tei }
        let start = contents.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("<?xml") || start.hasPrefix("<TEI") { return .tei }
        return SiglaMarkup.containsMarks(contents) ? .markup : .plain
    }
}

extension Transcription {
    /// Reads a transcription in any format: the entry point for the command line.
    ///
    /// - Parameters:
    ///   - contents: the file's text.
    ///   - format: its format (see ``TranscriptionFormat/detect(fileName:contents:)``).
    ///   - fileName: the name errors and diagnostics give.
    ///   - lenient: for TEI, keep the text of unsupported elements (with a warning) instead of failing.
    /// - Returns: the transcription and any warnings.
    /// - Throws: ``TranscriptionReadError``, naming file, line and column.
    public static func parse(
        contents: String, format: TranscriptionFormat, fileName: String, lenient: Bool = false
    ) throws(TranscriptionReadError) -> (Transcription, [Diagnostic]) {
        switch format {
        case .markup:
            do {
                return (try SiglaMarkup.parse(contents, fileName: fileName), [])
            } catch {
                throw .markup(error)
            }
        case .tei:
            do {
                return try TEITranscription.parse(contents, fileName: fileName, lenient: lenient)
            } catch {
                throw .tei(error)
            }
        case .plain:
            // Plain text is read as it is, but it must be text: what XML cannot hold is refused.
            do {
                try MarkupParser(contents, file: fileName).refuseControlCharacters()
            } catch {
                throw .markup(error)
            }
            let origin = SourceOrigin(start: SourcePosition(utf8Offset: 0, line: 1, column: 1))
            return (Transcription(nodes: [.text(contents, origin: origin)]), [])
        }
    }

    /// The transcription written in a format; plain text is the state after revision.
    ///
    /// - Parameter witness: for TEI, described in the header.
    public func serialized(as format: TranscriptionFormat, witness: Witness? = nil) -> String {
        switch format {
        case .markup: SiglaMarkup.serialize(self)
        case .tei: TEITranscription.document(for: self, witness: witness)
        case .plain: state(.afterRevision).text
        }
    }
}

/// Why a transcription could not be read, in whichever format.
public enum TranscriptionReadError: DiagnosticError, Hashable, Sendable {
    case markup(MarkupSyntaxError)
    case tei(TEIImportError)

    public var diagnostic: Diagnostic {
        switch self {
        case .markup(let error): error.diagnostic
        case .tei(let error): error.diagnostic
        }
    }
}
