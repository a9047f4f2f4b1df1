/// A split correction that did not fit the text, and why.
public struct UnappliedCorrection: Hashable, Sendable {
    /// Why a correction could not be applied.
    public enum Reason: Hashable, Sendable {
        /// The sentence number is not between 1 and the number of sentences.
        case noSuchSentence(Int, sentenceCount: Int)
        /// Sentence *n* is the last one: there is nothing after it to merge with.
        case lastSentence(Int)
        /// The sentences are in different paragraphs; a paragraph break always ends a sentence.
        case paragraphBreak
        /// The phrase does not occur in the text.
        case phraseNotFound
        /// The phrase occurs several times; a longer phrase is needed.
        case phraseAmbiguous(occurrences: Int)
        /// The phrase holds no sentence break, so there is nothing to keep together.
        case noBreakInside
        /// The offset is outside the sentence's line.
        case offsetOutOfRange(Int, lineLength: Int)
        /// A split must fall on white space, not inside a word.
        case notAtWhitespace
        /// The split would leave an empty sentence (or there is already a break there).
        case nothingToSplit
    }

    /// Position of the correction in its ``SplitCorrections`` (0-based).
    public let index: Int
    /// The correction itself.
    public let correction: SplitCorrection
    /// Why it was not applied.
    public let reason: Reason
}

extension UnappliedCorrection: CustomStringConvertible {
    public var description: String {
        let why: String
        switch reason {
        case .noSuchSentence(let n, let count):
            why = "there is no sentence \(n) (the text has \(count))"
        case .lastSentence(let n):
            why = "sentence \(n) is the last one; there is nothing after it to merge with"
        case .paragraphBreak:
            why = "a paragraph break lies there, and a paragraph break always ends a sentence"
        case .phraseNotFound:
            why = "the phrase does not occur in the text"
        case .phraseAmbiguous(let occurrences):
            why = "the phrase occurs \(occurrences) times; give a longer phrase that occurs once"
        case .noBreakInside:
            why = "there is no sentence break inside the phrase"
        case .offsetOutOfRange(let offset, let length):
            why = "offset \(offset) is outside the sentence (its line has \(length) characters)"
        case .notAtWhitespace:
            why = "the split would fall inside a word; a split must fall on white space"
        case .nothingToSplit:
            why = "a sentence already ends there, or the split would leave an empty sentence"
        }
        return "correction \(index + 1) (\(correction)) not applied: \(why)"
    }
}
