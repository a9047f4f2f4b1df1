/// The one-line form of a sentence: every run of white space that holds a line break
/// becomes one space; everything else is kept byte for byte.
///
/// Works on UTF-8 bytes with the scanner's notion of white space, so that the established
/// text's lines and the splitter agree on what a line break is.
enum SentenceLine {
    /// The line form of `text`, and for each byte of it the offset (in `text`'s UTF-8)
    /// of the byte it comes from (the start of the run, for a collapsed run).
    ///
    /// - Complexity: O(*m*) in the length of `text`.
    static func map(_ text: Substring) -> (line: String, sourceOffsets: [Int]) {
        var offsets: [Int] = []
        let line = build(text) { offsets.append($0) }
        return (line, offsets)
    }

    /// The line form of `text`.
    ///
    /// - Complexity: O(*m*) in the length of `text`.
    static func line(_ text: Substring) -> String {
        // Most sentences hold no line break: then the line is the sentence as it is.
        if text.utf8.withContiguousStorageIfAvailable({ !holdsLineBreak($0) }) == true { return String(text) }
        return build(text) { _ in }
    }

    /// Whether `bytes` hold a line or paragraph break: `\n`, `\r`, VT, FF, NEL (U+0085),
    /// LS or PS (U+2028, U+2029).
    private static func holdsLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            switch bytes[i] {
            case 0x0A...0x0D:
                return true
            case 0xC2 where i + 1 < count && bytes[i + 1] == 0x85:
                return true
            case 0xE2 where i + 2 < count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                return true
            default:
                i += 1
            }
        }
        return false
    }

    private static func build(_ text: Substring, recordOffset: (Int) -> Void) -> String {
        var substring = text
        if let line = substring.utf8.withContiguousStorageIfAvailable({ build($0, recordOffset: recordOffset) }) {
            return line
        }
        var copy = String(substring)
        copy.makeContiguousUTF8()
        substring = copy[...]
        return substring.utf8.withContiguousStorageIfAvailable { build($0, recordOffset: recordOffset) } ?? copy
    }

    private static func build(_ bytes: UnsafeBufferPointer<UInt8>, recordOffset: (Int) -> Void) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let (c, length) = bytes.scalar(at: i)
            guard c.isSentenceWhitespace else {
                for k in 0..<length {
                    result.append(bytes[i + k])
                    recordOffset(i + k)
                }
                i += length
                continue
            }
            let runStart = i
            var hasBreak = false
            while i < n {
                let (w, wLength) = bytes.scalar(at: i)
                guard w.isSentenceWhitespace else { break }
                if w.isLineBreak || w.isParagraphSeparator { hasBreak = true }
                i += wLength
            }
            if hasBreak {
                result.append(0x20)
                recordOffset(runStart)
            } else {
                for k in runStart..<i {
                    result.append(bytes[k])
                    recordOffset(k)
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
