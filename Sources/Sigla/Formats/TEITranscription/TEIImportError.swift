/// A TEI transcription Sigla cannot read, with the file, line and column where the problem is.
public struct TEIImportError: DiagnosticError, Hashable, Sendable {
    public var file: String
    /// Where the problem is, as the XML reader reports it.
    public var position: SourcePosition
    public var reason: Reason

    public init(file: String, position: SourcePosition, reason: Reason) {
        self.file = file
        self.position = position
        self.reason = reason
    }

    /// The kinds of problem.
    public enum Reason: Hashable, Sendable {
        /// The XML is not well-formed; the parser's own message.
        case malformedXML(String)
        /// A DOCTYPE or ENTITY declaration: refused, never fetched or expanded.
        case declarationRefused(String)
        /// The root is not a TEI element.
        case notTEI(root: String)
        /// A TEI element Sigla does not read (lenient mode keeps its text instead).
        case unsupportedElement(String)
        /// An element whose content is not what Sigla needs (a `<subst>` without `<del>` and `<add>`…).
        case unexpectedContent(element: String, expected: String)
        /// An attribute value Sigla cannot use.
        case invalidAttributeValue(element: String, attribute: String, value: String, expected: String)
        /// Elements nested deeper than ``Transcription/maximumNesting`` allows for.
        case nestingTooDeep(limit: Int)
        /// A revision nested in another with a `@seq` that puts them in an impossible order.
        case stageGoesBackwards(
            stage: Int, enclosing: String, enclosingStage: Int, enclosingStart: SourcePosition?, why: String)
    }

    public var message: String {
        let here = "at \(position.line):\(position.column)"
        switch reason {
        case .malformedXML(let detail):
            return "malformed XML \(here): \(detail)"
        case .declarationRefused(let what):
            return "\(what) declaration \(here) refused: Sigla never reads DTDs or expands entities"
        case .notTEI(let root):
            return "not a TEI document \(here): the root element is <\(root)>, expected <TEI> in the TEI namespace"
        case .unsupportedElement(let name):
            return "unsupported TEI element <\(name)> \(here) (read with lenient mode to keep its text)"
        case .unexpectedContent(let element, let expected):
            return "<\(element)> \(here) should contain \(expected)"
        case .invalidAttributeValue(let element, let attribute, let value, let expected):
            return "invalid @\(attribute)=\"\(value)\" on <\(element)> \(here): expected \(expected)"
        case .stageGoesBackwards(let stage, let enclosing, let enclosingStage, let enclosingStart, let why):
            let at = enclosingStart.map { " opened at \($0)" } ?? ""
            return "stage goes backwards \(here): @seq \(stage) inside the \(enclosing)\(at) of @seq "
                + "\(enclosingStage); \(why)"
        case .nestingTooDeep(let limit):
            return "elements nested more than \(limit) deep \(here); "
                + "a transcription's revisions nest a few levels at most"
        }
    }

    public var diagnostic: Diagnostic {
        Diagnostic(severity: .error, message: message, file: file, line: position.line, column: position.column)
    }
}
