extension EstablishedText {
    /// One section (chapter, preface …) of the established text.
    ///
    /// Every sentence is one line: it is not empty, holds no line break, and neither
    /// begins nor ends with white space. Every paragraph has at least one sentence.
    public struct Section: Hashable, Sendable {
        /// The section's identifier, which names its file and begins its citations.
        public let id: SectionID
        /// The section's title, if it has one (one line, trimmed).
        public let title: String?
        /// The paragraphs, in order.
        public let paragraphs: [Paragraph]

        /// A section made of `paragraphs`.
        ///
        /// - Throws: ``SectionError`` if the title or a sentence is not one trimmed line.
        /// - Complexity: O(*n*) in the length of the text.
        public init(id: SectionID, title: String? = nil, paragraphs: [Paragraph]) throws(SectionError) {
            if let title, let problem = Self.lineProblem(title, allowEmpty: true) {
                throw .invalidTitle(section: id, problem: problem)
            }
            var number = 0
            for (p, paragraph) in paragraphs.enumerated() {
                guard !paragraph.sentences.isEmpty else { throw .emptyParagraph(section: id, paragraph: p + 1) }
                for sentence in paragraph.sentences {
                    number += 1
                    if let problem = Self.lineProblem(sentence, allowEmpty: false) {
                        throw .invalidSentence(section: id, sentence: number, problem: problem)
                    }
                }
            }
            self.init(validatedID: id, title: title, paragraphs: paragraphs)
        }

        /// A section made of the sentences of `split`, each turned into one line.
        ///
        /// - Throws: ``SectionError/invalidTitle(section:problem:)``.
        /// - Complexity: O(*n*) in the length of the text.
        public init(id: SectionID, title: String? = nil, split: SentenceSplit) throws(SectionError) {
            try self.init(id: id, title: title, lines: split.paragraphs())
        }

        /// A section of paragraphs whose sentences are lines of a split
        /// (``SentenceSpan/line``), which are valid by construction; the title is checked.
        init(id: SectionID, title: String?, lines paragraphs: [Paragraph]) throws(SectionError) {
            if let title, let problem = Self.lineProblem(title, allowEmpty: true) {
                throw .invalidTitle(section: id, problem: problem)
            }
            self.init(validatedID: id, title: title, paragraphs: paragraphs)
        }

        init(validatedID id: SectionID, title: String?, paragraphs: [Paragraph]) {
            self.id = id
            self.title = title
            self.paragraphs = paragraphs
            var starts: [Int] = []
            starts.reserveCapacity(paragraphs.count)
            var count = 0
            for paragraph in paragraphs {
                starts.append(count)
                count += paragraph.sentences.count
            }
            self.paragraphStarts = starts
            self.sentenceCount = count
        }

        /// For each paragraph, the 0-based number of its first sentence in the section.
        let paragraphStarts: [Int]

        /// How many sentences the section has.
        public let sentenceCount: Int

        /// All sentences, in order, across paragraphs.
        public var sentences: [String] { paragraphs.flatMap(\.sentences) }

        /// The name of the section's file in the edition: `<id>.txt`.
        public var fileName: String { "\(id.rawValue).txt" }

        /// Sentence `number` (1-based, counted across the section), if it exists.
        ///
        /// - Complexity: O(log *p*) in the number of paragraphs.
        public func sentence(_ number: Int) -> String? {
            guard let (p, s) = position(ofSentence: number) else { return nil }
            return paragraphs[p - 1].sentences[s - 1]
        }

        /// The paragraph (1-based) and place in it (1-based) of sentence `number`.
        ///
        /// - Complexity: O(log *p*) in the number of paragraphs.
        public func position(ofSentence number: Int) -> (paragraph: Int, sentence: Int)? {
            guard number >= 1 && number <= sentenceCount else { return nil }
            var low = 0
            var high = paragraphStarts.count
            while low < high {
                let middle = (low + high) / 2
                if paragraphStarts[middle] <= number - 1 { low = middle + 1 } else { high = middle }
            }
            return (low, number - paragraphStarts[low - 1])
        }

        /// The number (1-based, across the section) of sentence `sentence` of paragraph
        /// `paragraph`, if both exist.
        public func sentenceNumber(paragraph: Int, sentence: Int) -> Int? {
            guard paragraphs.indices.contains(paragraph - 1),
                paragraphs[paragraph - 1].sentences.indices.contains(sentence - 1)
            else { return nil }
            return paragraphStarts[paragraph - 1] + sentence
        }

        static func lineProblem(_ text: String, allowEmpty: Bool) -> String? {
            if text.isEmpty { return allowEmpty ? nil : "it is empty" }
            if text.contains(where: \.isNewline) { return "it contains a line break" }
            if let first = text.first, first.isWhitespace { return "it begins with white space" }
            if let last = text.last, last.isWhitespace { return "it ends with white space" }
            return nil
        }

        public static func == (a: Section, b: Section) -> Bool {
            a.id == b.id && a.title == b.title && a.paragraphs == b.paragraphs
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(title)
            hasher.combine(paragraphs)
        }
    }

    /// A paragraph of the established text: its sentences, in order.
    public struct Paragraph: Hashable, Sendable {
        /// The sentences, one line each.
        public let sentences: [String]

        /// A paragraph of `sentences` (validated when a ``Section`` is made of it).
        public init(_ sentences: [String]) {
            self.sentences = sentences
        }
    }
}

/// A section whose title or sentences break the one-sentence-per-line rules.
public enum SectionError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidTitle(section: SectionID, problem: String)
    case invalidSentence(section: SectionID, sentence: Int, problem: String)
    case emptyParagraph(section: SectionID, paragraph: Int)

    public var description: String {
        switch self {
        case .invalidTitle(let section, let problem):
            "the title of section \(section) is not a single trimmed line: \(problem)"
        case .invalidSentence(let section, let sentence, let problem):
            "sentence \(section).\(sentence) is not a single trimmed line: \(problem)"
        case .emptyParagraph(let section, let paragraph):
            "paragraph \(paragraph) of section \(section) has no sentence"
        }
    }
}
