import Foundation
import Sigla
import Testing

@Suite("Split corrections")
struct SplitCorrectionsTests {
    let splitter = SentenceSplitter()
    // Automatic split: [Vive en la Pza.] [Mayor de Madrid.] [Luego salió.] ¶ [Nada más.]
    let text = "Vive en la Pza. Mayor de Madrid. Luego salió.\n\nNada más."

    func lines(_ corrections: SplitCorrections) -> [String] {
        splitter.split(text, applying: corrections).sentences.map(\.line)
    }

    @Test func mergeAfterSentenceJoinsItWithTheNext() {
        let split = splitter.split(text, applying: [.mergeAfterSentence(1)])
        #expect(split.sentences.map(\.line) == ["Vive en la Pza. Mayor de Madrid.", "Luego salió.", "Nada más."])
        #expect(split.unappliedCorrections.isEmpty)
        #expect(split.reassembled() == text)
    }

    @Test func keepTogetherRemovesTheBreakInsideThePhrase() {
        #expect(
            lines([.keepTogether("Pza. Mayor")]) == ["Vive en la Pza. Mayor de Madrid.", "Luego salió.", "Nada más."])
    }

    @Test func keepTogetherMatchesAcrossALineBreak() {
        let split = splitter.split("Vive en la Pza.\nMayor de Madrid.", applying: [.keepTogether("Pza. Mayor")])
        #expect(split.sentences.map(\.line) == ["Vive en la Pza. Mayor de Madrid."])
    }

    @Test func splitAfterPhraseStartsANewSentence() {
        let split = splitter.split("Llegó el Sr. Luego se fue.", applying: [.splitAfterPhrase("el Sr.")])
        #expect(split.sentences.map(\.line) == ["Llegó el Sr.", "Luego se fue."])
        #expect(split.sentences.first?.trailingWhitespace == " ")
    }

    @Test func splitAtOffsetCountsCharactersOfTheLine() {
        // Line of sentence 1: "Aun desde antes, el Sr. Pérez llegó." – character 24 is the «P».
        let source = "Aun desde antes,\n el Sr. Pérez llegó."
        let split = splitter.split(source, applying: [.splitSentence(1, atOffset: 24)])
        #expect(split.sentences.map(\.line) == ["Aun desde antes, el Sr.", "Pérez llegó."])
        #expect(split.reassembled() == source)
        let atSpace = splitter.split(source, applying: [.splitSentence(1, atOffset: 23)])
        #expect(atSpace.sentences.map(\.line) == ["Aun desde antes, el Sr.", "Pérez llegó."])
    }

    @Test func correctionsApplyInOrderToTheCurrentNumbering() {
        // After the first merge, «Luego salió.» is sentence 2.
        #expect(
            lines([.mergeAfterSentence(1), .mergeAfterSentence(2)]) == [
                "Vive en la Pza. Mayor de Madrid.", "Luego salió.", "Nada más.",
            ]
        )
        #expect(
            lines([.mergeAfterSentence(1), .mergeAfterSentence(1)]) == [
                "Vive en la Pza. Mayor de Madrid. Luego salió.", "Nada más.",
            ])
    }

    @Test func aParagraphBreakCannotBeMerged() {
        let split = splitter.split(text, applying: [.mergeAfterSentence(3), .keepTogether("salió. Nada")])
        #expect(split.sentences.count == 4)
        #expect(split.unappliedCorrections.map(\.reason) == [.paragraphBreak, .paragraphBreak])
    }

    @Test func correctionsThatDoNotFitAreReportedAndSkipped() {
        let corrections: SplitCorrections = [
            .mergeAfterSentence(9),
            .mergeAfterSentence(4),
            .keepTogether("Calle Mayor"),
            .splitAfterPhrase("Ma"),
            .keepTogether("Vive en"),
            .splitSentence(2, atOffset: 3),
            .splitSentence(2, atOffset: 40),
            .splitAfterPhrase("Madrid."),
            .mergeAfterSentence(1),
        ]
        let split = splitter.split(text, applying: corrections)
        #expect(
            split.unappliedCorrections.map(\.reason) == [
                .noSuchSentence(9, sentenceCount: 4),
                .lastSentence(4),
                .phraseNotFound,
                .phraseAmbiguous(occurrences: 2),
                .noBreakInside,
                .notAtWhitespace,
                .offsetOutOfRange(40, lineLength: 16),
                .nothingToSplit,
            ]
        )
        #expect(split.unappliedCorrections.map(\.index) == [0, 1, 2, 3, 4, 5, 6, 7])
        // The last correction still applied.
        #expect(split.sentences.first?.line == "Vive en la Pza. Mayor de Madrid.")
    }

    @Test func unappliedCorrectionExplainsItself() {
        let split = splitter.split(text, applying: [.splitAfterPhrase("Ma")])
        let message = split.unappliedCorrections.first?.description ?? ""
        #expect(message.contains("correction 1"))
        #expect(message.contains("occurs 2 times"))
    }

    @Test func correctionsRoundTripThroughJSONInAReadableForm() throws {
        let corrections: SplitCorrections = [
            .mergeAfterSentence(12),
            .keepTogether("Sr. Smith"),
            .splitSentence(4, atOffset: 57),
            .splitAfterPhrase("la verdad.]"),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(corrections), as: UTF8.self)
        #expect(
            json == #"[{"merge-after-sentence":12},{"keep-together":"Sr. Smith"},"#
                + #"{"at-offset":57,"split-sentence":4},{"split-after":"la verdad.]"}]"#
        )
        #expect(try JSONDecoder().decode(SplitCorrections.self, from: Data(json.utf8)) == corrections)
    }

    @Test func unknownCorrectionIsADecodingError() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SplitCorrections.self, from: Data(#"[{"join": 3}]"#.utf8))
        }
    }
}
