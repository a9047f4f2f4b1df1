/// The body text of the seed book: the footnotes, which the PDF extraction interleaves
/// with the text, are dropped (a line starting with a note number opens a note; a blank
/// line or a line starting with a space resumes the body).
public enum BodyText {
    public static func extract(_ book: String) -> String {
        var lines: [Substring] = []
        var inNote = false
        for line in book.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first.isNumber,
                let space = line.firstIndex(of: " "),
                line[line.startIndex..<space].allSatisfy({ $0.isNumber || $0 == "*" })
            {
                inNote = true
            } else if line.isEmpty || line.first == " " {
                inNote = false
            }
            if !inNote { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    /// The first `count` words of `text`, with their original spacing.
    public static func prefix(_ text: String, words count: Int) -> String {
        var seen = 0
        var inWord = false
        for index in text.indices {
            let isSpace = text[index].isWhitespace
            if !isSpace && !inWord {
                if seen == count { return String(text[..<index]) }
                seen += 1
            }
            inWord = !isSpace
        }
        return text
    }

    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
