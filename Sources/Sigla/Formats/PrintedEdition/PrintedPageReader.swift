/// A line of body, note or caption text as the page reader sorted it. Internal.
struct RawLine: Sendable {
    var line: Int
    var text: Substring
    /// Whether a paragraph starts with this line (it followed a blank line and does not
    /// continue a sentence in lowercase).
    var paragraphBefore: Bool
    var endsWithSpace: Bool
}

/// A footnote as the page reader found it, its lines possibly on several pages.
struct RawNote: Sendable {
    var number: Int
    var hasMarker: Bool
    var lines: [RawLine]
}

/// A section (front matter, a chapter, back matter) with its lines sorted into body, notes and
/// captions.
struct RawSection: Sendable {
    enum Kind: Sendable {
        case frontMatter
        case chapter(heading: Int)
        case backMatter
    }

    var kind: Kind
    var range: Range<Int>
    var body: [RawLine] = []
    var pageStarts: [(bodyIndex: Int, folio: Int?)] = []
    var notes: [RawNote] = []
    var headingNotes: [[RawLine]] = []
    var captions: [[RawLine]] = []
}

/// Reads the pages of an extracted printed edition and sorts every line into body, footnotes,
/// heading notes and captions, section by section.
///
/// A page starts at a line with the page indent (or after a running head, or after a heading
/// block). Its body runs until a blank line followed by a block that is footnotes: a block
/// starting with the expected note number, or (a note continued from the previous page) a
/// block whose lines are as long as footnote lines. After the notes, a run of blank lines
/// followed by text that is not notes starts captions, which last until the next page.
struct PrintedPageReader {
    enum State { case body, notes, captions }

    enum NoteTarget {
        case numbered(section: Int, index: Int)
        case heading(section: Int, index: Int)
    }

    let lines: [SourceLine]
    let layout: PrintedEditionLayout
    let fileName: String
    let headings: [PrintedHeading]

    private(set) var sections: [RawSection] = []
    private(set) var diagnostics: [PrintedEditionDiagnostic] = []

    private var skipped: [Bool]
    private var folios: [Int: Int] = [:]
    private var state = State.body
    private var pendingBlank = 0
    private var nextStartsPage = true
    private var bodyLinesOnPage = 0
    private var folio: Int?
    private var section = 0
    private var expected = 1
    private var target: NoteTarget?

    init(lines: [SourceLine], layout: PrintedEditionLayout, fileName: String, headings: [PrintedHeading]) {
        self.lines = lines
        self.layout = layout
        self.fileName = fileName
        self.headings = headings
        self.skipped = Array(repeating: false, count: lines.count)
        for heading in headings {
            for index in heading.firstIndex..<heading.endIndex { skipped[index] = true }
        }
        if let separator = layout.runningHeadSeparator, !separator.isEmpty {
            for (index, line) in lines.enumerated() where !skipped[index] {
                if let number = Self.runningHeadFolio(line.text, separator: separator) {
                    skipped[index] = true
                    folios[index] = number
                }
            }
        }
        sections = Self.sections(for: headings, lineCount: lines.count)
    }

    /// Whether a line is a heading or a running head, and so no part of any text.
    func isSkipped(_ index: Int) -> Bool { skipped[index] }

    /// The page number of a running head (`82 | Memorias…` or `…(1906-1912) | 79`).
    static func runningHeadFolio(_ text: Substring, separator: String) -> Int? {
        // Most lines have no separator: test the bytes first, the string search is slow.
        guard let mark = separator.utf8.first(where: { $0 != 0x20 }), text.utf8.contains(mark),
            let range = text.firstRange(of: separator)
        else { return nil }
        let left = text[..<range.lowerBound].trimmingWhitespace()
        let right = text[range.upperBound...].trimmingWhitespace()
        if !left.isEmpty, left.allSatisfy(\.isNumber), !right.isEmpty { return Int(left) }
        if !right.isEmpty, right.allSatisfy(\.isNumber), !left.isEmpty { return Int(right) }
        return nil
    }

    private static func sections(for headings: [PrintedHeading], lineCount: Int) -> [RawSection] {
        var result: [RawSection] = []
        let chapterStarts = headings.enumerated().compactMap { index, heading -> (Int, Int)? in
            if case .chapter = heading.kind { return (index, heading.sectionStart) }
            return nil
        }
        let backStart = headings.first { if case .backMatter = $0.kind { true } else { false } }?.sectionStart
        let end = backStart ?? lineCount
        result.append(RawSection(kind: .frontMatter, range: 0..<(chapterStarts.first?.1 ?? end)))
        for (position, (headingIndex, start)) in chapterStarts.enumerated() {
            let next = position + 1 < chapterStarts.count ? chapterStarts[position + 1].1 : end
            result.append(RawSection(kind: .chapter(heading: headingIndex), range: start..<next))
        }
        if let backStart { result.append(RawSection(kind: .backMatter, range: backStart..<lineCount)) }
        return result
    }

    /// Sorts every line.
    ///
    /// - Complexity: O(*n*), *n* the number of lines (a block is looked ahead once).
    mutating func read() {
        for heading in headings {
            // Heading notes belong to the section the heading opens.
            guard let owner = sections.firstIndex(where: { $0.range.contains(heading.firstIndex) }) else { continue }
            for note in heading.noteLines {
                sections[owner].headingNotes.append([
                    RawLine(line: note.line, text: note.text, paragraphBefore: false, endsWithSpace: true)
                ])
            }
        }
        section = 0
        enterSection()
        for index in lines.indices {
            while section + 1 < sections.count, index >= sections[section + 1].range.lowerBound {
                section += 1
                enterSection()
            }
            readLine(at: index)
        }
    }

    private mutating func enterSection() {
        state = .body
        nextStartsPage = true
        pendingBlank = 0
        if case .chapter = sections[section].kind, !layout.notesRestartPerChapter, section > 1 { return }
        expected = 1
    }

    private var allowsRestart: Bool {
        if case .chapter = sections[section].kind { return false }
        return true
    }

    private mutating func readLine(at index: Int) {
        let line = lines[index]
        if skipped[index] {
            if let number = folios[index] { folio = number }
            nextStartsPage = true
            pendingBlank = 0
            state = .body
            return
        }
        if line.isBlank {
            pendingBlank += 1
            return
        }
        defer { pendingBlank = 0 }
        let indentedParagraph = state == .body && pendingBlank > 0 && bodyLinesOnPage > 0
        if nextStartsPage || (line.hasPageIndent && !indentedParagraph) {
            state = .body
            sections[section].pageStarts.append((sections[section].body.count, folio))
            folio = nil
            nextStartsPage = false
            bodyLinesOnPage = 0
            appendBody(line, paragraph: false)
            return
        }
        switch state {
        case .body:
            guard pendingBlank > 0 else {
                appendBody(line, paragraph: false)
                return
            }
            if startNote(line) || startHeadingNote(line) {
                state = .notes
            } else if let run = layout.captionBlankLines, pendingBlank >= run, !blockLooksLikeNotes(from: index) {
                state = .captions
                sections[section].captions.append([rawLine(line, paragraph: false)])
            } else if layout.notesContinueWithoutNumber, target != nil, blockLooksLikeNotes(from: index) {
                state = .notes
                continueNote(line, paragraph: false)
            } else {
                appendBody(line, paragraph: startsParagraph(line))
            }
        case .notes:
            if startNote(line) || startHeadingNote(line) { return }
            if let run = layout.captionBlankLines, pendingBlank >= run, !blockLooksLikeNotes(from: index) {
                state = .captions
                sections[section].captions.append([rawLine(line, paragraph: false)])
            } else {
                continueNote(line, paragraph: pendingBlank > 0 && startsParagraph(line))
            }
        case .captions:
            if pendingBlank > 0 || sections[section].captions.isEmpty {
                sections[section].captions.append([rawLine(line, paragraph: false)])
            } else {
                sections[section].captions[sections[section].captions.count - 1].append(
                    rawLine(line, paragraph: false))
            }
        }
    }

    private func rawLine(_ line: SourceLine, paragraph: Bool) -> RawLine {
        RawLine(line: line.number, text: line.text, paragraphBefore: paragraph, endsWithSpace: line.endsWithSpace)
    }

    private mutating func appendBody(_ line: SourceLine, paragraph: Bool) {
        sections[section].body.append(rawLine(line, paragraph: paragraph))
        bodyLinesOnPage += 1
    }

    /// A line that starts a paragraph: it does not continue a sentence in lowercase.
    private func startsParagraph(_ line: SourceLine) -> Bool {
        guard let first = line.text.first else { return false }
        return !(first.isLetter && first.isLowercase)
    }

    /// The number and marker a note line starts with (`11* Todo este pasaje…`).
    private func noteNumber(_ text: Substring) -> (number: Int, marker: Bool, rest: Substring)? {
        let digits = text.prefix(while: \.isASCIIDigitCharacter)
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        var rest = text[digits.endIndex...]
        var marker = false
        let editorial = layout.editorialMarker
        if !editorial.isEmpty, rest.hasPrefix(editorial) {
            marker = true
            rest = rest.dropFirst(editorial.count)
        }
        if let first = rest.first, !first.isWhitespace {
            // `79Ville conquise…`: the extraction lost the space after the number.
            guard number == expected, first.isUppercase else { return nil }
        }
        return (number, marker, rest.drop(while: \.isWhitespace))
    }

    /// Whether a line starts the expected note; a note one or two numbers further on is
    /// accepted when the line is as long as a footnote line (a note was lost), and a new
    /// sequence may start at 1 outside the chapters.
    private func acceptedNoteNumber(_ line: SourceLine) -> (number: Int, marker: Bool, rest: Substring)? {
        guard let found = noteNumber(line.text) else { return nil }
        if found.number == expected { return found }
        if allowsRestart, found.number == 1 { return found }
        if found.number > expected, found.number <= expected + 2, line.length >= layout.noteLineMinimumLength,
            !expectedNoteAhead(after: line.number)
        {
            return found
        }
        return nil
    }

    /// Whether a line of the same notes (before the next page) starts with the expected number:
    /// then a line starting with a higher number (`16 de octubre de 1937) y…`) continues a note.
    private func expectedNoteAhead(after lineNumber: Int) -> Bool {
        var index = lineNumber  // the 0-based index of the line after `lineNumber`
        while index < lines.count, !lines[index].hasPageIndent, !skipped[index] {
            if let found = noteNumber(lines[index].text), found.number == expected { return true }
            index += 1
        }
        return false
    }

    private mutating func startNote(_ line: SourceLine) -> Bool {
        guard let found = acceptedNoteNumber(line) else { return false }
        if found.number != expected, !(allowsRestart && found.number == 1) {
            diagnostics.append(
                PrintedEditionDiagnostic(
                    severity: .warning, kind: .noteNumberGap,
                    message: (expected == 1
                        ? "note \(found.number) is the first note here; "
                        : "note \(found.number) follows note \(expected - 1); ")
                        + (found.number - expected == 1
                            ? "note \(expected) is missing" : "notes \(expected)–\(found.number - 1) are missing"),
                    file: fileName, line: line.number))
        }
        expected = found.number + 1
        let first = RawLine(
            line: line.number, text: found.rest, paragraphBefore: false, endsWithSpace: line.endsWithSpace)
        sections[section].notes.append(RawNote(number: found.number, hasMarker: found.marker, lines: [first]))
        target = .numbered(section: section, index: sections[section].notes.count - 1)
        return true
    }

    private mutating func startHeadingNote(_ line: SourceLine) -> Bool {
        let marker = layout.editorialMarker
        guard !marker.isEmpty, line.text.hasPrefix(marker + " ") else { return false }
        let text = line.text.dropFirst(marker.count).drop(while: \.isWhitespace)
        sections[section].headingNotes.append([
            RawLine(line: line.number, text: text, paragraphBefore: false, endsWithSpace: line.endsWithSpace)
        ])
        target = .heading(section: section, index: sections[section].headingNotes.count - 1)
        return true
    }

    private mutating func continueNote(_ line: SourceLine, paragraph: Bool) {
        let raw = rawLine(line, paragraph: paragraph)
        switch target {
        case .numbered(let owner, let index): sections[owner].notes[index].lines.append(raw)
        case .heading(let owner, let index): sections[owner].headingNotes[index].append(raw)
        case nil: appendBody(line, paragraph: paragraph)
        }
    }

    /// Whether the block starting at a line is footnotes: the expected note number further
    /// down the block (a continuation, then a new note), or most of its lines as long as
    /// footnote lines (its last line, which may be short, aside). One long body line, as the
    /// extraction sometimes makes, does not make a block notes.
    private func blockLooksLikeNotes(from start: Int) -> Bool {
        var index = start
        var long = 0
        var count = 0
        var lastWasLong = false
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || skipped[index] || (index > start && line.hasPageIndent) { break }
            if index > start, let found = noteNumber(line.text), found.number == expected { return true }
            lastWasLong = line.length >= layout.noteLineMinimumLength
            if lastWasLong { long += 1 }
            count += 1
            index += 1
        }
        guard count > 1 else { return lastWasLong }
        // The last line of a paragraph may be short: judge the others.
        let judged = count - 1
        let longJudged = long - (lastWasLong ? 1 : 0)
        return longJudged * 2 > judged
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
