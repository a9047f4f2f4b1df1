/// Gives each distinct token text a small integer id while tokenizing, hashing the bytes
/// in place, so that a String is made once per distinct text rather than once per token.
///
/// - Complexity: O(length of the text) expected, with open addressing on a power-of-two table.
struct TextInterner {
    private(set) var texts: [String] = []
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1 << 14) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { texts.count }

    /// The id of the text made of `bytes`, adding it if new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            let start = starts[Int(id)]
            let end = starts[Int(id) + 1]
            if end - start == bytes.count
                && arena.withUnsafeBufferPointer({ arena in
                    zip(arena[start..<end], bytes).allSatisfy { $0 == $1 }
                })
            {
                return id
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(texts.count)
        slots[slot] = id
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        texts.append(String(decoding: bytes, as: UTF8.self))
        if texts.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        var size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        size = 0
        for id in texts.indices {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in arena[starts[id]..<starts[id + 1]] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
