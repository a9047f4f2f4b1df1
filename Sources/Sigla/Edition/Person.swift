/// An editor: a person who makes decisions, named as git names a commit's author.
public struct Person: Hashable, Sendable, Codable, CustomStringConvertible {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// Parses `Name <mail>`, the form git and `--editor` use.
    ///
    /// - Throws: ``PersonError`` when the text is not of that form.
    public init(parsing text: String) throws(PersonError) {
        let trimmed = text.trimmingWhitespace()
        guard let open = trimmed.lastIndex(of: "<"), trimmed.last == ">" else {
            throw .notNameAndEmail(text)
        }
        let name = String(trimmed[..<open]).trimmingWhitespace()
        let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            .trimmingWhitespace()
        guard !name.isEmpty, !email.isEmpty, !email.contains(where: { $0 == "<" || $0 == ">" || $0 == "\n" }),
            !name.contains(where: { $0 == "<" || $0 == ">" || $0 == "\n" })
        else { throw .notNameAndEmail(text) }
        self.init(name: name, email: email)
    }

    /// `Name <mail>`.
    public var description: String { "\(name) <\(email)>" }
}

/// Why a text does not name an editor.
public enum PersonError: Error, Equatable, Sendable, CustomStringConvertible {
    case notNameAndEmail(String)

    public var description: String {
        switch self {
        case .notNameAndEmail(let text):
            return "'\(text)' does not name an editor: write it as \"Name <mail>\", e.g. \"Jean Rière <jean@example.org>\""
        }
    }
}
