import CLibGit2

/// The SHA-1 name of a git object (commit, tree, blob, tag).
///
/// Stored as its 20 bytes, so hashing and comparing are cheap; ``hex`` spells it as git
/// does, in 40 lowercase hexadecimal digits.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible, Codable {
    /// Bytes 0–7, 8–15 and 16–19 of the hash, big-endian.
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    /// Parses a full hash of 40 hexadecimal digits (either case).
    ///
    /// Abbreviated hashes need the repository to be resolved: use
    /// ``Repository/resolve(_:)``.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 40 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 20)
        for index in 0..<20 {
            guard let upper = Self.nibble(digits[2 * index]), let lower = Self.nibble(digits[2 * index + 1]) else {
                return nil
            }
            bytes[index] = upper << 4 | lower
        }
        self.init(bytes: bytes)
    }

    /// The hash in 40 lowercase hexadecimal digits.
    public var hex: String {
        let alphabet = Array("0123456789abcdef".utf8)
        var digits = [UInt8]()
        digits.reserveCapacity(40)
        for byte in bytes {
            digits.append(alphabet[Int(byte >> 4)])
            digits.append(alphabet[Int(byte & 0x0f)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// The first 7 hexadecimal digits, as `git log --oneline` shows them.
    public var short: String { String(hex.prefix(7)) }

    public var description: String { hex }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ObjectID(hex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(String(reflecting: text)) is not a 40-digit object id")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    // MARK: - Bytes and libgit2

    private init(bytes: [UInt8]) {
        func load(_ range: Range<Int>) -> UInt64 {
            range.reduce(0) { $0 << 8 | UInt64(bytes[$1]) }
        }
        high = load(0..<8)
        middle = load(8..<16)
        low = UInt32(load(16..<20))
    }

    private var bytes: [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(20)
        for shift in stride(from: 56, through: 0, by: -8) {
            result.append(UInt8(truncatingIfNeeded: high >> UInt64(shift)))
        }
        for shift in stride(from: 56, through: 0, by: -8) {
            result.append(UInt8(truncatingIfNeeded: middle >> UInt64(shift)))
        }
        for shift in stride(from: 24, through: 0, by: -8) {
            result.append(UInt8(truncatingIfNeeded: low >> UInt32(shift)))
        }
        return result
    }

    /// Copies a libgit2 object id.
    init(_ oid: git_oid) {
        self.init(bytes: withUnsafeBytes(of: oid.id) { Array($0) })
    }

    /// Copies the libgit2 object id a pointer refers to.
    init(_ oid: UnsafePointer<git_oid>) {
        self.init(oid.pointee)
    }

    /// The id as libgit2's `git_oid`.
    var gitOID: git_oid {
        var oid = git_oid()
        let source = bytes
        withUnsafeMutableBytes(of: &oid.id) { buffer in
            for index in 0..<20 { buffer[index] = source[index] }
        }
        return oid
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
