import Foundation
import Sigla
import TestSupport
import Testing

/// Establishing a section again after one more decision splits only the paragraphs that
/// changed; the oracle is establishing it whole.
@Suite("Established section: updating one from the one before gives the whole establishment")
struct EstablishedSectionUpdateTests {
    /// A chapter of paragraphs: the seed's lines in groups of five when it is there, else a
    /// sample with the splitter's hard cases (abbreviations, initials, «», ¿?, numbers).
    static let chapter: BaseText.Section = {
        var body: String
        if let seed = SeedText.text {
            let lines = seed.split(separator: "\n").dropFirst(400).prefix(600).map(String.init)
            body = stride(from: 0, to: lines.count, by: 5).map {
                lines[$0..<min($0 + 5, lines.count)].joined(separator: "\n")
            }
            .joined(separator: "\n\n")
        } else {
            let paragraph = """
                Luce murió de tuberculosis, naturalmente. El Sr. Pérez y J. Mesnil llegaron en 1919, cf. pp. 12-14. \
                «¿Quién lo dijo?», preguntó. ¡Nadie! Conocí a ese empleado barcelonés, Nin. Tengo más confianza.
                """
            body = (0..<40).map { "\($0). " + paragraph }.joined(separator: "\n\n")
        }
        return BaseText(text: "# I. El mundo sin evasión posible\n\n" + body + "\n").sections[0]
    }()

    /// Texts a decision brings in: nothing, words, whole sentences, a paragraph break,
    /// an abbreviation at its end, and (when nil) the very text it replaces.
    static let texts: [String?] = [
        "", "otra", "Otra frase. Y más", "Sr. Pérez", "\n\nPárrafo nuevo. Con dos frases.", "etc.", "¿Qué?", "—dijo—",
        nil,
    ]

    /// A random change to `decisions`: one added where none is, one removed, or one's text
    /// replaced.
    static func change(
        _ decisions: inout [Decision], step: Int, base: BaseText.Section, random: inout SeededRandomNumberGenerator
    ) {
        let utf8 = Array(base.text.utf8)
        let spaces = utf8.indices.filter { utf8[$0] == 0x20 }
        let roll = Int.random(in: 0..<10, using: &random)
        if roll < 2, !decisions.isEmpty {
            decisions.remove(at: Int.random(in: decisions.indices, using: &random))
            return
        }
        if roll < 3, !decisions.isEmpty {
            let index = Int.random(in: decisions.indices, using: &random)
            decisions[index].text = Self.texts.randomElement(using: &random)! ?? decisions[index].lemma
            return
        }
        // Whole words: from after a space to a later space (or an insertion at a space).
        for _ in 0..<20 {
            let start = spaces.randomElement(using: &random)! + 1
            let end = min(start + Int.random(in: 0..<40, using: &random), utf8.count)
            guard let stop = spaces.first(where: { $0 >= end }) ?? Optional(utf8.count), stop >= start else { continue }
            let range = start..<(Bool.random(using: &random) ? start : stop)
            guard !decisions.contains(where: { $0.baseEnd >= range.lowerBound && $0.baseStart <= range.upperBound })
            else { continue }
            let lemma = base.text(range)
            decisions.append(
                Decision(
                    location: LocationID(section: base.id, sentence: step + 1, ordinal: 1), baseStart: range.lowerBound,
                    baseEnd: range.upperBound, lemma: lemma, readings: [.init(state: "TS", text: lemma)],
                    action: .emend,
                    adopted: nil, source: nil, text: Self.texts.randomElement(using: &random)! ?? lemma,
                    sign: Bool.random(using: &random) ? .brackets : .none, category: .emendation, justification: "Así.",
                    editor: "Jean Rière <jean@example.org>", date: "2026-12-02", anchor: nil))
            return
        }
    }

    @Test("150 changes in a row, each section updated from the previous update", arguments: [1, 2, 3])
    func updatesEqualWholeEstablishment(seed: UInt64) throws {
        let base = Self.chapter
        var random = SeededRandomNumberGenerator(seed: seed)
        var decisions: [Decision] = []
        var current = try EstablishedSection(base: base, decisions: decisions)
        for step in 0..<150 {
            Self.change(&decisions, step: step, base: base, random: &random)
            let updated = try EstablishedSection(updating: current, base: base, decisions: decisions)
            let whole = try EstablishedSection(base: base, decisions: decisions)
            #expect(updated.text == whole.text, "step \(step)")
            #expect(updated.parts == whole.parts, "step \(step)")
            #expect(updated.sentences == whole.sentences, "step \(step)")
            #expect(updated.fileContents == whole.fileContents, "step \(step)")
            guard updated.sentences == whole.sentences else { return }
            current = updated
        }
        #expect(decisions.count > 10)
    }

    @Test("with corrections to the split the section is split whole, and comes out the same")
    func corrections() throws {
        let base = Self.chapter
        let corrections: SplitCorrections = [.mergeAfterSentence(3)]
        let before = try EstablishedSection(base: base, decisions: [], corrections: corrections)
        let lemma = base.text(0..<5)
        let decision = Decision(
            location: LocationID(section: base.id, sentence: 1, ordinal: 1), baseStart: 0, baseEnd: 5, lemma: lemma,
            readings: [.init(state: "TS", text: lemma)], action: .emend, adopted: nil, source: nil, text: "Nuevo",
            sign: .none, category: .emendation, justification: "Así.", editor: "Jean Rière <jean@example.org>",
            date: "2026-12-02", anchor: nil)
        let updated = try EstablishedSection(
            updating: before, base: base, decisions: [decision], corrections: corrections)
        let whole = try EstablishedSection(base: base, decisions: [decision], corrections: corrections)
        #expect(updated.sentences == whole.sentences)
        #expect(updated.fileContents == whole.fileContents)
    }
}
