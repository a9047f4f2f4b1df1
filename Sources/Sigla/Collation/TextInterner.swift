/// Gives each distinct byte string a small integer id, hashing the bytes in place, so
/// that a String is made once per distinct text rather than once per token (the
/// tokenizer), or no String at all (`keepsTexts: false`, a set of byte strings).
///
/// Open addressing on a power-of-two table whose slots hold the id and 32 bits of the
/// hash: a probe compares bytes only when the hashes agree.
///
/// - Complexity: O(length of the text) expected.
struct TextInterner {
    /// The texts by id (empty when made with `keepsTexts: false`).
    private(set) var texts: [String] = []
    /// Number of distinct byte strings.
    private(set) var count = 0
    private let keepsTexts: Bool
    /// The bytes of every text, one after another; only the first `arenaUsed` are
    /// meaningful. Grown by doubling and written in place: `append(contentsOf:)` cost a
    /// hundred instructions per text.
    private var arena: [UInt8]
    private var arenaUsed = 0
    private var starts: [Int] = [0]
    /// Per slot: 0 when empty, else the hash's high 32 bits and id + 1 in the low 32.
    private var slots: [UInt64]
    private var mask: Int

    /// - Parameter capacity: the number of distinct texts expected (the table grows past it).
    init(capacity: Int = 1 << 14, keepsTexts: Bool = true) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        arena = Array(repeating: 0, count: max(capacity * 8, 64))
        starts.reserveCapacity(capacity + 1)
        if keepsTexts { texts.reserveCapacity(capacity) }
        self.keepsTexts = keepsTexts
    }

    /// The id of the text made of `bytes`, adding it if new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let mask = self.mask
        let (slot, found) = slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { arena in
                    Self.probe(bytes, hash, slots: slots, starts: starts, arena: arena, mask: mask)
                }
            }
        }
        if found >= 0 { return found }
        return add(bytes, hash: hash, slot: slot)
    }

    /// Stores new text in `slot` (kept out of the lookup path, which most calls end in).
    @inline(never)
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> Int32 {
        let id = Int32(count)
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        let start = arenaUsed
        if start + bytes.count > arena.count {
            arena.append(contentsOf: repeatElement(0, count: max(arena.count, bytes.count)))
        }
        arena.withUnsafeMutableBufferPointer { arena in
            for k in 0..<bytes.count { arena[start &+ k] = bytes[k] }
        }
        arenaUsed = start + bytes.count
        starts.append(arenaUsed)
        if keepsTexts { texts.append(String(decoding: bytes, as: UTF8.self)) }
        count += 1
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The id of the text made of `bytes`, or nil if it was never interned.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        let found = slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { arena in
                    Self.probe(bytes, hash, slots: slots, starts: starts, arena: arena, mask: mask).found
                }
            }
        }
        return found >= 0 ? found : nil
    }

    /// FNV-1a, with the high bits folded into the low ones that pick the slot.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }

    /// The slot holding `bytes` and its id, or the empty slot where they would go and -1.
    /// Static, on buffers, so that the hot path retains nothing.
    @inline(__always)
    private static func probe(
        _ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64, slots: UnsafeBufferPointer<UInt64>,
        starts: UnsafeBufferPointer<Int>, arena: UnsafeBufferPointer<UInt8>, mask: Int
    ) -> (slot: Int, found: Int32) {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let length = bytes.count
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, -1) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                let start = starts[id]
                if starts[id &+ 1] &- start == length {
                    var k = 0
                    while k < length && arena[start &+ k] == bytes[k] { k &+= 1 }
                    if k == length { return (slot, Int32(id)) }
                }
            }
            slot = (slot &+ 1) & mask
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        mask = size - 1
        arena.withUnsafeBufferPointer { arena in
            for id in 0..<count {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: arena[starts[id]..<starts[id + 1]]))
                var slot = Int(truncatingIfNeeded: hash) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
            }
        }
        slots = grown
    }
}
