/// Gives each distinct byte string a small integer id, hashing the bytes in place, so
/// that a String is made once per distinct text rather than once per token (the
/// tokenizer), or no String at all (`keepsTexts: false`, a set of byte strings).
///
/// Open addressing on a power-of-two table. Each slot holds, besides the id, 24 bits of
/// the hash, the length, and the text's first eight bytes packed in an integer: most
/// tokens are eight bytes or shorter, so most lookups compare two integers and never
/// touch the stored bytes. The table and the bytes live in `TextInternerStorage`, raw
/// memory copied on write, because reaching three arrays through closures cost more per
/// lookup than the lookup itself.
///
/// - Complexity: O(length of the text) expected.
struct TextInterner {
    /// The texts by id (empty when made with `keepsTexts: false`).
    private(set) var texts: [String] = []
    private var keepsTexts: Bool
    private var storage: TextInternerStorage

    /// Number of distinct byte strings.
    var count: Int { storage.count }

    /// - Parameter capacity: the number of distinct texts expected (the table grows past it).
    init(capacity: Int = 1 << 14, keepsTexts: Bool = true) {
        storage = TextInternerStorage(capacity: capacity)
        if keepsTexts { texts.reserveCapacity(capacity) }
        self.keepsTexts = keepsTexts
    }

    /// The id of the text made of `bytes`, adding it if new.
    ///
    /// - Parameter readable: how many bytes from the start of `bytes` may be read, where
    ///   that is more than `bytes.count` (a token inside a longer text): the hash then
    ///   loads eight bytes at once and masks.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int = 0) -> Int32 {
        let (hash, head) = TextInternerStorage.hash(bytes, readable: readable)
        let (slot, found) = storage.probe(bytes, hash, head)
        if found >= 0 { return found }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        if keepsTexts { texts.append(String(decoding: bytes, as: UTF8.self)) }
        return storage.add(bytes, hash: hash, head: head, slot: slot)
    }

    /// Gives the texts away and makes no more `String`s: for an owner that keeps the ids
    /// and bytes only (see `CanonicalInterner.init(adopting:)`).
    mutating func takeTexts() -> [String] {
        keepsTexts = false
        defer { texts = [] }
        return texts
    }

    /// Whether every text is certainly NFC (`CanonicalText.isKnownNFC`), judged from the
    /// bytes of the distinct texts (each whole scalars) rather than of every token.
    var allTextsAreKnownNFC: Bool { storage.allBytesAreKnownNFC }

    /// Calls `body` with the bytes of text `id`; eight bytes past their end may be read.
    func withBytes<R>(of id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(storage.bytes(of: id))
    }

    /// The id of the text made of `bytes`, or nil if it was never interned.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let (hash, head) = TextInternerStorage.hash(bytes)
        let found = storage.probe(bytes, hash, head).found
        return found >= 0 ? found : nil
    }
}

/// The memory of a `TextInterner`: the slot table, the texts' bytes one after another,
/// and where each starts. Sendable because it is only mutated through a `TextInterner`
/// that holds the sole reference (copy on write), like an array's buffer.
final class TextInternerStorage: @unchecked Sendable {
    private(set) var count = 0
    /// Two words per slot: the first 0 when empty, else the hash's high 24 bits, the
    /// length (up to 255) and id + 1 (low 32 bits); the second the first eight bytes.
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    private var arenaUsed = 0
    /// `starts[id] ..< starts[id + 1]`: text `id`'s bytes in the arena.
    private var starts: UnsafeMutablePointer<Int>
    private var startsCapacity: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        mask = size - 1
        slots = .allocate(capacity: 2 * size)
        slots.initialize(repeating: 0, count: 2 * size)
        arenaCapacity = max(capacity * 8, 64)
        arena = .allocate(capacity: arenaCapacity + Self.slack)
        startsCapacity = max(capacity, 16) + 1
        starts = .allocate(capacity: startsCapacity)
        starts[0] = 0
    }

    /// Bytes allocated past the arena's capacity, so that eight bytes may be loaded from
    /// any text's start (`bytes(of:)`); never written.
    private static let slack = 8

    deinit {
        slots.deallocate()
        arena.deallocate()
        starts.deallocate()
    }

    /// An independent copy (copy on write).
    func copy() -> TextInternerStorage {
        let copy = TextInternerStorage(capacity: 0)
        copy.slots.deallocate()
        copy.arena.deallocate()
        copy.starts.deallocate()
        copy.count = count
        copy.mask = mask
        copy.slots = .allocate(capacity: 2 * (mask + 1))
        copy.slots.initialize(from: slots, count: 2 * (mask + 1))
        copy.arenaCapacity = arenaCapacity
        copy.arenaUsed = arenaUsed
        copy.arena = .allocate(capacity: arenaCapacity + Self.slack)
        copy.arena.initialize(from: arena, count: arenaUsed)
        copy.startsCapacity = startsCapacity
        copy.starts = .allocate(capacity: startsCapacity)
        copy.starts.initialize(from: starts, count: count + 1)
        return copy
    }

    /// Whether the bytes of all texts are certainly NFC (see `CanonicalText.isKnownNFC`,
    /// which judges scalar by scalar, so the texts may be taken together).
    var allBytesAreKnownNFC: Bool {
        CanonicalText.isKnownNFC(UnsafeBufferPointer(start: arena, count: arenaUsed))
    }

    /// The bytes of text `id` in the arena (valid until the next `add`).
    func bytes(of id: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena + starts[Int(id)], count: starts[Int(id) + 1] - starts[Int(id)])
    }

    /// Up to eight bytes from `start`, packed little-end first; loaded at once where
    /// eight bytes may be read.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, readable: Bool) -> UInt64 {
        if readable, let base = bytes.baseAddress {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            let length = bytes.count &- start
            return length >= 8 ? word : word & ((1 &<< UInt64(8 &* length)) &- 1)
        }
        let end = min(start &+ 8, bytes.count)
        var word: UInt64 = 0
        var k = end
        while k > start {
            k &-= 1
            word = word << 8 | UInt64(bytes[k])
        }
        return word
    }

    /// A multiplicative hash of the bytes taken eight at a time, and the first eight.
    ///
    /// - Parameter readable: how many bytes from the start of `bytes` may be read (at least
    ///   `bytes.count`; less is taken as `bytes.count`).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int = 0) -> (hash: UInt64, head: UInt64) {
        let readable = max(readable, bytes.count)
        let head = pack(bytes, from: 0, readable: readable >= 8)
        var hash = (UInt64(bytes.count) ^ head) &* 0x9E37_79B9_7F4A_7C15
        var start = 8
        while start < bytes.count {
            // A later chunk is loaded whole where eight bytes may be read.
            let chunk = pack(bytes, from: start, readable: readable &- start >= 8)
            hash = (hash ^ (hash >> 29) ^ chunk) &* 0x9E37_79B9_7F4A_7C15
            start &+= 8
        }
        return (hash ^ (hash >> 32), head)
    }

    /// The high word of a slot without its id: 24 bits of hash and the length.
    @inline(__always)
    private static func tag(_ hash: UInt64, _ length: Int) -> UInt64 {
        hash & 0xFFFF_FF00_0000_0000 | UInt64(min(length, 255)) << 32
    }

    /// The slot holding `bytes` and its id, or the empty slot where they would go and -1.
    @inline(__always)
    func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64, _ head: UInt64) -> (slot: Int, found: Int32) {
        let length = bytes.count
        let tag = Self.tag(hash, length)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[2 &* slot]
            if entry == 0 { return (slot, -1) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag && slots[2 &* slot &+ 1] == head {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                // Eight bytes or fewer: the length and the packed bytes settle it.
                if length <= 8 { return (slot, Int32(id)) }
                let start = starts[id]
                if starts[id &+ 1] &- start == length {
                    var k = 8
                    while k < length && arena[start &+ k] == bytes[k] { k &+= 1 }
                    if k == length { return (slot, Int32(id)) }
                }
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Stores new text in `slot` (from `probe`) and returns its id.
    func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, head: UInt64, slot: Int) -> Int32 {
        let id = count
        slots[2 * slot] = Self.tag(hash, bytes.count) | UInt64(id + 1)
        slots[2 * slot + 1] = head
        if arenaUsed + bytes.count > arenaCapacity {
            let capacity = max(2 * arenaCapacity, arenaUsed + bytes.count)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + Self.slack)
            grown.initialize(from: arena, count: arenaUsed)
            arena.deallocate()
            arena = grown
            arenaCapacity = capacity
        }
        if let base = bytes.baseAddress { (arena + arenaUsed).initialize(from: base, count: bytes.count) }
        arenaUsed += bytes.count
        if id + 2 > startsCapacity {
            let capacity = 2 * startsCapacity
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
            grown.initialize(from: starts, count: id + 1)
            starts.deallocate()
            starts = grown
            startsCapacity = capacity
        }
        starts[id + 1] = arenaUsed
        count += 1
        if count * 2 > mask + 1 { grow() }
        return Int32(id)
    }

    private func grow() {
        let size = (mask + 1) * 2
        let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * size)
        grown.initialize(repeating: 0, count: 2 * size)
        mask = size - 1
        for id in 0..<count {
            let text = UnsafeBufferPointer(start: arena + starts[id], count: starts[id + 1] - starts[id])
            let (hash, head) = Self.hash(text)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[2 * slot] != 0 { slot = (slot + 1) & mask }
            grown[2 * slot] = Self.tag(hash, text.count) | UInt64(id + 1)
            grown[2 * slot + 1] = head
        }
        slots.deallocate()
        slots = grown
    }
}
