/// Gives each distinct byte string a small integer id, hashing the bytes in place, so
/// that a String is made once per distinct text rather than once per token (the
/// tokenizer), or no String at all (`keepsTexts: false`, a set of byte strings).
///
/// - Complexity: O(length of the text) expected, with open addressing on a power-of-two table.
struct TextInterner {
    /// The texts by id (empty when made with `keepsTexts: false`).
    private(set) var texts: [String] = []
    /// Number of distinct byte strings.
    private(set) var count = 0
    private let keepsTexts: Bool
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1 << 14, keepsTexts: Bool = true) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        self.keepsTexts = keepsTexts
    }

    /// The id of the text made of `bytes`, adding it if new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (slot, found) = probe(bytes)
        if let found { return found }
        let id = Int32(count)
        slots[slot] = id
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        if keepsTexts { texts.append(String(decoding: bytes, as: UTF8.self)) }
        count += 1
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The id of the text made of `bytes`, or nil if it was never interned.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        probe(bytes).found
    }

    /// Calls `body` with the bytes of the text with `id`.
    func withBytes<R>(of id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = starts[Int(id)]
        let end = starts[Int(id) + 1]
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The slot holding `bytes`, or the empty slot where they would go.
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Int32?) {
        var slot = Self.hash(bytes) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let id = slots[slot]
                if id < 0 { return (slot, nil) }
                let start = starts[Int(id)]
                if starts[Int(id) + 1] - start == bytes.count {
                    var equal = true
                    for k in 0..<bytes.count where arena[start + k] != bytes[k] {
                        equal = false
                        break
                    }
                    if equal { return (slot, id) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        let arena = self.arena
        arena.withUnsafeBufferPointer { arena in
            for id in 0..<count {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: arena[starts[id]..<starts[id + 1]])) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id)
            }
        }
    }
}
