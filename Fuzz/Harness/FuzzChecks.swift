import Foundation
import Sigla

/// The rules each parser is held to, one function per parser (see ``FuzzTarget``).
enum FuzzChecks {
    /// The checks every input file gets first (size, encoding, NUL bytes): the text, or the
    /// refusal, which must name the file.
    static func inputText(_ data: Data, fileName: String, target: FuzzTarget) throws(FuzzViolation) -> Result<
        String, Refusal
    > {
        do {
            return .success(try InputFile(data: data, path: fileName).text)
        } catch {
            let message = error.description
            try requireNamesFile(message, fileName: fileName, target: target)
            return .failure(Refusal(message: message))
        }
    }

    /// A refusal of the input, with its message.
    struct Refusal: Error {
        var message: String
    }

    /// Every message about an input names the file it is about.
    static func requireNamesFile(_ message: String, fileName: String, target: FuzzTarget) throws(FuzzViolation) {
        guard message.contains(fileName) else {
            throw FuzzViolation(target, "the message does not name the file \(fileName): \(message)")
        }
    }

    /// A line and column a message gives must be inside the text.
    static func requireInside(line: Int?, column: Int?, of text: String, target: FuzzTarget, message: String)
        throws(FuzzViolation)
    {
        guard let line else { return }
        // Any line break counts (YAML also breaks lines at a lone CR), and the end of the
        // text may be reported on the line after the last.
        var lines = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            let crlf = byte == 0x0A && previous == 0x0D
            let nextLine = previous == 0xC2 && byte == 0x85
            let separator = previous == 0x80 && (byte == 0xA8 || byte == 0xA9)
            if (byte == 0x0A && !crlf) || byte == 0x0D || nextLine || separator {
                lines += 1
            }
            previous = byte
        }
        guard line >= 1, line <= lines + 1, (column ?? 1) >= 1 else {
            throw FuzzViolation(
                target, "the place \(line):\(column ?? 0) is outside the text (\(lines) lines): \(message)")
        }
    }
}
