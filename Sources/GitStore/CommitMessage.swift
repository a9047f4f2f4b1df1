import CLibGit2
import Foundation

/// A commit message in three parts: a one-line subject for people, a free body, and a
/// trailer block ("Key: value" lines) for machines.
///
/// ``rendered`` composes them the way git expects:
///
///     subject
///
///     body
///
///     Key: value
///     Other-Key: value
///
/// The trailer block is composed here rather than by libgit2, which can only parse
/// trailers: `git_message_trailers` is strict, so the block must be the whole last
/// paragraph with well-formed keys — which the initialiser guarantees.
public struct CommitMessage: Sendable, Equatable {
    /// The first line, surrounding spaces removed.
    public let subject: String
    /// Everything between the subject and the trailer block, surrounding blank space
    /// removed; may be empty.
    public let body: String
    /// The trailers, in order.
    public let trailers: [Trailer]

    /// Creates a message after checking its parts.
    ///
    /// - Parameters:
    ///   - subject: one non-empty line.
    ///   - body: any text; leading and trailing whitespace is dropped.
    ///   - trailers: keys of ASCII letters, digits and '-'; one-line values (surrounding
    ///     spaces dropped).
    /// - Throws: ``GitArgumentError`` for a bad subject, trailer key or trailer value.
    public init(subject: String, body: String = "", trailers: [Trailer] = []) throws {
        let subject = subject.trimmingCharacters(in: .whitespaces)
        if subject.isEmpty || subject.contains(where: \.isNewline) {
            throw GitArgumentError.invalidSubject(subject)
        }
        var checked = [Trailer]()
        for trailer in trailers {
            let isKeyCharacter = { (scalar: Unicode.Scalar) in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
            }
            if trailer.key.isEmpty || !trailer.key.unicodeScalars.allSatisfy(isKeyCharacter) {
                throw GitArgumentError.invalidTrailerKey(trailer.key)
            }
            if trailer.value.contains(where: \.isNewline) {
                throw GitArgumentError.invalidTrailerValue(key: trailer.key, value: trailer.value)
            }
            checked.append(Trailer(key: trailer.key, value: trailer.value.trimmingCharacters(in: .whitespaces)))
        }
        self.init(unchecked: subject, body: body, trailers: checked)
    }

    private init(unchecked subject: String, body: String, trailers: [Trailer]) {
        self.subject = subject
        self.body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        self.trailers = trailers
    }

    /// The message as stored in a commit: subject, blank line, body, blank line,
    /// trailer block, final newline. Empty parts and their blank lines are left out.
    public var rendered: String {
        var text = subject + "\n"
        if !body.isEmpty {
            text += "\n" + body + "\n"
        }
        if !trailers.isEmpty {
            text += "\n" + trailers.map { "\($0.key): \($0.value)" }.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// Splits a raw commit message (any commit's, not only one composed here).
    ///
    /// The subject is the first paragraph with its lines joined by spaces (git's `%s`).
    /// The trailers are what `git_message_trailers` finds; the paragraph they came from
    /// is not part of the body. The body is the rest, surrounding blank space removed.
    ///
    /// - Complexity: O(n) in the length of the message.
    public static func parse(_ raw: String) -> CommitMessage {
        let trailers = Self.trailers(in: raw)
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isBlank = { (line: String) in line.allSatisfy(\.isWhitespace) }

        lines = Array(lines.drop(while: isBlank))
        let subjectLines = lines.prefix(while: { !isBlank($0) })
        let subject = subjectLines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        var rest = Array(lines.dropFirst(subjectLines.count))

        if !trailers.isEmpty {
            // The trailer block is a paragraph of the rest; find the last one that alone
            // yields the same trailers and take it out of the body.
            for paragraph in paragraphRanges(of: rest, isBlank: isBlank).reversed() {
                let text = rest[paragraph].joined(separator: "\n")
                if Self.trailers(in: "subject\n\n" + text + "\n") == trailers {
                    rest.removeSubrange(paragraph)
                    break
                }
            }
        }
        return CommitMessage(unchecked: subject, body: rest.joined(separator: "\n"), trailers: trailers)
    }

    /// The ranges of maximal runs of non-blank lines.
    private static func paragraphRanges(of lines: [String], isBlank: (String) -> Bool) -> [Range<Int>] {
        var ranges = [Range<Int>]()
        var start: Int?
        for (index, line) in lines.enumerated() {
            if isBlank(line) {
                if let first = start { ranges.append(first..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let first = start { ranges.append(first..<lines.count) }
        return ranges
    }

    /// The trailers libgit2 finds in a message (none if it finds none or fails).
    static func trailers(in message: String) -> [Trailer] {
        GitLibrary.ensureInitialized()
        var array = git_message_trailer_array()
        defer { git_message_trailer_array_free(&array) }
        guard git_message_trailers(&array, message) == 0, let entries = array.trailers else {
            return []
        }
        return (0..<array.count).map { index in
            let entry = entries[index]
            return Trailer(
                key: entry.key.map { String(cString: $0) } ?? "",
                value: entry.value.map { String(cString: $0) } ?? "")
        }
    }
}
