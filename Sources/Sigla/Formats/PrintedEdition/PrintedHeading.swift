/// A heading found in the extracted text: a chapter's numeral and title, or the start of the
/// back matter. Internal to the importer.
struct PrintedHeading: Sendable {
    enum Kind: Sendable {
        case chapter(number: Int, numeral: String, title: String, period: String?)
        case backMatter
    }

    var kind: Kind
    /// Index (0-based) of the heading's first line.
    var firstIndex: Int
    /// Index just after the heading block (title, period, heading notes, blank lines).
    var endIndex: Int
    /// Notes printed inside the heading block (`* «Viraje oscuro», expresión…`).
    var noteLines: [(line: Int, text: Substring)]
    /// Index of the first line of the section the heading opens.
    var sectionStart: Int

    /// Finds the chapter headings (numerals in sequence from `I`, each followed by a title in
    /// capitals) and the back-matter heading after the last chapter.
    ///
    /// - Complexity: O(*n*), *n* the number of lines.
    static func find(
        in lines: [SourceLine], layout: PrintedEditionLayout, fileName: String,
        diagnostics: inout [PrintedEditionDiagnostic]
    ) -> [PrintedHeading] {
        var headings: [PrintedHeading] = []
        var expected = 1
        var index = 0
        var previousStart = 0
        while index < lines.count {
            // Accept the expected numeral, or the next one when a heading is missing.
            var matched: PrintedHeading?
            for number in [expected, expected + 1] {
                if var heading = chapterHeading(at: index, number: number, in: lines, layout: layout) {
                    heading.sectionStart = sectionStart(
                        forHeadingAt: index, in: lines, layout: layout, notBefore: previousStart)
                    if number != expected {
                        diagnostics.append(
                            PrintedEditionDiagnostic(
                                severity: .warning, kind: .missingChapter,
                                message: "chapter \(RomanNumeral.string(for: expected)) not found before "
                                    + "chapter \(RomanNumeral.string(for: number))",
                                file: fileName, line: lines[index].number))
                    }
                    matched = heading
                    expected = number + 1
                    break
                }
            }
            if let heading = matched {
                headings.append(heading)
                previousStart = heading.endIndex
                index = heading.endIndex
            } else {
                index += 1
            }
        }
        guard let last = headings.last else { return [] }
        let names = Set(layout.backMatterHeadings.map { $0.lowercased() })
        if !names.isEmpty {
            var candidate = last.endIndex
            while candidate < lines.count {
                if names.contains(lines[candidate].text.lowercased()) {
                    var end = candidate + 1
                    while end < lines.count, !lines[end].isBlank, !lines[end].hasPageIndent,
                        isCapitalTitle(lines[end].text)
                    {
                        end += 1
                    }
                    headings.append(
                        PrintedHeading(
                            kind: .backMatter, firstIndex: candidate, endIndex: end, noteLines: [],
                            sectionStart: sectionStart(
                                forHeadingAt: candidate, in: lines, layout: layout, notBefore: last.endIndex)))
                    break
                }
                candidate += 1
            }
        }
        return headings
    }

    private static func chapterHeading(
        at index: Int, number: Int, in lines: [SourceLine], layout: PrintedEditionLayout
    ) -> PrintedHeading? {
        let numeral = RomanNumeral.string(for: number)
        guard lines[index].text == numeral, index + 1 < lines.count else { return nil }
        let titleLine = lines[index + 1]
        guard !titleLine.hasPageIndent, isCapitalTitle(titleLine.text) else { return nil }
        var title = String(titleLine.text)
        var period: String?
        if let open = title.lastIndex(of: "("), isPeriod(title[open...]) {
            period = stripMarker(String(title[open...]), layout.editorialMarker)
            title = String(title[..<open]).trimmingTrailingWhitespace()
        }
        title = stripMarker(title, layout.editorialMarker)
        var end = index + 2
        var notes: [(line: Int, text: Substring)] = []
        let marker = layout.editorialMarker
        while end < lines.count {
            let line = lines[end]
            if line.hasPageIndent { break }
            if line.isBlank {
                end += 1
            } else if period == nil, isPeriod(line.text) {
                period = stripMarker(String(line.text), marker)
                end += 1
            } else if !marker.isEmpty, line.text.hasPrefix(marker + " ") {
                notes.append((line.number, line.text.dropFirst(marker.count + 1)))
                end += 1
            } else {
                break
            }
        }
        return PrintedHeading(
            kind: .chapter(number: number, numeral: numeral, title: title, period: period),
            firstIndex: index, endIndex: end, noteLines: notes, sectionStart: index)
    }

    /// The first line of the section a heading opens: the heading itself when it starts a page
    /// (or the layout prints headings first), else the start of the page printed before it.
    private static func sectionStart(
        forHeadingAt index: Int, in lines: [SourceLine], layout: PrintedEditionLayout, notBefore floor: Int
    ) -> Int {
        if lines[index].hasPageIndent || !layout.headingsFollowFirstPage { return index }
        var candidate = index - 1
        while candidate > floor {
            if lines[candidate].hasPageIndent { return candidate }
            candidate -= 1
        }
        return index
    }

    /// A title in capitals: three letters or more and no lowercase letter.
    static func isCapitalTitle(_ text: Substring) -> Bool {
        var letters = 0
        for character in text {
            if character.isLetter {
                if character.isLowercase { return false }
                letters += 1
            }
        }
        return letters >= 3
    }

    /// `(1912-1919)`, possibly followed by a note marker.
    private static func isPeriod(_ text: Substring) -> Bool {
        guard text.first == "(" else { return false }
        guard let close = text.lastIndex(of: ")") else { return false }
        let inside = text[text.index(after: text.startIndex)..<close]
        let digits = inside.filter(\.isNumber).count
        return digits >= 6 && inside.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" || $0 == " " }
    }

    private static func stripMarker(_ text: String, _ marker: String) -> String {
        var result = text.trimmingTrailingWhitespace()
        if !marker.isEmpty, result.hasSuffix(marker) { result.removeLast(marker.count) }
        return result.trimmingTrailingWhitespace()
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
