/// A problem that stops the import of a printed edition.
public enum PrintedEditionImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text has no chapter heading (a roman numeral alone on a line, then a title in
    /// capitals), so it cannot be divided into chapters.
    case noChapterHeadings(file: String)

    public var description: String {
        switch self {
        case .noChapterHeadings(let file):
            "\(file): error: no chapter heading found (a roman numeral alone on a line, "
                + "followed by a title in capitals); is this the extracted text of a printed edition?"
        }
    }
}
