import Foundation

/// Gives each distinct string a small integer id, where "distinct" means what it means
/// to `String ==` (canonical equivalence: `é` composed equals `e` + combining acute), at
/// the cost of a byte hash rather than `String` hashing.
///
/// Text whose bytes are certainly NFC (`CanonicalText.isKnownNFC`, nearly all text) is
/// keyed by its bytes; other text by its NFC form's bytes when that form is certainly NFC
/// too, and otherwise, rarely, by the `String` itself in a dictionary.
///
/// - Complexity: O(length) expected per call.
struct CanonicalInterner {
    private var byBytes: TextInterner
    /// Our id for each id of `byBytes`.
    private var idOfBytes: [Int32] = []
    private var others: [String: Int32] = [:]
    /// Number of distinct strings.
    private(set) var count = 0

    init(capacity: Int = 1 << 14) {
        byBytes = TextInterner(capacity: capacity, keepsTexts: false)
    }

    /// An interner that starts with the texts of `interner`, with their ids, all of which
    /// the caller knows to be NFC (a tokenizer's interner over NFC text): its table is
    /// taken over rather than built again (take its texts out first: see
    /// `TextInterner.takeTexts()`).
    init(adopting interner: TextInterner) {
        byBytes = interner
        count = interner.count
        idOfBytes = Array(0..<Int32(count))
    }

    /// The id of text `id` of `interner`, a text the caller knows to be NFC, and whether it is new.
    mutating func intern(nfcTextOf id: Int32, in interner: TextInterner) -> (id: Int32, isNew: Bool) {
        interner.withBytes(of: id) { intern(nfcBytes: $0, readable: $0.count + 8) }
    }

    /// The id of `text`, and whether it is new.
    mutating func intern(_ text: String) -> (id: Int32, isNew: Bool) {
        var copy = text
        if let known = copy.withUTF8({ CanonicalText.isKnownNFC($0) ? intern(nfcBytes: $0) : nil }) { return known }
        var normalized = text.precomposedStringWithCanonicalMapping
        if let known = normalized.withUTF8({ CanonicalText.isKnownNFC($0) ? intern(nfcBytes: $0) : nil }) {
            return known
        }
        if let id = others[text] { return (id, false) }
        let id = Int32(count)
        others[text] = id
        count += 1
        return (id, true)
    }

    /// The id of `text`, or nil if no equal string was interned.
    func id(of text: String) -> Int32? {
        var copy = text
        if let known = copy.withUTF8({ CanonicalText.isKnownNFC($0) ? id(bytes: $0) : nil }) { return known }
        var normalized = text.precomposedStringWithCanonicalMapping
        if let known = normalized.withUTF8({ CanonicalText.isKnownNFC($0) ? id(bytes: $0) : nil }) { return known }
        return others[text]
    }

    /// The id of the text made of `bytes`, which the caller knows to be NFC (ASCII, say),
    /// and whether it is new.
    ///
    /// - Parameter readable: as `TextInterner.intern(_:readable:)`.
    mutating func intern(nfcBytes bytes: UnsafeBufferPointer<UInt8>, readable: Int = 0) -> (id: Int32, isNew: Bool) {
        let before = byBytes.count
        let byteID = byBytes.intern(bytes, readable: readable)
        if byBytes.count == before { return (idOfBytes[Int(byteID)], false) }
        let id = Int32(count)
        idOfBytes.append(id)
        count += 1
        return (id, true)
    }

    private func id(bytes: UnsafeBufferPointer<UInt8>) -> Int32?? {
        .some(byBytes.id(of: bytes).map { idOfBytes[Int($0)] })
    }
}
