/// A problem found while reading input, with where it is.
///
/// Recoverable problems (a TEI element kept as plain text in lenient mode) are returned as
/// diagnostics; fatal ones are thrown as errors that can also give their diagnostic
/// (see ``DiagnosticError``).
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    /// The file the problem is in, as the caller named it.
    public var file: String?
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column (in Unicode scalars), if known.
    public var column: Int?

    public init(severity: Severity, message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: severity: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        var place = ""
        if let file { place += file }
        if let line {
            place += (place.isEmpty ? "" : ":") + "\(line)"
            if let column { place += ":\(column)" }
        }
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
    }
}

/// An error that can be shown as a ``Diagnostic`` (file, line, column, message).
public protocol DiagnosticError: Error, CustomStringConvertible {
    /// The error as a diagnostic of severity `.error`.
    var diagnostic: Diagnostic { get }
}

extension DiagnosticError {
    public var description: String { diagnostic.description }
}
