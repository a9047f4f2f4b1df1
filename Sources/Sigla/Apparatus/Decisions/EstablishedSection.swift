/// One section of the established text: the base text with the section's decisions
/// applied, divided into sentences, each with its citation and the origin of every part.
///
/// Citations count the base text's sentences, so they do not move when a decision adds
/// a sentence: a sentence that comes wholly from a decision takes the number of the one
/// before it and a letter (`I.26a`).
public struct EstablishedSection: Sendable {
    /// Where a stretch of the established text comes from.
    public enum Origin: Hashable, Sendable {
        /// The base text, from this offset of the section's base text.
        case base(offset: Int)
        /// A decision's text (its sign included).
        case decision(LocationID)
    }

    /// A stretch of the established text and its origin.
    public struct Part: Hashable, Sendable {
        /// UTF-8 range in the established section's text.
        public var range: Range<Int>
        public var origin: Origin
    }

    /// One sentence of the established text.
    public struct Sentence: Hashable, Sendable {
        /// `I.27`, `I.26a`.
        public var citation: String
        /// The sentence as its line in the section file reads.
        public var line: String
        /// The line's number in the section file, 1-based.
        public var lineNumber: Int
        /// UTF-8 range in the established section's text.
        public var range: Range<Int>
        /// Where each part of the sentence comes from, in order.
        public var parts: [Part]
    }

    public var id: SectionID
    public var title: String?
    /// The established text of the section.
    public var text: String
    public var parts: [Part]
    public var sentences: [Sentence]
    /// The section file (`text/<id>.txt`): one sentence per line. Made when asked for:
    /// a decision needs it of the section after, not of the section before.
    public var fileContents: String { file?.fileContents ?? "" }
    /// The section as its file holds it.
    private let file: EstablishedText.Section?

    /// Applies `decisions` to `base`.
    ///
    /// - Throws: ``DecisionConflict`` when two decisions overlap, or a decision's lemma is
    ///   no longer what the base text reads there.
    /// - Complexity: O(*n* + *d* log *d*) for a section of length *n* with *d* decisions.
    public init(
        base: BaseText.Section, decisions: [Decision], splitter: SentenceSplitter = SentenceSplitter(),
        corrections: SplitCorrections = []
    ) throws(DecisionConflict) {
        let assembled = try Assembled(base: base, decisions: decisions)
        // The editor's corrections to the split hold here too; a correction by sentence
        // number counts the established text's sentences.
        let split = splitter.split(assembled.text, applying: corrections)
        var sentences = Self.sentences(of: split, at: 0, lineNumberBefore: base.title == nil ? 0 : 1, isEnd: true)
        Self.attachParts(&sentences, from: assembled.parts)
        Self.cite(&sentences, base: base, assembled: assembled)
        self.init(id: base.id, title: base.title, text: assembled.text, parts: assembled.parts, sentences: sentences)
    }

    /// The base text with the decisions applied, in parts by origin, before it is split.
    struct Assembled {
        var text = ""
        var parts: [Part] = []
        /// Where in the base text the text each decision replaces starts (none for an
        /// insertion).
        var replacedStart: [LocationID: Int] = [:]

        init(base: BaseText.Section, decisions: [Decision]) throws(DecisionConflict) {
            // A kept reading changes no text: it is recorded, not applied, so it may span
            // other decisions (a note on a whole sentence, an emendation inside it).
            let ordered = decisions.filter { $0.action != .keep }
                .sorted { ($0.baseStart, $0.baseEnd) < ($1.baseStart, $1.baseEnd) }
            let baseLength = base.text.utf8.count
            var cursor = 0
            var previous: Decision?
            for decision in ordered {
                guard decision.baseStart >= cursor, decision.baseEnd <= baseLength,
                    decision.baseStart <= decision.baseEnd
                else {
                    throw DecisionConflict.overlapping(decision.location, previous?.location)
                }
                let lemma = base.text(decision.baseRange)
                guard lemma == decision.lemma else {
                    throw DecisionConflict.baseChanged(decision.location, expected: decision.lemma, found: lemma)
                }
                append(base.text(cursor..<decision.baseStart), .base(offset: cursor))
                append(EstablishedSection.signed(decision), .decision(decision.location))
                if decision.baseStart < decision.baseEnd, replacedStart[decision.location] == nil {
                    replacedStart[decision.location] = decision.baseStart
                }
                cursor = decision.baseEnd
                previous = decision
            }
            append(base.text(cursor..<baseLength), .base(offset: cursor))
        }

        private mutating func append(_ piece: String, _ origin: Origin) {
            guard !piece.isEmpty else { return }
            let start = text.utf8.count
            text += piece
            parts.append(Part(range: start..<text.utf8.count, origin: origin))
        }
    }

    /// The sentences of `split`, a split of the assembled text from UTF-8 offset `start`,
    /// with their ranges, lines and line numbers (their parts are given by
    /// ``attachParts(_:from:)``, their citations by ``cite(_:base:assembled:)``).
    ///
    /// - Parameters:
    ///   - lineNumberBefore: the section file's line number before the first sentence.
    ///   - isEnd: whether the split reaches the end of the text (no blank line follows
    ///     its last paragraph).
    static func sentences(of split: SentenceSplit, at start: Int, lineNumberBefore: Int, isEnd: Bool) -> [Sentence] {
        let source = split.source.utf8
        var sentences: [Sentence] = []
        sentences.reserveCapacity(split.sentences.count)
        var lineNumber = lineNumberBefore
        for (index, span) in split.sentences.enumerated() {
            let from = start + source.distance(from: source.startIndex, to: span.range.lowerBound)
            lineNumber += 1
            sentences.append(
                Sentence(
                    citation: "", line: span.line, lineNumber: lineNumber, range: from..<(from + span.text.utf8.count),
                    parts: []))
            if span.endsParagraph && (index < split.sentences.count - 1 || !isEnd) { lineNumber += 1 }
        }
        return sentences
    }

    /// Gives every sentence (in text order) the parts of the text it holds, each with the
    /// origin of its own first byte.
    static func attachParts(_ sentences: inout [Sentence], from parts: [Part]) {
        var partIndex = 0
        for index in sentences.indices {
            let range = sentences[index].range
            while partIndex < parts.count - 1, parts[partIndex].range.upperBound <= range.lowerBound { partIndex += 1 }
            var sentenceParts: [Part] = []
            var scan = partIndex
            while scan < parts.count, parts[scan].range.lowerBound < range.upperBound {
                let overlap =
                    max(parts[scan].range.lowerBound, range.lowerBound)..<min(parts[scan].range.upperBound, range.upperBound)
                if !overlap.isEmpty {
                    var origin = parts[scan].origin
                    if case .base(let offset) = origin {
                        origin = .base(offset: offset + overlap.lowerBound - parts[scan].range.lowerBound)
                    }
                    sentenceParts.append(Part(range: overlap, origin: origin))
                }
                scan += 1
            }
            sentences[index].parts = sentenceParts
        }
    }

    /// Gives every sentence its citation. Citations count the base text's sentences: a
    /// sentence's number is that of the base text it starts with; a decision that
    /// replaces base text stands where that text stood; text a decision inserts has no
    /// number of its own and takes the one before it with a letter (`I.26a`).
    static func cite(_ sentences: inout [Sentence], base: BaseText.Section, assembled: Assembled) {
        var lastNumber = 0
        var letter = 0
        for index in sentences.indices {
            var number: Int?
            for part in sentences[index].parts {
                switch part.origin {
                case .base(let offset):
                    number = base.sentenceNumber(at: offset)
                case .decision(let location):
                    if let replaced = assembled.replacedStart[location] { number = base.sentenceNumber(at: replaced) }
                }
                if number != nil { break }
            }
            if let number, number > lastNumber {
                lastNumber = number
                letter = 0
                sentences[index].citation = "\(base.id.rawValue).\(number)"
            } else {
                letter += 1
                sentences[index].citation = "\(base.id.rawValue).\(max(lastNumber, 0))\(Self.letters(letter))"
            }
        }
    }

    /// A section of these sentences, as established here or as kept (``AnalysisCache``):
    /// the section file is made from the sentences' lines, a paragraph ending where the
    /// line numbers skip a line.
    init(id: SectionID, title: String?, text: String, parts: [Part], sentences: [Sentence]) {
        self.id = id
        self.title = title
        self.text = text
        self.parts = parts
        self.sentences = sentences
        var paragraphs: [EstablishedText.Paragraph] = []
        var lines: [String] = []
        var previousLine: Int?
        for sentence in sentences {
            if let previousLine, sentence.lineNumber > previousLine + 1, !lines.isEmpty {
                paragraphs.append(EstablishedText.Paragraph(lines))
                lines = []
            }
            lines.append(sentence.line)
            previousLine = sentence.lineNumber
        }
        if !lines.isEmpty { paragraphs.append(EstablishedText.Paragraph(lines)) }
        self.file = (try? EstablishedText.Section(id: id, title: title, lines: paragraphs))
            ?? (try? EstablishedText.Section(id: id, title: nil, lines: paragraphs))
    }

    /// The sentence with this citation.
    public func sentence(citation: String) -> Sentence? {
        sentences.first { $0.citation == citation }
    }

    /// The decision's text with its sign: `[restored text]`, the white space it ends with
    /// kept outside the brackets.
    static func signed(_ decision: Decision) -> String {
        guard decision.sign == .brackets, !decision.text.isEmpty else { return decision.text }
        let text = decision.text
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[..<start] + "[" + text[start..<end] + "]" + text[end...]
    }

    /// a, b, …, z, aa, ab …
    static func letters(_ number: Int) -> String {
        var number = number
        var result = ""
        repeat {
            number -= 1
            result = String(UnicodeScalar(UInt8(97 + number % 26))) + result
            number /= 26
        } while number > 0
        return result
    }
}

/// Why decisions cannot be applied together.
public enum DecisionConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// The decision overlaps another (or falls outside the section).
    case overlapping(LocationID, LocationID?)
    /// The base text no longer reads the decision's lemma (the base witness was changed).
    case baseChanged(LocationID, expected: String, found: String)

    public var description: String {
        switch self {
        case .overlapping(let location, let other):
            if let other { return "the decision at \(location) overlaps the decision at \(other)" }
            return "the decision at \(location) falls outside its section"
        case .baseChanged(let location, let expected, let found):
            return "the decision at \(location) was made on the base text «\(expected)», which now reads «\(found)»: "
                + "the base witness changed; revert the decision and decide again"
        }
    }
}
