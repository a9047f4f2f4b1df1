/// The quotations of an editorial note: text between Spanish guillemets `«…»`.
enum NoteQuotes {
    /// The outermost quotations, in order; guillemets nested inside one stay in it, and one
    /// left open runs to the end of the note.
    ///
    /// - Complexity: O(*n*) in the length of the note.
    static func quotations(in text: String) -> [String] {
        var quotations: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            if character == "«" {
                if depth > 0 { current.append(character) }
                depth += 1
            } else if character == "»", depth > 0 {
                depth -= 1
                if depth == 0 {
                    quotations.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            } else if depth > 0 {
                current.append(character)
            }
        }
        if depth > 0, !current.isEmpty { quotations.append(current) }
        return quotations
    }

    /// A quoted sentence as the witness has it: Spanish puts the period of a quoted sentence
    /// after the closing guillemet, so a quotation of several words that starts with a capital
    /// and ends without punctuation gets its period back.
    static func sentence(_ quotation: String) -> String {
        let trimmed = quotation.trimmingWhitespace()
        guard let first = trimmed.first, first.isUppercase, trimmed.split(separator: " ").count >= 4,
            let last = trimmed.last, !".!?…".contains(last)
        else { return trimmed }
        return trimmed + "."
    }
}
