/// The plain text of one state of a witness, with a map from every part of it back to the
/// source and to the event that produced it.
public struct TranscriptionState: Hashable, Sendable {
    /// Which state this is.
    public var state: WitnessState
    /// The text a reader of this state reads.
    public var text: String
    /// The source map: consecutive segments covering ``text`` in order, plus empty segments
    /// where an event leaves no text (an illegible passage, a note, a metamark, a lacuna mark),
    /// so that those can be found by position too.
    public var segments: [Segment]

    /// A stretch of the state text that comes from one stretch of the source.
    public struct Segment: Hashable, Sendable {
        /// The characters of ``TranscriptionState/text`` this segment covers.
        public var range: Range<String.Index>
        /// The same range as UTF-8 offsets into the state text.
        public var utf8Range: Range<Int>
        /// Where the segment's first character was read (markup: byte, line and column), if known.
        public var source: SourcePosition?
        /// The innermost event that produced the text, as an index into
        /// ``Transcription/events``; `nil` for text outside any event.
        public var eventIndex: Int?
    }

    /// The segments whose range contains `utf8Offset` of the state text, or which are empty
    /// and sit at it.
    ///
    /// - Complexity: O(log *n*) in the number of segments, plus the matches.
    public func segments(atUTF8Offset utf8Offset: Int) -> [Segment] {
        var low = 0
        var high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].utf8Range.upperBound < utf8Offset { low = mid + 1 } else { high = mid }
        }
        var result: [Segment] = []
        var index = low
        while index < segments.count, segments[index].utf8Range.lowerBound <= utf8Offset {
            let range = segments[index].utf8Range
            if range.contains(utf8Offset) || (range.isEmpty && range.lowerBound == utf8Offset) {
                result.append(segments[index])
            }
            index += 1
        }
        return result
    }
}
