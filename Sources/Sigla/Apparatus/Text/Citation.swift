/// A stable reference to sentences of the established text.
///
/// - `I.42`: section `I`, sentence 42, counting sentences across the section from 1;
/// - `I.42-44`: sentences 42 to 44 of section `I`;
/// - `I.p3.2`: section `I`, paragraph 3, its sentence 2.
///
/// The section part is a ``SectionID`` (`I`, `prefacio`, `1`), so `1.42` works too.
public struct Citation: Hashable, Sendable {
    /// Which sentences of the section a citation names.
    public enum Reference: Hashable, Sendable {
        /// Sentence *n* of the section (1-based).
        case sentence(Int)
        /// Sentences *a* through *b* of the section (1-based, *a* < *b*).
        case sentences(ClosedRange<Int>)
        /// Sentence *s* of paragraph *p* (both 1-based).
        case paragraph(Int, sentence: Int)
    }

    /// The section.
    public let section: SectionID
    /// The sentences within the section.
    public let reference: Reference

    /// A citation of `reference` in `section`; numbers are 1-based, and a range of one
    /// sentence is the citation of that sentence.
    public init(section: SectionID, reference: Reference) {
        switch reference {
        case .sentence(let n):
            precondition(n >= 1, "sentence numbers start at 1")
        case .sentences(let range):
            precondition(range.lowerBound >= 1, "sentence numbers start at 1")
        case .paragraph(let p, let s):
            precondition(p >= 1 && s >= 1, "paragraph and sentence numbers start at 1")
        }
        self.section = section
        if case .sentences(let range) = reference, range.count == 1 {
            self.reference = .sentence(range.lowerBound)
        } else {
            self.reference = reference
        }
    }

    /// The citation of sentence `number` of `section`.
    public init(section: SectionID, sentence number: Int) {
        self.init(section: section, reference: .sentence(number))
    }
}

extension Citation: LosslessStringConvertible {
    /// The citation as written: `I.42`, `I.42-44`, `I.p3.2`.
    public var description: String {
        switch reference {
        case .sentence(let n): "\(section).\(n)"
        case .sentences(let range): "\(section).\(range.lowerBound)-\(range.upperBound)"
        case .paragraph(let p, let s): "\(section).p\(p).\(s)"
        }
    }

    /// The citation written in `description`, or `nil` if it is not one.
    public init?(_ description: String) {
        guard let citation = try? Citation(parsing: description) else { return nil }
        self = citation
    }

    /// Reads a citation (`I.42`, `I.42-44` — an en dash works too —, `I.p3.2`), ignoring
    /// white space around it.
    ///
    /// - Throws: ``CitationParseError`` saying what is wrong.
    public init(parsing text: String) throws(CitationParseError) {
        let trimmed = text.trimmingCharacters(in: { $0.isWhitespace })
        func fail(_ problem: CitationParseError.Problem) -> CitationParseError {
            CitationParseError(text: text, problem: problem)
        }
        guard !trimmed.isEmpty else { throw fail(.empty) }
        guard let dot = trimmed.firstIndex(of: ".") else { throw fail(.missingSentence) }
        let sectionText = String(trimmed[..<dot])
        let section: SectionID
        do {
            section = try SectionID(validating: sectionText)
        } catch {
            throw fail(.invalidSection(error.problem))
        }
        let rest = trimmed[trimmed.index(after: dot)...]
        func number(_ digits: Substring) throws(CitationParseError) -> Int {
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 9,
                let value = Int(digits), value >= 1
            else { throw fail(.invalidNumber(String(digits))) }
            return value
        }
        if rest.first == "p" {
            let parts = rest.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw fail(.invalidParagraphForm) }
            self.init(section: section, reference: .paragraph(try number(parts[0]), sentence: try number(parts[1])))
            return
        }
        if let dash = rest.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }) {
            let first = try number(rest[..<dash])
            let last = try number(rest[rest.index(after: dash)...])
            guard first <= last else { throw fail(.descendingRange(first, last)) }
            self.init(section: section, reference: .sentences(first...last))
            return
        }
        self.init(section: section, reference: .sentence(try number(rest)))
    }
}

extension Citation: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description)
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    fileprivate func trimmingCharacters(in predicate: (Character) -> Bool) -> Substring {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) })
        else { return self[endIndex...] }
        return self[first...last]
    }
}

/// Text that is not a citation, and what is wrong with it.
public struct CitationParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case empty
        /// No `.` between section and sentence (`I42`).
        case missingSentence
        case invalidSection(String)
        /// A sentence or paragraph number that is not a positive whole number.
        case invalidNumber(String)
        /// `I.p3` without the sentence, or `I.p3.2.1`.
        case invalidParagraphForm
        /// `I.44-42`.
        case descendingRange(Int, Int)
    }

    /// The text that was read.
    public let text: String
    /// What is wrong with it.
    public let problem: Problem

    public init(text: String, problem: Problem) {
        self.text = text
        self.problem = problem
    }

    public var description: String {
        let why =
            switch problem {
            case .empty: "it is empty"
            case .missingSentence: "a citation is SECTION.SENTENCE, e.g. I.42 (or I.42-44, I.p3.2)"
            case .invalidSection(let problem): "the section part is not a section name (\(problem))"
            case .invalidNumber(let text): "«\(text)» is not a sentence number (1, 2, 3 …)"
            case .invalidParagraphForm: "a paragraph citation is SECTION.pPARAGRAPH.SENTENCE, e.g. I.p3.2"
            case .descendingRange(let a, let b): "the range \(a)-\(b) runs backwards; write \(b)-\(a)"
            }
        return "«\(text)» is not a citation: \(why)"
    }
}
