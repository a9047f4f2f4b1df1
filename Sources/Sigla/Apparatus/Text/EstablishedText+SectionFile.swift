// The on-disk form of a section: `text/<id>.txt`.
//
//     # MUNDO SIN EVASIÓN POSIBLE (1906-1912)
//     Aun desde antes de salir de la infancia, me parece que tuve, muy claro, …
//     Sentía una aversión mezclada de rabia y de indignación hacia los hombres …
//
//     El 1 de marzo de 1881, nueve años antes de mi nacimiento, …
//
// One sentence per line, so that a line of `git blame` is a sentence; an empty line
// between paragraphs; the title, if any, on the first line after `# `. A sentence that
// would read as something else (a title, a merge-conflict marker, an escape) is written
// after a backslash.

extension EstablishedText.Section {
    /// The section in its on-disk form: the title line (`# Title`) if there is a title,
    /// then one sentence per line, an empty line between paragraphs, a final line break.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public var fileContents: String {
        var result = ""
        result.reserveCapacity(
            paragraphs.reduce(title.map { $0.utf8.count + 3 } ?? 0) { length, paragraph in
                paragraph.sentences.reduce(length + 1) { $0 + $1.utf8.count + 2 }
            })
        if let title {
            result += "# \(title)\n"
        }
        for (p, paragraph) in paragraphs.enumerated() {
            if p > 0 { result += "\n" }
            for sentence in paragraph.sentences {
                if Self.needsEscape(sentence) { result += "\\" }
                result += sentence
                result += "\n"
            }
        }
        return result
    }

    /// Reads a section from its on-disk form (see ``fileContents``).
    ///
    /// Reading is forgiving where nothing is lost: white space around a line is dropped,
    /// several empty lines are one paragraph break, `\r\n` line ends are accepted.
    ///
    /// - Throws: ``SectionFileError`` for an unresolved merge conflict, a `#` line after
    ///   the first line, or a line holding only a backslash.
    /// - Complexity: O(*n*) in the length of the file.
    public init(id: SectionID, fileContents: String) throws(SectionFileError) {
        var title: String?
        var paragraphs: [EstablishedText.Paragraph] = []
        var current: [String] = []
        var lineNumber = 0
        for rawLine in fileContents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty {
                if !current.isEmpty {
                    paragraphs.append(EstablishedText.Paragraph(current))
                    current = []
                }
                continue
            }
            if Self.isConflictMarker(line) {
                throw SectionFileError(fileName: "\(id.rawValue).txt", line: lineNumber, problem: .mergeConflict)
            }
            if line.hasPrefix("#") {
                guard lineNumber == 1 else {
                    throw SectionFileError(fileName: "\(id.rawValue).txt", line: lineNumber, problem: .misplacedTitle)
                }
                title = String(line.dropFirst().trimmingWhitespace())
                continue
            }
            var sentence = line
            if sentence.hasPrefix("\\") {
                sentence = sentence.dropFirst().trimmingWhitespace()
                guard !sentence.isEmpty else {
                    throw SectionFileError(fileName: "\(id.rawValue).txt", line: lineNumber, problem: .emptyEscape)
                }
            }
            current.append(String(sentence))
        }
        if !current.isEmpty { paragraphs.append(EstablishedText.Paragraph(current)) }
        self.init(validatedID: id, title: title, paragraphs: paragraphs)
    }

    private static let conflictMarkers = ["<<<<<<<", "=======", ">>>>>>>", "|||||||"]

    private static func isConflictMarker(_ line: Substring) -> Bool {
        conflictMarkers.contains { line.hasPrefix($0) }
    }

    private static func needsEscape(_ sentence: String) -> Bool {
        sentence.hasPrefix("#") || sentence.hasPrefix("\\") || conflictMarkers.contains { sentence.hasPrefix($0) }
    }
}


/// A section file that cannot be read, with the place and the reason.
public struct SectionFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the line.
    public enum Problem: Hashable, Sendable {
        /// A line begins with a merge-conflict marker (`<<<<<<<`, `=======`, `>>>>>>>`).
        case mergeConflict
        /// A line after the first begins with `#`, which only the title line may do.
        case misplacedTitle
        /// A line holds only a backslash, which escapes nothing.
        case emptyEscape
    }

    /// The file's name within the edition's text folder (`I.txt`).
    public let fileName: String
    /// The line (1-based).
    public let line: Int
    /// What is wrong.
    public let problem: Problem

    public init(fileName: String, line: Int, problem: Problem) {
        self.fileName = fileName
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let why =
            switch problem {
            case .mergeConflict:
                "unresolved merge conflict; resolve it (keep one sentence per line) and try again"
            case .misplacedTitle:
                "only the first line may begin with “#” (the section title); "
                    + "write “\\#” for a sentence that begins with “#”"
            case .emptyEscape:
                "a line holds only “\\”; a backslash only escapes the sentence that follows it"
            }
        return "\(fileName):\(line):1: \(why)"
    }
}
