public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A text file an editor hands to Sigla (a transcription, a witness to collate), read and
/// checked before anything is recorded: it exists, is a regular file, is not too large,
/// is UTF-8 and is not empty.
public struct InputFile: Sendable {
    /// The path as the user gave it, for messages.
    public let path: String
    /// The file's bytes, exactly as on disk.
    public let data: Data
    /// The file's text (without a leading UTF-8 byte-order mark).
    public let text: String

    /// The largest file Sigla reads: well above a book's transcription (a 200,000-word
    /// witness is about 1.3 MB), well below what would exhaust memory.
    public static let maximumSize = 256 * 1024 * 1024

    /// Reads and checks the file at `path`.
    ///
    /// - Throws: ``InputFileError`` naming the file and what is wrong with it.
    public init(path: String, maximumSize: Int = InputFile.maximumSize) throws(InputFileError) {
        self.path = path
        // stat follows links: what counts is the file a link leads to.
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw errno == EACCES ? .unreadable(path: path) : .missing(path: path)
        }
        let type = status.st_mode & S_IFMT
        guard type != S_IFDIR else { throw .isDirectory(path: path) }
        // A device or a pipe has no size to check and may never end (/dev/zero, a FIFO).
        guard type == S_IFREG else { throw .notARegularFile(path: path) }
        // The size is checked before a byte is read: a huge file is refused, not loaded.
        guard Int(status.st_size) <= maximumSize else {
            throw .tooLarge(path: path, size: Int(status.st_size), limit: maximumSize)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path) }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte more than allowed: a file that grew since the check is still refused.
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw .unreadable(path: path)
        }
        guard data.count <= maximumSize else { throw .tooLarge(path: path, size: data.count, limit: maximumSize) }
        self.data = data
        self.text = try Self.decode(data, path: path)
    }

    /// Checks bytes already in memory (a file read elsewhere, a blob of the edition) as if
    /// they were the file at `path`: the same limits, the same messages.
    ///
    /// - Throws: ``InputFileError`` naming `path` and what is wrong.
    public init(data: Data, path: String, maximumSize: Int = InputFile.maximumSize) throws(InputFileError) {
        guard data.count <= maximumSize else { throw .tooLarge(path: path, size: data.count, limit: maximumSize) }
        self.path = path
        self.data = data
        self.text = try Self.decode(data, path: path)
    }

    /// Reads and checks the file at `path`, reporting what is wrong as an ``EditionError``.
    public static func read(_ path: String) throws -> InputFile {
        do {
            return try InputFile(path: path)
        } catch {
            throw EditionError.inputFile(error)
        }
    }

    /// Checks `data` is UTF-8 text and returns it as a string.
    static func decode(_ data: Data, path: String) throws(InputFileError) -> String {
        guard !data.isEmpty else { throw .empty(path: path) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .utf16(path: path)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Foundation's validation first (fast on a file of many megabytes); the byte-by-byte
        // search only when the text is invalid, to say where.
        guard let text = String(data: Data(body), encoding: .utf8) else {
            let offset = Self.firstInvalidUTF8Offset(body) ?? body.startIndex
            let position = TextPosition(of: offset, in: bytes)
            throw .notUTF8(path: path, byteOffset: offset, line: position.line, column: position.column)
        }
        let nul: Int? = body.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - base
        }
        if let nul {
            let offset = body.startIndex + nul
            let position = TextPosition(of: offset, in: bytes)
            throw .nulByte(path: path, byteOffset: offset, line: position.line, column: position.column)
        }
        guard text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) || text.contains(where: { !$0.isWhitespace }) else {
            throw .empty(path: path)
        }
        return text
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}

/// A line and column (1-based; the column counts Unicode scalars, as every Sigla message
/// does) in a text.
struct TextPosition: Equatable {
    var line: Int
    var column: Int

    /// The position of the byte at `offset` in `bytes`.
    ///
    /// - Complexity: O(*offset*), one pass over raw bytes (a 50 MB line takes well under a second).
    init(of offset: Int, in bytes: [UInt8]) {
        var line = 1
        var column = 1
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<min(offset, buffer.count) {
                let byte = buffer[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
        }
        self.line = line
        self.column = column
    }
}

/// Why an input file cannot be used.
public enum InputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case isDirectory(path: String)
    /// A device, a pipe or a socket.
    case notARegularFile(path: String)
    case unreadable(path: String)
    case empty(path: String)
    case utf16(path: String)
    case notUTF8(path: String, byteOffset: Int, line: Int, column: Int)
    case nulByte(path: String, byteOffset: Int, line: Int, column: Int)
    case tooLarge(path: String, size: Int, limit: Int)

    public var path: String {
        switch self {
        case .missing(let path), .isDirectory(let path), .notARegularFile(let path), .unreadable(let path),
            .empty(let path),
            .utf16(let path), .notUTF8(let path, _, _, _), .nulByte(let path, _, _, _), .tooLarge(let path, _, _):
            path
        }
    }

    /// A size for a person: whole megabytes, or bytes below one.
    private static func megabytes(_ size: Int) -> String {
        size >= 1_048_576 ? "\(size / 1_048_576) MB" : "\(size) bytes"
    }

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no such file"
        case .isDirectory(let path):
            "\(path): is a directory, not a file"
        case .notARegularFile(let path):
            "\(path): is not a regular file (a device, a pipe or a socket); Sigla reads files"
        case .unreadable(let path):
            "\(path): cannot be read (check its permissions)"
        case .empty(let path):
            "\(path): the file is empty"
        case .utf16(let path):
            "\(path): the file is UTF-16; Sigla reads UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)"
        case .notUTF8(let path, let offset, let line, let column):
            "\(path):\(line):\(column): not valid UTF-8 at byte offset \(offset); Sigla reads UTF-8 text "
                + "(convert it, e.g. iconv -f LATIN1 -t UTF-8)"
        case .nulByte(let path, let offset, let line, let column):
            "\(path):\(line):\(column): contains a NUL byte at byte offset \(offset); is it a binary file?"
        case .tooLarge(let path, let size, let limit):
            "\(path): the file is \(Self.megabytes(size)); Sigla reads files up to \(Self.megabytes(limit))"
        }
    }
}
