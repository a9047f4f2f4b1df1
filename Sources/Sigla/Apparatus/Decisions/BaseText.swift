/// The base witness's state, divided into sections and sentences: the coordinates every
/// location and decision is given in.
///
/// A section starts at a line beginning `# ` (`# I. Infancia`): its id is the heading's
/// first word without a final period (`I`), its title the rest of the line. Text before
/// the first heading, or a text with no heading, is the section `text`.
public struct BaseText: Sendable, Codable {
    /// One section of the base text.
    public struct Section: Sendable, Codable {
        public var id: SectionID
        public var title: String?
        /// The section's text, after its heading line.
        public var text: String
        /// Where `text` starts in the whole base text (UTF-8 offset).
        public var offset: Int
        /// The sentences: UTF-8 ranges in `text`, trailing white space excluded.
        public var sentences: [Range<Int>]

        /// The 1-based number of the sentence holding `offset` (a position in `text`); a
        /// position between sentences belongs to the sentence before it.
        public func sentenceNumber(at offset: Int) -> Int {
            var low = 0
            var high = sentences.count
            while low < high {
                let middle = (low + high) / 2
                if sentences[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
            }
            return max(low, 1)
        }

        /// The text of a range of `text`.
        public func text(_ range: Range<Int>) -> String {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return String(text[start..<end])
        }
    }

    public var sections: [Section]

    /// Divides `text` into sections and sentences.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    /// - Parameter corrections: the editor's corrections to the splitter, by section id.
    public init(
        text: String, splitter: SentenceSplitter = SentenceSplitter(), corrections: [String: SplitCorrections] = [:]
    ) {
        var sections: [Section] = []
        var pending: (id: SectionID, title: String?, start: String.Index, offset: Int)?
        var usedIDs: Set<SectionID> = []
        func close(at end: String.Index) {
            guard let open = pending else { return }
            let body = String(text[open.start..<end])
            let split = splitter.split(body, applying: corrections[open.id.rawValue] ?? [])
            let utf8 = body.utf8
            let ranges = split.sentences.map { span -> Range<Int> in
                let start = utf8.distance(from: utf8.startIndex, to: span.range.lowerBound)
                return start..<(start + span.text.utf8.count)
            }
            if open.title != nil || ranges.contains(where: { !$0.isEmpty }) {
                sections.append(Section(id: open.id, title: open.title, text: body, offset: open.offset, sentences: ranges))
            }
            pending = nil
        }
        func uniqueID(_ candidate: String) -> SectionID {
            var id = SectionID(candidate) ?? SectionID("S\(sections.count + 1)")!
            var suffix = 2
            while usedIDs.contains(id) {
                id = SectionID("\(candidate)-\(suffix)") ?? SectionID("S\(sections.count + 1)-\(suffix)")!
                suffix += 1
            }
            usedIDs.insert(id)
            return id
        }

        pending = (SectionID("text")!, nil, text.startIndex, 0)
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            if line.hasPrefix("# ") {
                close(at: lineStart)
                let heading = line.dropFirst(2).trimmingWhitespace()
                let firstWord = heading.prefix { !$0.isWhitespace }
                let name = firstWord.hasSuffix(".") ? firstWord.dropLast() : firstWord
                let title = heading.isEmpty ? nil : String(heading)
                let offset = text.utf8.distance(from: text.utf8.startIndex, to: next)
                pending = (uniqueID(String(name)), title, next, offset)
            }
            lineStart = next
        }
        close(at: text.endIndex)
        self.sections = sections
    }

    /// The section with this id.
    public func section(_ id: SectionID) -> Section? {
        sections.first { $0.id == id }
    }

    /// The section holding a position of the whole base text, and the position in it.
    public func locate(_ offset: Int) -> (section: Int, offset: Int)? {
        guard let index = sections.lastIndex(where: { $0.offset <= offset }) else { return nil }
        return (index, offset - sections[index].offset)
    }
}
