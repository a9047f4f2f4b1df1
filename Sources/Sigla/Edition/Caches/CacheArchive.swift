import Foundation

/// The compact binary form of what `.git/sigla-cache/` keeps.
///
/// A command that records one decision must not spend its time decoding thousands of
/// locations and decisions from JSON (Codable decoding ran at about 20 MB/s here, most of
/// a decision's second). This form is written and read by hand, field by field: integers
/// as variable-length zig-zag numbers, strings as a length and their UTF-8 bytes. It is
/// private to the cache: every file starts with a format tag and version, and anything
/// unexpected is a miss, never an error the editor sees.
protocol CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed)
    func write(to writer: inout CacheWriter)
}

/// Appends values to a cache file's bytes.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: Int) {
        // Zig-zag, so small negative numbers stay short.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7f) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Another writer's bytes, preceded by their length, so a reader can skip them.
    mutating func writeBlock(_ block: CacheWriter) {
        write(block.bytes.count)
        bytes.append(contentsOf: block.bytes)
    }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ range: Range<Int>) {
        write(range.lowerBound)
        write(range.count)
    }

    mutating func write<Value: CacheArchivable>(_ value: Value) { value.write(to: &self) }

    mutating func write<Value: CacheArchivable>(_ values: [Value]) {
        write(values.count)
        for value in values { value.write(to: &self) }
    }

    /// A dictionary, keys in order so equal dictionaries give equal bytes.
    mutating func write<Value>(_ values: [String: Value], _ element: (inout CacheWriter, Value) -> Void) {
        write(values.count)
        for key in values.keys.sorted() {
            write(key)
            element(&self, values[key]!)
        }
    }
}

/// Reads values back in the order they were written.
struct CacheReader {
    /// The bytes end early or hold something that was never written.
    struct Malformed: Error {}

    /// Keeps `bytes` valid while the reader (or a copy of it) is in use.
    private let storage: CacheBytes
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Values already made from a name (enum cases, section ids), by name.
    private var names: [String: any Sendable] = [:]

    init(_ storage: CacheBytes) {
        self.storage = storage
        bytes = storage.bytes
    }

    init(_ data: Data) { self.init(CacheBytes(copying: data)) }

    var isAtEnd: Bool { position == bytes.count }

    mutating func readInt() throws(Malformed) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let value = Int64(bitPattern: result)
        return Int((value >> 1) ^ -(value & 1))
    }

    /// Passes over a block written by ``CacheWriter/writeBlock(_:)``.
    mutating func skipBlock() throws(Malformed) {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        position += count
    }

    /// The length of the block that follows (read before the block itself).
    mutating func readBlockLength() throws(Malformed) -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        return count
    }

    mutating func readBool() throws(Malformed) -> Bool {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position] != 0
    }

    mutating func readString() throws(Malformed) -> String {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        defer { position += count }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    }

    mutating func readOptionalString() throws(Malformed) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readRange() throws(Malformed) -> Range<Int> {
        let lower = try readInt()
        let count = try readInt()
        let (upper, overflow) = lower.addingReportingOverflow(count)
        guard count >= 0, !overflow else { throw Malformed() }
        return lower..<upper
    }

    mutating func read<Value: CacheArchivable>(_: Value.Type = Value.self) throws(Malformed) -> Value {
        try Value(from: &self)
    }

    mutating func readArray<Value: CacheArchivable>(of _: Value.Type = Value.self) throws(Malformed) -> [Value] {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }

    mutating func readDictionary<Value>(_ element: (inout CacheReader) throws(Malformed) -> Value)
        throws(Malformed) -> [String: Value]
    {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [String: Value] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try readString()
            values[key] = try element(&self)
        }
        return values
    }

    /// A raw-value enum case; the few names an edition uses are read once each.
    mutating func readCase<Value: RawRepresentable & Sendable>(_: Value.Type = Value.self) throws(Malformed) -> Value
    where Value.RawValue == String {
        let name = try readString()
        if let known = names[name] as? Value { return known }
        guard let value = Value(rawValue: name) else { throw Malformed() }
        names[name] = value
        return value
    }

    /// A section's id, checked once per name.
    mutating func readSectionID() throws(Malformed) -> SectionID {
        let name = try readString()
        if let known = names[name] as? SectionID { return known }
        guard let id = SectionID(name) else { throw Malformed() }
        names[name] = id
        return id
    }
}

/// A cache file: a tag naming what it holds and its version, a key saying what it was
/// made from, then the value.
struct CacheFile<Value: CacheArchivable> {
    let path: String
    let tag: String
    let version: Int

    /// The value kept for `key`, or nil when there is none, it was made for something
    /// else, by another version, or cannot be read.
    func load(key: String) -> Value? {
        guard let opened = opened(), opened.key == key else { return nil }
        var reader = opened.reader
        guard let value = try? reader.read(Value.self), reader.isAtEnd
        else { return nil }
        return value
    }

    /// Part of the value kept for `key`, read by `part` (which may skip what it does not
    /// need); nil as ``load(key:)`` would be.
    func load<Part>(key: String, part: (inout CacheReader) throws(CacheReader.Malformed) -> Part) -> Part? {
        guard let opened = opened(), opened.key == key else { return nil }
        var reader = opened.reader
        return try? part(&reader)
    }

    /// The value kept, whatever it was made for, with its key: for caches that can be
    /// brought up to date from where they were.
    func loadLatest() -> (key: String, value: Value)? {
        guard let opened = opened() else { return nil }
        var reader = opened.reader
        guard let value = try? reader.read(Value.self), reader.isAtEnd
        else { return nil }
        return (opened.key, value)
    }

    /// The file's key and a reader at its value, if the file is there with this tag and
    /// version.
    private func opened() -> (key: String, reader: CacheReader)? {
        guard let bytes = CacheBytes(mapping: path) else { return nil }
        var reader = CacheReader(bytes)
        guard (try? reader.readString()) == tag, (try? reader.readInt()) == version,
            let key = try? reader.readString()
        else { return nil }
        return (key, reader)
    }

    /// Keeps `value` for `key`, replacing the file atomically; a failure to write only
    /// costs a later command the time to recompute.
    func store(_ value: Value, key: String) {
        var writer = CacheWriter()
        writer.write(tag)
        writer.write(version)
        writer.write(key)
        writer.write(value)
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(writer.bytes).write(to: url, options: .atomic)
    }
}
