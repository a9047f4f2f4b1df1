import Foundation
import Sigla
import Testing
import TestSupport

@Suite("Established text: sections and their files")
struct SectionFileTests {
    let one = SectionID("I")!

    func section(_ title: String?, _ paragraphs: [[String]]) throws -> EstablishedText.Section {
        try EstablishedText.Section(id: one, title: title, paragraphs: paragraphs.map(EstablishedText.Paragraph.init))
    }

    @Test func fileHasTitleThenOneSentencePerLineAndBlankLinesBetweenParagraphs() throws {
        let section = try section(
            "MUNDO SIN EVASIÓN POSIBLE (1906-1912)",
            [
                ["Aun desde antes de salir de la infancia.", "¿Cómo podían ignorar su cautiverio?"],
                ["El 1 de marzo de 1881."],
            ]
        )
        #expect(
            section.fileContents == """
                # MUNDO SIN EVASIÓN POSIBLE (1906-1912)
                Aun desde antes de salir de la infancia.
                ¿Cómo podían ignorar su cautiverio?

                El 1 de marzo de 1881.

                """
        )
        #expect(section.fileName == "I.txt")
        #expect(try EstablishedText.Section(id: one, fileContents: section.fileContents) == section)
    }

    @Test func sectionWithoutTitleIsPureSentences() throws {
        let section = try section(nil, [["Uno.", "Dos."]])
        #expect(section.fileContents == "Uno.\nDos.\n")
        #expect(try EstablishedText.Section(id: one, fileContents: "Uno.\nDos.\n") == section)
    }

    @Test func sentencesThatWouldReadAsSomethingElseAreEscaped() throws {
        let sentences = [
            "# no es un título.", "\\ barra.", "<<<<<<< no es un conflicto.", "======= tampoco.", "Normal.",
        ]
        let section = try section("Título", [sentences])
        let lines = section.fileContents.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "# Título", "\\# no es un título.", "\\\\ barra.", "\\<<<<<<< no es un conflicto.",
                "\\======= tampoco.", "Normal.",
            ])
        #expect(try EstablishedText.Section(id: one, fileContents: section.fileContents) == section)
    }

    @Test func readingForgivesLineEndsSpacesAndExtraBlankLines() throws {
        let file = "#   Prefacio  \r\n\r\n  Uno.  \r\nDos.\r\n\r\n\r\n \t \r\nTres.\r\n\r\n"
        let section = try EstablishedText.Section(id: one, fileContents: file)
        #expect(section.title == "Prefacio")
        #expect(section.paragraphs.map(\.sentences) == [["Uno.", "Dos."], ["Tres."]])
    }

    @Test func sectionFromSplitTextHasOneLinePerSentence() throws {
        let split = SentenceSplitter().split(
            "Aun desde antes de salir de la \ninfancia. Sentía rabia.\n\nEl 1 de marzo.")
        let section = try EstablishedText.Section(id: one, title: "I", split: split)
        #expect(
            section.paragraphs.map(\.sentences) == [
                ["Aun desde antes de salir de la infancia.", "Sentía rabia."], ["El 1 de marzo."],
            ])
        #expect(section.sentenceCount == 3)
        #expect(section.sentence(2) == "Sentía rabia.")
        #expect(section.sentence(4) == nil)
        #expect(section.position(ofSentence: 3)! == (paragraph: 2, sentence: 1))
        #expect(section.sentenceNumber(paragraph: 2, sentence: 1) == 3)
        #expect(section.sentenceNumber(paragraph: 2, sentence: 2) == nil)
    }

    @Test func unresolvedMergeConflictIsRejectedWithItsLine() {
        let file = "# I\nUno.\n<<<<<<< HEAD\nDos.\n=======\nDos bis.\n>>>>>>> otra\n"
        #expect(throws: SectionFileError(fileName: "I.txt", line: 3, problem: .mergeConflict)) {
            try EstablishedText.Section(id: one, fileContents: file)
        }
        let error = SectionFileError(fileName: "I.txt", line: 3, problem: .mergeConflict)
        #expect(error.description.hasPrefix("I.txt:3:1: unresolved merge conflict"))
    }

    @Test func titleLineOnlyFirst() {
        #expect(throws: SectionFileError(fileName: "I.txt", line: 2, problem: .misplacedTitle)) {
            try EstablishedText.Section(id: one, fileContents: "Uno.\n# Dos\n")
        }
    }

    @Test func loneBackslashIsRejected() {
        #expect(throws: SectionFileError(fileName: "I.txt", line: 1, problem: .emptyEscape)) {
            try EstablishedText.Section(id: one, fileContents: "\\\n")
        }
    }

    @Test func sentencesMustBeTrimmedSingleLines() {
        #expect(throws: SectionError.invalidSentence(section: one, sentence: 2, problem: "it contains a line break")) {
            try section(nil, [["Uno."], ["Dos\ny tres."]])
        }
        #expect(throws: SectionError.invalidSentence(section: one, sentence: 1, problem: "it begins with white space"))
        {
            try section(nil, [[" Uno."]])
        }
        #expect(throws: SectionError.invalidSentence(section: one, sentence: 1, problem: "it is empty")) {
            try section(nil, [[""]])
        }
        #expect(throws: SectionError.emptyParagraph(section: one, paragraph: 1)) { try section(nil, [[]]) }
        #expect(throws: SectionError.invalidTitle(section: one, problem: "it ends with white space")) {
            try section("Título ", [["Uno."]])
        }
    }

    @Test func sectionIdentifiersNameFilesAndCitations() {
        #expect(SectionID("prefacio")?.rawValue == "prefacio")
        #expect(SectionID("anexo_2")?.rawValue == "anexo_2")
        #expect(SectionID("epílogo") != nil)
        #expect(SectionID("I.1") == nil)
        #expect(SectionID("a/b") == nil)
        #expect(SectionID("") == nil)
        #expect(SectionID("-x") == nil)
        #expect(throws: SectionIDError.self) { try SectionID(validating: "I II") }
    }

    @Test func establishedTextRejectsDuplicateSections() throws {
        let a = try section(nil, [["Uno."]])
        #expect(throws: EstablishedTextError.duplicateSection(one)) { try EstablishedText(sections: [a, a]) }
    }

    @Test func establishedTextFromFilesKeepsTheirOrder() throws {
        let text = try EstablishedText(files: [(SectionID("prefacio")!, "# Prefacio\nUno.\n"), (one, "# I\nDos.\n")])
        #expect(text.sections.map(\.id.rawValue) == ["prefacio", "I"])
        #expect(text.section(one)?.sentences == ["Dos."])
        #expect(
            throws: EstablishedTextError.file(SectionFileError(fileName: "I.txt", line: 1, problem: .mergeConflict))
        ) {
            try EstablishedText(files: [(one, "=======\n")])
        }
    }
}

@Suite("Established text: file round trip on generated sections")
struct SectionFileRoundTripTests {
    /// Words with the characters that could confuse the file form.
    static let words = [
        "Serge", "la", "verdad.]", "«¿Se", "matar?»", "(estábamos", "#", "\\", "=======", "<<<<<<<", ">>>>>>>",
        "|||||||", "—dijo—", "pp.", "377-386", "núm.", "21", "J.", "Mesnil", "…", "tab\there", "ﬁn", "e\u{301}",
        "\u{00A0}nbsp", "💥", "[…]", "Ω",
    ]

    static func sentence(_ random: inout SeededRandomNumberGenerator) -> String {
        let count = Int.random(in: 1...12, using: &random)
        let words = (0..<count).map { _ in Self.words.randomElement(using: &random)! }
        return words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    @Test(arguments: 0..<200)
    func readingTheFileGivesBackTheSection(seed: Int) throws {
        var random = SeededRandomNumberGenerator(seed: UInt64(seed))
        let title: String? = Bool.random(using: &random) ? Self.sentence(&random) : nil
        let paragraphs = (0..<Int.random(in: 0...6, using: &random)).map { _ in
            EstablishedText.Paragraph((0..<Int.random(in: 1...5, using: &random)).map { _ in Self.sentence(&random) })
        }
        let id = SectionID("s\(seed)")!
        let section = try EstablishedText.Section(id: id, title: title, paragraphs: paragraphs)
        let file = section.fileContents
        #expect(try EstablishedText.Section(id: id, fileContents: file) == section)
        // git blame granularity: one line per sentence, plus paragraph breaks and the title.
        let lineCount = file.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(lineCount == section.sentenceCount + max(0, paragraphs.count - 1) + (title == nil ? 0 : 1))
    }
}
