import Foundation
import Sigla
import Testing

/// A one-chapter printed edition made by hand: its text, and editorial notes bound to the
/// text they govern (found by substring).
private func edition(
    _ text: String, notes: [(number: Int, text: String, governs: String, rule: GovernedSpan.Rule)]
) throws -> PrintedEdition {
    let scalars = Array(text.unicodeScalars)
    let printed = try notes.map { note -> PrintedNote in
        let needle = Array(note.governs.unicodeScalars)
        let start = try #require(
            (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle })
        let span = GovernedSpan(rule: note.rule, start: start, end: start + needle.count, text: note.governs, line: 1)
        return PrintedNote(number: note.number, isEditorial: true, text: note.text, lines: 1...1, governed: span)
    }
    let chapter = PrintedChapter(
        number: 1, numeral: "I", title: "UN CAPÍTULO", headingLine: 1,
        content: PrintedSection(lines: 1...10, text: text, notes: printed))
    return PrintedEdition(
        fileName: "prueba.txt", layout: .memorias, frontMatter: PrintedSection(lines: 1...1, text: ""),
        chapters: [chapter], backMatter: nil, repairs: [], hyphenation: HyphenationCounts(), diagnostics: [])
}

@Suite("PrintedEditionDecomposer: the notes' wording decides the witnesses and the decision")
struct PrintedEditionDecomposerTests {
    @Test("a bracketed passage struck in blue pencil is the author's deletion, and the decision restores it")
    func struckPassage() throws {
        let printed = try edition(
            "Primera frase. [Frase tachada aquí.] Última frase.",
            notes: [(3, "Pasaje tachado con lápiz azul, sin indicación.", "[Frase tachada aquí.]", .brackets)])
        let sample = try PrintedEditionDecomposer().decompose(printed)
        let markup = sample.base.serialized(as: .markup)
        #expect(
            markup.contains(
                "Primera frase. {--Frase tachada aquí. --}[hand=Serge medium=\"lápiz azul\" colour=azul]Última frase."))
        #expect(sample.base.state(.afterRevision).text.hasSuffix("Primera frase. Última frase.\n"))
        let decision = try #require(sample.decision("I.3"))
        #expect(decision.action == .adopt && decision.adopt == "TS-ac" && decision.sign == .brackets)
        #expect(decision.category == .restoration)
        #expect(decision.at == "Frase tachada aquí.")
        #expect(decision.because == "Pasaje tachado con lápiz azul, sin indicación.")
    }

    @Test("a marginal instruction beside a struck passage is a metamark, in no state's text")
    func marginalInstruction() throws {
        let printed = try edition(
            "Antes. [Pasaje guardado.] Después.",
            notes: [
                (1, "Tachado con lápiz negro; lleva al margen la mención: Reservar.", "[Pasaje guardado.]", .brackets)
            ])
        let sample = try PrintedEditionDecomposer().decompose(printed)
        #expect(sample.base.serialized(as: .markup).contains("{!!Reservar!!}[place=margin]{--Pasaje guardado. --}"))
        #expect(!sample.base.state(.beforeRevision).text.contains("Reservar"))
    }

    @Test("a slip the note quotes is what the base reads; the decision emends it to the printed word")
    func quotedSlip() throws {
        let printed = try edition(
            "Era un institutor de Lérida y un institutor de Barcelona.",
            notes: [(7, "El manuscrito indica «empleado», por un lapsus de Serge.", "institutor", .word)])
        // The governed word is the second «institutor»: the phrase grows until it is unique.
        var notes = printed
        let text = Array(notes.chapters[0].content.text.unicodeScalars)
        let second = try #require(
            (0..<text.count).last {
                String(String.UnicodeScalarView(text[$0..<min(text.count, $0 + 10)])) == "institutor"
            })
        notes.chapters[0].content.notes[0].governed = GovernedSpan(
            rule: .word, start: second, end: second + 10, text: "institutor", line: 1)
        let sample = try PrintedEditionDecomposer().decompose(notes)
        #expect(sample.base.state().text.contains("un institutor de Lérida y un empleado de Barcelona."))
        let decision = try #require(sample.decision("I.7"))
        #expect(decision.action == .emend && decision.category == .emendation && decision.sign == .none)
        // «empleado» is unique in the base, but the emended text must be unique in the print too.
        #expect(decision.at == "y un empleado de")
        #expect(decision.text == "y un institutor de")
    }

    @Test("a quoted reading reaches back to the printed word it begins with: «en 1939» for «en 1940»")
    func quotedReadingReachesBack() throws {
        let printed = try edition(
            "Murió en 1940, durante el éxodo.",
            notes: [(2, "Serge había escrito: «en 1939»; rectificamos de acuerdo con su carta.", "1940", .word)])
        let sample = try PrintedEditionDecomposer().decompose(printed)
        let decision = try #require(sample.decision("I.2"))
        #expect(decision.at == "en 1939")
        #expect(decision.text == "en 1940")
    }

    @Test("a note the rules do not know annotates: the decision keeps the text, the base is the print")
    func annotation() throws {
        let printed = try edition(
            "Llegó a Petrogrado en marzo.",
            notes: [(5, "Error de Serge: fue en abril.", "Petrogrado", .word)])
        let sample = try PrintedEditionDecomposer().decompose(printed)
        #expect(sample.base.state().text.hasSuffix("Llegó a Petrogrado en marzo.\n"))
        let decision = try #require(sample.decision("I.5"))
        #expect(decision.action == .keep && decision.category == .annotation && decision.at == "Petrogrado")
    }

    @Test("a paragraph from the first version is not in the base: it is a fragment of V1, supplied as a new paragraph")
    func firstVersionParagraph() throws {
        let printed = try edition(
            "Un párrafo del mecanoscrito con sus seis palabras.\n[Un párrafo de la primera versión.]\nOtro párrafo.",
            notes: [
                (
                    9, "Párrafo perteneciente a la primera versión, reproducido por su interés.",
                    "[Un párrafo de la primera versión.]", .brackets
                )
            ])
        let sample = try PrintedEditionDecomposer().decompose(printed)
        let base = sample.base.state().text
        #expect(base.contains("sus seis palabras.\n\nOtro párrafo."))
        #expect(sample.firstVersion.state().text.contains("\n\nUn párrafo de la primera versión.\n\n"))
        let decision = try #require(sample.decision("I.9"))
        #expect(decision.action == .supply && decision.from == "V1" && decision.sign == .brackets)
        #expect(decision.text == "\nUn párrafo de la primera versión.")
        #expect(decision.at == "del mecanoscrito con sus seis palabras.", "six words before the place")
    }

    @Test("an override gives the base's markup where the wording is irregular")
    func override() throws {
        var rules = DecompositionRules.memorias
        rules.overrides = [
            "I.4": NoteOverride(
                treatment: .supply, category: .conjecture, printed: "su vida [fue]",
                markup: "{~~un fin~>su vida~~}[hand=Serge]", supplied: "fue")
        ]
        let printed = try edition(
            "El fin de su vida [fue] trágico.",
            notes: [(4, "Serge había escrito al principio: «un fin», que tachó sin poner «fue».", "[fue]", .brackets)])
        let sample = try PrintedEditionDecomposer(rules: rules).decompose(printed)
        #expect(sample.base.state(.beforeRevision).text.hasSuffix("El fin de un fin trágico.\n"))
        let decision = try #require(sample.decision("I.4"))
        #expect(decision.action == .supply && decision.text == "fue" && decision.from == nil)
        #expect(decision.at == "su vida")
    }

    @Test("problems name the note: a bad pattern, an override's missing text, markup that does not read")
    func errors() throws {
        let printed = try edition("Texto.", notes: [(1, "Nota.", "Texto.", .sentence)])
        var rules = DecompositionRules.memorias
        rules.wordings.insert(WordingRule(pattern: "(", treatment: .keep, category: .annotation), at: 0)
        #expect(throws: DecompositionError.self) { try PrintedEditionDecomposer(rules: rules).decompose(printed) }

        rules = .memorias
        rules.overrides = ["I.1": NoteOverride(treatment: .emend, printed: "Ausente", markup: "x")]
        #expect(throws: DecompositionError.printedTextNotFound(note: "I.1", printed: "Ausente")) {
            try PrintedEditionDecomposer(rules: rules).decompose(printed)
        }
        rules.overrides = ["I.1": NoteOverride(treatment: .emend, printed: "Texto", markup: "{--x")]
        #expect {
            try PrintedEditionDecomposer(rules: rules).decompose(printed)
        } throws: { error in
            guard case DecompositionError.invalidMarkup(let note, _) = error else { return false }
            return note == "I.1" && "\(error)".contains("note I.1")
        }
    }

    @Test("the rules table is Codable: the seed's table reads back the same from JSON")
    func rulesAreCodable() throws {
        let data = try JSONEncoder().encode(DecompositionRules.memorias)
        #expect(try JSONDecoder().decode(DecompositionRules.self, from: data) == .memorias)
    }

    @Test("decisions YAML: texts double-quoted with their line breaks escaped, names plain, and it reads back")
    func decisionsYAML() throws {
        let decision = ReconstructedDecision(
            note: "IX.146", at: "tarde.)", action: .supply, text: "\nPárrafo «citado» con \"comillas\" y \\.",
            from: "V1", sign: .brackets, category: .firstVersion,
            because: "Párrafo perteneciente a la primera versión.",
            editor: "Jean Rière <jean.riere@example.org>", date: "2018-09-15")
        let yaml = ReconstructedDecision.yaml([decision, decision], header: ["Decisiones."])
        #expect(yaml.hasPrefix("# Decisiones.\n\n- note: \"IX.146\"\n"))
        #expect(yaml.contains("  text: \"\\nPárrafo «citado» con \\\"comillas\\\" y \\\\.\"\n"))
        #expect(yaml.contains("  from: V1\n  sign: brackets\n  category: first-version\n"))
        #expect(try ReconstructedDecision.decisions(yaml: yaml, fileName: "d.yaml") == [decision, decision])
        #expect(throws: ReconstructedDecisionError.self) {
            try ReconstructedDecision.decisions(yaml: "- note: I.1\n", fileName: "d.yaml")
        }
    }
}
