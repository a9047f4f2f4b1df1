/// The entries of a section placed in its text for exporters that mark lemmata inline
/// (LaTeX's `\edtext`, HTML's spans): paragraph by paragraph, each entry with the range
/// it marks, nested where one lemma lies inside another.
///
/// An insertion point marks the word it is anchored on (`post nada`: the word before; at
/// the start of a section, `ante`: the word after), since a point cannot be marked in
/// print. A lemma that crosses a paragraph end is cut at it (`\edtext` cannot span
/// `\pend`); one that crosses another lemma without lying inside it becomes a point just
/// after that one, with its full lemma printed in the apparatus (``Node/isDisplaced``).
struct InlineApparatusLayout {
    /// An entry, the UTF-8 range it marks in the section's text, and the entries inside it.
    struct Node {
        var entry: ApparatusEntry
        var range: Range<Int>
        var children: [Node] = []
        /// Written as an empty mark after the lemma it crosses.
        var isDisplaced = false
        /// The displaced nodes written just after this one.
        var following: [Node] = []
    }

    /// A paragraph's range in the section's text and its entries.
    struct Paragraph {
        var range: Range<Int>
        var sentences: [ApparatusSentence]
        var nodes: [Node]
    }

    let section: ApparatusSection
    let paragraphs: [Paragraph]

    /// - Complexity: O(*n* + *e* log *e*) for a text of *n* bytes and *e* entries.
    init(section: ApparatusSection, entries: [ApparatusEntry]) {
        self.section = section
        let bytes = Array(section.text.utf8)
        var paragraphs: [Paragraph] = section.paragraphs.compactMap { paragraph in
            guard let first = paragraph.sentences.first, let last = paragraph.sentences.last else { return nil }
            return Paragraph(
                range: first.range.start..<max(first.range.start, last.range.end), sentences: paragraph.sentences,
                nodes: [])
        }
        var placed: [[Node]] = Array(repeating: [], count: paragraphs.count)
        for entry in entries {
            var range = entry.range.range
            if range.isEmpty, let anchor = entry.lemma.anchor,
                let word = Self.word(in: bytes, at: range.lowerBound, after: anchor.position == .ante)
            {
                range = word
            }
            guard
                let index = paragraphs.lastIndex(where: { $0.range.lowerBound <= range.lowerBound })
                    ?? (paragraphs.isEmpty ? nil : 0)
            else { continue }
            let bounds = paragraphs[index].range
            let start = min(max(range.lowerBound, bounds.lowerBound), bounds.upperBound)
            range = start..<min(max(start, range.upperBound), bounds.upperBound)
            placed[index].append(Node(entry: entry, range: range))
        }
        for index in paragraphs.indices { paragraphs[index].nodes = Self.nest(placed[index]) }
        self.paragraphs = paragraphs
    }

    /// The word (non-space run) that ends at `position` (skipping white space before it),
    /// or with `after`, that starts at it; nil if there is none.
    static func word(in bytes: [UInt8], at position: Int, after: Bool) -> Range<Int>? {
        func space(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        if after {
            var start = position
            while start < bytes.count, space(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, !space(bytes[end]) { end += 1 }
            return end > start ? start..<end : nil
        }
        var end = min(position, bytes.count)
        while end > 0, space(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !space(bytes[start - 1]) { start -= 1 }
        return end > start ? start..<end : nil
    }

    /// The nodes as a forest: a node whose range lies inside another's is its child (equal
    /// ranges nest in text order); one that crosses another becomes a point after it.
    ///
    /// - Complexity: O(*e* log *e*).
    static func nest(_ nodes: [Node]) -> [Node] {
        let sorted = nodes.enumerated().sorted {
            ($0.element.range.lowerBound, -$0.element.range.upperBound, $0.offset)
                < ($1.element.range.lowerBound, -$1.element.range.upperBound, $1.offset)
        }.map(\.element)
        var stack: [Node] = []
        var roots: [Node] = []
        func close() {
            let node = stack.removeLast()
            if stack.isEmpty { roots.append(node) } else { stack[stack.count - 1].children.append(node) }
        }
        func add(_ node: Node) {
            if stack.isEmpty { roots.append(node) } else { stack[stack.count - 1].children.append(node) }
        }
        for var node in sorted {
            while let top = stack.last, node.range.lowerBound >= top.range.upperBound { close() }
            if let top = stack.last, node.range.upperBound > top.range.upperBound {
                // Crosses the open lemma: a point just after it.
                node.range = top.range.upperBound..<top.range.upperBound
                node.isDisplaced = true
                stack[stack.count - 1].following.append(node)
                continue
            }
            if node.range.isEmpty { add(node) } else { stack.append(node) }
        }
        while !stack.isEmpty { close() }
        return roots
    }

    /// Writes a range of the text with the nodes in it: `text` for each stretch of plain
    /// text (never crossing a node's edge), `mark` for each node with its content already written.
    static func render(
        _ range: Range<Int>, _ nodes: [Node], text: (Range<Int>) -> String, mark: (Node, String) -> String
    ) -> String {
        var out = ""
        var position = range.lowerBound
        for node in nodes {
            if node.range.lowerBound > position { out += text(position..<node.range.lowerBound) }
            let inner = render(node.range, node.children, text: text, mark: mark)
            out += mark(node, inner)
            for other in node.following { out += mark(other, "") }
            position = max(position, node.range.upperBound)
        }
        if range.upperBound > position { out += text(position..<range.upperBound) }
        return out
    }
}
