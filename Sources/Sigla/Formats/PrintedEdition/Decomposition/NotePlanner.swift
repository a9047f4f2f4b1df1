import Foundation

/// Reads the editorial notes of one chapter by the rules table and plans each.
struct NotePlanner {
    let rules: DecompositionRules
    private let patterns: [NSRegularExpression]
    private let marginalInstruction: NSRegularExpression?

    init(rules: DecompositionRules) throws(DecompositionError) {
        self.rules = rules
        var compiled: [NSRegularExpression] = []
        for rule in rules.wordings { compiled.append(try Self.compile(rule.pattern)) }
        patterns = compiled
        marginalInstruction = try rules.marginalInstruction.map { pattern throws(DecompositionError) in
            try Self.compile(pattern)
        }
    }

    private static func compile(_ pattern: String) throws(DecompositionError) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw .invalidPattern(pattern, reason: "\(error)")
        }
    }

    /// The first rule matching a note's text, with the text of its capture groups.
    func rule(for text: String) -> (rule: WordingRule, groups: [String])? {
        for (index, pattern) in patterns.enumerated() {
            if let groups = Self.match(pattern, in: text) { return (rules.wordings[index], groups) }
        }
        return nil
    }

    private static func match(_ pattern: NSRegularExpression, in text: String) -> [String]? {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        guard let match = pattern.firstMatch(in: text, options: [], range: range) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }

    /// The medium of the first medium rule whose wording the text contains.
    func medium(in text: String) -> MediumRule? {
        let lowered = text.lowercased()
        return rules.media.first { lowered.contains($0.wording.lowercased()) }
    }

    /// Plans one note of a chapter.
    ///
    /// - Parameters:
    ///   - note: an editorial note of the chapter.
    ///   - id: its name, `I.11`.
    ///   - text: the chapter's printed text.
    func plan(_ note: PrintedNote, id: String, text: [Unicode.Scalar]) throws(DecompositionError) -> NotePlan {
        guard let governed = note.governed else { throw .noGovernedText(note: id) }
        let override = rules.overrides[id]
        let matched = rule(for: note.text)
        let treatment = override?.treatment ?? matched?.rule.treatment ?? .keep
        let category = override?.category ?? matched?.rule.category ?? .annotation
        let groups = matched?.groups ?? []
        let quotations = NoteQuotes.quotations(in: note.text)
        let span = governed.start..<governed.end
        let bracketed = governed.rule == .brackets
        let inner = bracketed && span.count >= 2 ? (span.lowerBound + 1)..<(span.upperBound - 1) : span
        let hand = rules.hand.id
        let transcriberNote: [TranscriptionNode] =
            override?.transcriberNote.map {
                [.event(RevisionEvent(.note($0)))]
            } ?? []

        func quotation() throws(DecompositionError) -> String {
            let choice = matched?.rule.quote ?? .first
            let chosen =
                choice == .longest ? quotations.max { $0.count < $1.count } : quotations.first
            guard let chosen else { throw .missing(note: id, what: "a «quotation» in its text") }
            return chosen
        }
        func overridden(_ keyPath: KeyPath<NoteOverride, String?>, _ what: String) throws(DecompositionError)
            -> String
        {
            guard let value = override?[keyPath: keyPath] else { throw .missing(note: id, what: what) }
            return value
        }
        func printedRange() throws(DecompositionError) -> Range<Int> {
            let printed = try overridden(\.printed, "the printed text of its place (printed)")
            guard let range = Self.occurrence(of: printed, in: text, nearest: governed.start) else {
                throw .printedTextNotFound(note: id, printed: printed)
            }
            return range
        }
        func markupNodes() throws(DecompositionError) -> [TranscriptionNode] {
            let markup = try overridden(\.markup, "the base's reading in Sigla markup (markup)")
            do {
                return try SiglaMarkup.parse(markup, fileName: "override \(id)").nodes
            } catch {
                throw .invalidMarkup(note: id, message: error.description)
            }
        }
        func insertionAfterSpan() -> PlannedEdit? {
            transcriberNote.isEmpty
                ? nil : PlannedEdit(range: span.upperBound..<span.upperBound, content: .nodes(transcriberNote))
        }

        var plan = NotePlan(
            id: id, note: note, treatment: treatment, category: category, sign: bracketed ? .brackets : .none,
            place: .keep(range: span), order: span.lowerBound)
        switch treatment {
        case .restore, .restoreStaged:
            var range = span
            var trailing = ""
            if span.upperBound < text.count, text[span.upperBound] == " " {
                range = span.lowerBound..<(span.upperBound + 1)
                trailing = " "
            }
            var style = PlannedEdit.DeletionStyle(hand: hand, medium: medium(in: note.text))
            var adopted = WitnessState.beforeRevision
            if treatment == .restoreStaged {
                guard groups.count >= 3 else {
                    throw .missing(note: id, what: "a pattern capturing the correcting and the striking media")
                }
                style.correction = medium(in: groups[1]) ?? MediumRule(wording: groups[1], medium: groups[1])
                style.medium = medium(in: groups[2]) ?? MediumRule(wording: groups[2], medium: groups[2])
                adopted = .afterStage(1)
            }
            var before: [TranscriptionNode] = []
            if let marginalInstruction, let groups = Self.match(marginalInstruction, in: note.text),
                groups.count >= 2
            {
                before.append(.event(RevisionEvent(.metamark(groups[1], place: .margin))))
            }
            plan.edit = PlannedEdit(
                range: range,
                content: .deletion(
                    inner: inner, trailing: trailing, style: style, before: before, after: transcriberNote))
            plan.place = .adoptState(adopted, reading: inner, leftLimit: range.lowerBound)

        case .supplyFromWitness:
            let siglum = matched?.rule.witness ?? rules.firstVersion.siglum
            let content = String(scalars: text[inner])
            guard span.lowerBound > 0 else { throw .unplaceable(note: id) }
            let after = span.upperBound < text.count ? text[span.upperBound] : "\n"
            var range: Range<Int>
            var nodes: [TranscriptionNode] = []
            var supplied = content
            if text[span.lowerBound - 1] == "\n" {
                // A passage that opens a paragraph: the base runs on without the paragraph break.
                supplied = "\n" + content
                if after == " " {
                    range = (span.lowerBound - 1)..<(span.upperBound + 1)
                    nodes = [.text(" ")]
                } else {
                    range = (span.lowerBound - 1)..<span.upperBound
                }
            } else {
                range = text[span.lowerBound - 1] == " " ? (span.lowerBound - 1)..<span.upperBound : span
            }
            plan.edit = PlannedEdit(range: range, content: .nodes(nodes + transcriberNote))
            plan.fragment = .init(siglum: siglum, offset: span.lowerBound, text: content, note: override?.witnessNote)
            plan.place = .supply(leftLimit: range.lowerBound, base: [], text: supplied, from: siglum)
            plan.order = range.lowerBound

        case .adoptWitness:
            let siglum = matched?.rule.witness ?? rules.firstVersion.siglum
            let range = try printedRange()
            let reading = try overridden(\.witnessReading, "the other witness's reading (witnessReading)")
            plan.edit = PlannedEdit(range: range, content: .nodes(try markupNodes() + transcriberNote))
            plan.fragment = .init(siglum: siglum, offset: range.lowerBound, text: reading, note: override?.witnessNote)
            plan.place = .adoptWitness(siglum: siglum, reading: reading)
            plan.sign = text[range].contains("[") ? .brackets : .none
            plan.order = min(range.lowerBound, span.lowerBound)

        case .emend, .emendIllegible:
            let range: Range<Int>
            let base: [TranscriptionNode]
            if override?.printed != nil {
                range = try printedRange()
                base = try markupNodes()
            } else if treatment == .emendIllegible {
                guard groups.count >= 2 else { throw .missing(note: id, what: "a pattern capturing the reading") }
                range = span
                base = [.event(RevisionEvent(.uncertain(alternatives: [groups[1]])))]
            } else {
                (range, base) = Self.alignQuotedReading(try quotation(), with: span, in: text)
            }
            plan.edit = PlannedEdit(range: range, content: .nodes(base + transcriberNote))
            plan.place = .emend(range: range, base: base)
            plan.sign = .none
            plan.order = min(range.lowerBound, span.lowerBound)

        case .supply:
            let range = try printedRange()
            let base = try markupNodes()
            let supplied = try overridden(\.supplied, "the supplied text (supplied)")
            plan.edit = PlannedEdit(range: range, content: .nodes(base + transcriberNote))
            plan.place = .supply(leftLimit: range.lowerBound, base: base, text: supplied, from: nil)
            plan.sign = String(scalars: text[range]).contains("[\(supplied)]") ? .brackets : .none
            plan.order = min(range.lowerBound, span.lowerBound)

        case .omitAddition:
            let addition = NoteQuotes.sentence(try quotation())
            let offset = Self.sentenceStart(before: span.lowerBound, in: text)
            let event = RevisionEvent(
                .addition([.text(addition + " ")], place: matched?.rule.place, placedBy: .editor), hand: hand)
            plan.edit = PlannedEdit(range: offset..<offset, content: .nodes([.event(event)] + transcriberNote))
            plan.place = .adoptOmission(.beforeRevision, offset: offset)
            plan.order = offset

        case .keepAlternatives:
            let printedWord = String(scalars: text[span])
            let alternatives = override?.alternatives ?? Array(quotations.prefix(2))
            guard let preferred = alternatives.firstIndex(of: printedWord) else {
                throw .missing(note: id, what: "alternatives including the printed reading «\(printedWord)»")
            }
            let uncertain = RevisionEvent(.uncertain(alternatives: alternatives, preferred: preferred))
            plan.edit = PlannedEdit(range: span, content: .nodes([.event(uncertain)] + transcriberNote))

        case .keepVariant:
            let siglum = matched?.rule.witness ?? rules.firstVersion.siglum
            plan.fragment = .init(
                siglum: siglum, offset: span.lowerBound, text: NoteQuotes.sentence(try quotation()),
                note: override?.witnessNote)
            plan.insertion = insertionAfterSpan()

        case .keepAuthorNote:
            let authorNote = RevisionEvent(.note(try quotation(), by: .author), hand: hand)
            plan.insertion = PlannedEdit(
                range: span.upperBound..<span.upperBound, content: .nodes([.event(authorNote)] + transcriberNote))

        case .keep:
            plan.insertion = insertionAfterSpan()
        }
        return plan
    }

    /// The printed lemma a quoted reading stands for, and the base's reading: the governed word,
    /// reaching back to the quotation's first word when the printed text has it just before
    /// (`«en 1939»` for `en 1940`, `«el de Gaullismo»` for `El gaullismo`), whose printed form
    /// (its capital) the reading keeps.
    static func alignQuotedReading(_ quotation: String, with span: Range<Int>, in text: [Unicode.Scalar])
        -> (Range<Int>, [TranscriptionNode])
    {
        let words = quotation.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return (span, [.text(quotation)]) }
        var start = span.lowerBound
        for _ in 0..<(words.count - 1) {
            guard let (word, wordStart) = PhraseFinder.word(before: start, in: text) else { break }
            start = wordStart
            if word.lowercased() == words[0].lowercased() {
                let reading = ([word] + words.dropFirst()).joined(separator: " ")
                return (wordStart..<span.upperBound, [.text(reading)])
            }
        }
        return (span, [.text(quotation)])
    }

    /// Where the sentence holding an offset starts: after the last sentence end (`.`, `?`, `!`,
    /// `…` and a space before a capital) or paragraph break before it.
    static func sentenceStart(before offset: Int, in text: [Unicode.Scalar]) -> Int {
        var index = offset
        while index > 0 {
            let previous = text[index - 1]
            if previous == "\n" { return index }
            if previous == " ", index >= 2, ".?!…".unicodeScalars.contains(text[index - 2]),
                index < text.count, text[index].properties.isUppercase
            {
                return index
            }
            index -= 1
        }
        return 0
    }

    /// The occurrence of a text nearest an offset.
    static func occurrence(of needle: String, in text: [Unicode.Scalar], nearest offset: Int) -> Range<Int>? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= text.count else { return nil }
        var best: Range<Int>?
        var start = 0
        while start + pattern.count <= text.count {
            if text[start] == pattern[0], Array(text[start..<(start + pattern.count)]) == pattern {
                let candidate = start..<(start + pattern.count)
                if best.map({ abs($0.lowerBound - offset) > abs(start - offset) }) ?? true { best = candidate }
            }
            start += 1
        }
        return best
    }
}
