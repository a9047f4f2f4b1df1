import Sigla
import Testing
import TestSupport

/// Properties that hold for every text, checked on seeded random texts built from the
/// pieces that matter to the splitter.
@Suite("Sentence splitter: properties on generated texts")
struct SentenceSplitterPropertyTests {
    static let pieces = [
        "Serge", "la", "verdad", "Detrás", "él", "É", "ñ", "e\u{301}", "Ω", "💥", "ﬁn", "x",
        ".", ".", ".", "?", "!", "…", "...", "¿", "¡", "«", "»", "\"", "'", "(", ")", "[", "]", "—", "-", ",", ":",
        "pp.", "p.", "núm.", "Cf.", "etc.", "Sr.", "M.", "J.", "op. cit.", "J.-C.", "No.", "s.-r.",
        "1", "27", "1.500", "15:20", "3.", "1923", "II", "xiv", "*", "¹²",
    ]
    static let separators = [
        " ", " ", " ", " ", "", "", "\n", "\n\n", "\t", "\u{00A0}", "\u{202F}", "\r\n", "\r\n\r\n", "\u{2029}",
        "  \n  ", "\n \n",
    ]

    static func text(seed: Int) -> String {
        var random = SeededRandomNumberGenerator(seed: UInt64(seed))
        var text = ""
        for _ in 0..<Int.random(in: 0...120, using: &random) {
            text += separators.randomElement(using: &random)!
            text += pieces.randomElement(using: &random)!
        }
        if Bool.random(using: &random) { text += separators.randomElement(using: &random)! }
        return text
    }

    static func isBlank(_ text: Substring) -> Bool { text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }

    /// Whether `text` holds a blank line (two line breaks in one run of white space) or U+2029.
    static func hasParagraphBreak(_ text: Substring) -> Bool {
        var lineBreaks = 0
        for character in text {
            if character == "\u{2029}" { return true }
            if character.isNewline {
                lineBreaks += 1
                if lineBreaks == 2 { return true }
            } else if !character.isWhitespace {
                lineBreaks = 0
            }
        }
        return false
    }

    @Test(arguments: 0..<300)
    func joiningTheSentencesGivesBackTheText(seed: Int) {
        let text = Self.text(seed: seed)
        let split = SentenceSplitter().split(text)
        #expect(split.reassembled() == text)
        #expect(Self.isBlank(split.leadingWhitespace))
        for (k, sentence) in split.sentences.enumerated() {
            #expect(!sentence.text.isEmpty)
            #expect(sentence.text.unicodeScalars.first?.properties.isWhitespace == false)
            #expect(sentence.text.unicodeScalars.last?.properties.isWhitespace == false)
            #expect(Self.isBlank(sentence.trailingWhitespace))
            let isLast = k == split.sentences.count - 1
            #expect(sentence.endsParagraph == (isLast || Self.hasParagraphBreak(sentence.trailingWhitespace)))
            #expect(!Self.hasParagraphBreak(sentence.text[...]))
        }
    }

    @Test(arguments: 0..<300)
    func eachSentenceSplitAloneIsOneSentence(seed: Int) {
        let splitter = SentenceSplitter()
        for sentence in splitter.split(Self.text(seed: seed)).sentences {
            #expect(splitter.split(String(sentence.text)).sentences.map(\.text) == [sentence.text])
        }
    }

    @Test(arguments: 0..<300)
    func sentencesSeparatedByParagraphBreaksSplitTheSame(seed: Int) {
        let splitter = SentenceSplitter()
        let texts = splitter.split(Self.text(seed: seed)).sentences.map { String($0.text) }
        let resplit = splitter.split(texts.joined(separator: "\n\n")).sentences.map { String($0.text) }
        #expect(resplit == texts)
    }

    @Test(arguments: 0..<300)
    func linesAreSingleTrimmedLinesAndSurviveTheFileForm(seed: Int) throws {
        let split = SentenceSplitter().split(Self.text(seed: seed))
        for sentence in split.sentences {
            let line = sentence.line
            #expect(!line.contains { $0.isNewline })
            #expect(line.first?.isWhitespace == false && line.last?.isWhitespace == false)
        }
        let id = SectionID("s")!
        let section = try EstablishedText.Section(id: id, title: nil, split: split)
        #expect(section.sentenceCount == split.sentences.count)
        #expect(try EstablishedText.Section(id: id, fileContents: section.fileContents) == section)
    }

    @Test(arguments: 0..<300)
    func correctionsNeverLoseText(seed: Int) {
        var random = SeededRandomNumberGenerator(seed: UInt64(seed) &+ 1_000_003)
        let text = Self.text(seed: seed)
        var corrections = SplitCorrections()
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let n = Int.random(in: 0...20, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: corrections.append(.mergeAfterSentence(n))
            case 1: corrections.append(.splitSentence(n, atOffset: Int.random(in: 0...40, using: &random)))
            case 2: corrections.append(.splitAfterPhrase(Self.pieces.randomElement(using: &random)!))
            default: corrections.append(.keepTogether(Self.pieces.randomElement(using: &random)! + " Serge"))
            }
        }
        let split = SentenceSplitter().split(text, applying: corrections)
        #expect(split.reassembled() == text)
        for sentence in split.sentences {
            #expect(!sentence.text.isEmpty && Self.isBlank(sentence.trailingWhitespace))
            #expect(sentence.text.unicodeScalars.first?.properties.isWhitespace == false)
            #expect(sentence.text.unicodeScalars.last?.properties.isWhitespace == false)
        }
        #expect(split.unappliedCorrections.map(\.index) == split.unappliedCorrections.map(\.index).sorted())
    }
}
