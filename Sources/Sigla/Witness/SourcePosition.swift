/// A place in a source file: line and column, and the UTF-8 offset where it is known.
public struct SourcePosition: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Byte offset from the start of the file (UTF-8), when the reader knows it (Sigla markup does;
    /// the XML reader gives only line and column).
    public var utf8Offset: Int?
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(utf8Offset: Int? = nil, line: Int, column: Int) {
        self.utf8Offset = utf8Offset
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// Where a node of a transcription was read from.
///
/// Provenance, not content: an origin takes no part in equality or hashing, so a transcription
/// read from markup equals the same transcription read from TEI or built in code.
public struct SourceOrigin: Hashable, Sendable, Codable {
    /// Where the node starts in its source (the `{` of a mark, the first character of a text).
    public var start: SourcePosition?
    /// For text: from each UTF-8 offset of the text on, the source continues linearly from the
    /// given position. There is more than one anchor where escapes (`\{`) break that line.
    var anchors: [Anchor]

    struct Anchor: Sendable {
        var textOffset: Int
        var position: SourcePosition
    }

    /// No known origin: the node was built in code.
    public static let unknown = SourceOrigin(start: nil)

    public init(start: SourcePosition?) {
        self.start = start
        self.anchors = start.map { [Anchor(textOffset: 0, position: $0)] } ?? []
    }

    init(anchors: [Anchor]) {
        self.start = anchors.first?.position
        self.anchors = anchors
    }

    public static func == (lhs: SourceOrigin, rhs: SourceOrigin) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}

    enum CodingKeys: String, CodingKey { case start }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try container.decodeIfPresent(SourcePosition.self, forKey: .start))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(start, forKey: .start)
    }

    /// This origin's anchors shifted to start `offset` bytes further into a merged text.
    func shifted(by offset: Int) -> [Anchor] {
        anchors.map { Anchor(textOffset: $0.textOffset + offset, position: $0.position) }
    }
}
