/// Reading Unicode scalars straight off valid UTF-8 bytes (a `String`'s own), for the
/// byte-level steps of normalization, which copy or drop whole scalars.
enum UTF8Bytes {
    /// The scalar starting at `index` and its length in bytes. The bytes must be valid
    /// UTF-8 and `index` the start of a scalar.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// A string of the scalars of `text` that `keep` accepts, in order.
    static func filteringScalars(_ text: String, _ keep: (Unicode.Scalar) -> Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var i = 0
                while i < bytes.count {
                    let (scalar, length) = scalar(in: bytes, at: i)
                    if keep(scalar) {
                        for k in 0..<length { out[count + k] = bytes[i + k] }
                        count += length
                    }
                    i += length
                }
                return count
            }
        }
    }
}
