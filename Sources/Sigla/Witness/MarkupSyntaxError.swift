/// A mistake in a Sigla markup transcription, with the file, line and column where it is.
///
/// Thrown by ``SiglaMarkup/parse(_:fileName:)``; its description reads like a compiler's:
/// `TS.txt:12:40: error: unclosed deletion: '{--' opened here is never closed by '--}'`.
public struct MarkupSyntaxError: DiagnosticError, Hashable, Sendable {
    /// The file name the caller gave.
    public var file: String
    /// Where the problem is.
    public var position: SourcePosition
    /// What the problem is.
    public var reason: Reason

    public init(file: String, position: SourcePosition, reason: Reason) {
        self.file = file
        self.position = position
        self.reason = reason
    }

    /// The kinds of mistake.
    public enum Reason: Hashable, Sendable {
        /// A mark opened and never closed (`mark` is its opener, e.g. `{--`).
        case unclosedMark(name: String, opener: String, closer: String)
        /// The closer of an outer mark found inside an inner one: marks must nest.
        case overlappingMarks(inner: String, innerStart: SourcePosition, outer: String, outerStart: SourcePosition)
        /// A closer (`--}`) with no mark open to close.
        case strayCloser(String)
        /// A substitution without its `~>` between old and new text.
        case missingSubstitutionSeparator
        /// A mark inside one that holds only plain text (an uncertain reading, a note…).
        case nestedMarkNotAllowed(mark: String, inside: String)
        /// An attribute the mark does not take.
        case unknownAttribute(name: String, mark: String, allowed: [String])
        /// The same attribute given twice.
        case duplicateAttribute(String)
        /// A value that is not one the attribute takes.
        case invalidAttributeValue(name: String, value: String, expected: String)
        /// A required attribute is missing.
        case missingAttribute(name: String, mark: String)
        /// An attribute list that cannot be read (`[hand=`…).
        case malformedAttributes(String)
        /// A revision nested in another with a stage that puts them in an impossible order.
        case stageGoesBackwards(
            stage: Int, enclosing: String, enclosingStage: Int, enclosingStart: SourcePosition?, why: String)
        /// `{::name::}` with a name Sigla does not know.
        case unknownMilestone(String)
        /// A hand declaration after the text has begun.
        case misplacedHandDeclaration
        /// Marks nested deeper than ``Transcription/maximumNesting``.
        case nestingTooDeep(limit: Int)
        /// A control character (below U+0020, other than tab, line feed, carriage return),
        /// which no transcription holds and XML cannot.
        case controlCharacter(UInt8)
    }

    /// The message, naming the line and column.
    public var message: String {
        let here = "at \(position.line):\(position.column)"
        switch reason {
        case .unclosedMark(let name, let opener, let closer):
            return "unclosed \(name) \(here): '\(opener)' is never closed by '\(closer)'"
        case .overlappingMarks(let inner, let innerStart, let outer, let outerStart):
            return
                "overlapping marks \(here): the \(outer) opened at \(outerStart) closes inside the \(inner) opened at \(innerStart); marks must nest"
        case .strayCloser(let closer):
            return "'\(closer)' \(here) closes no open mark (write '\\}' for a literal brace)"
        case .missingSubstitutionSeparator:
            return "substitution \(here) has no '~>' between the old and the new text"
        case .nestedMarkNotAllowed(let mark, let inside):
            return "a \(mark) cannot go inside a \(inside) (\(here)); it holds plain text only"
        case .unknownAttribute(let name, let mark, let allowed):
            let list = allowed.isEmpty ? "it takes none" : "it takes " + allowed.joined(separator: ", ")
            return "unknown attribute '\(name)' for a \(mark) \(here); \(list)"
        case .duplicateAttribute(let name):
            return "attribute '\(name)' given twice \(here)"
        case .invalidAttributeValue(let name, let value, let expected):
            return "invalid \(name)=\"\(value)\" \(here): expected \(expected)"
        case .missingAttribute(let name, let mark):
            return "\(mark) \(here) needs the attribute '\(name)'"
        case .malformedAttributes(let detail):
            return "malformed attribute list \(here): \(detail)"
        case .stageGoesBackwards(let stage, let enclosing, let enclosingStage, let enclosingStart, let why):
            let at = enclosingStart.map { " opened at \($0)" } ?? ""
            return
                "stage goes backwards \(here): stage \(stage) inside the \(enclosing)\(at) of stage \(enclosingStage); \(why)"
        case .unknownMilestone(let name):
            return "unknown mark '{::\(name)::}' \(here); known: lacuna-start, lacuna-end, hand-shift, hand"
        case .misplacedHandDeclaration:
            return "hand declaration \(here) must be on a line of its own at the top of the file, before any text"
        case .controlCharacter(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
            return "control character \(code) \(here); a transcription holds text only "
                + "(is it a binary file, or a page break from a PDF extraction?)"
        case .nestingTooDeep(let limit):
            return "marks nested more than \(limit) deep \(here); a page's revisions nest a few levels at most"
        }
    }

    public var diagnostic: Diagnostic {
        Diagnostic(severity: .error, message: message, file: file, line: position.line, column: position.column)
    }
}
