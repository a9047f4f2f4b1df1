import Foundation
import Sigla
import Testing

/// The seed edition taken apart once, for every test of the suite.
enum MemoriasDecomposition {
    static let result: Result<PrintedEditionDecomposition, DecompositionError>? = MemoriasSeed.edition.map { edition in
        Result { () throws(DecompositionError) in try PrintedEditionDecomposer().decompose(edition) }
    }

    static func sample() throws -> PrintedEditionDecomposition {
        try #require(result).get()
    }

    /// A paragraph's text with its white space made single spaces.
    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { line in
            line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
    }
}

@Suite(
    "Memorias: the printed edition taken apart",
    .enabled(if: MemoriasSeed.isAvailable, "needs ../shared/seed/memorias.txt"))
struct MemoriasDecompositionTests {
    @Test("every editorial note of the seed becomes exactly one decision")
    func oneDecisionPerNote() throws {
        let sample = try MemoriasDecomposition.sample()
        let edition = try #require(MemoriasSeed.edition)
        let notes = edition.chapters.flatMap { chapter in
            chapter.content.editorialNotes.map { "\(chapter.numeral).\($0.number)" }
        }
        #expect(notes.count == 55)
        #expect(sample.decisions.count == 55)
        #expect(Set(sample.decisions.map(\.note)) == Set(notes))
    }

    @Test("the base after revision, with every decision replayed, is the printed body, brackets included")
    func replayGivesThePrintedText() throws {
        let sample = try MemoriasDecomposition.sample()
        let edition = try #require(MemoriasSeed.edition)
        var oracle = DecisionReplayOracle(
            base: sample.base, baseSiglum: "TS", witnesses: ["V1": sample.firstVersion])
        let established = oracle.replay(sample.decisions)
        #expect(oracle.problems == [])
        for chapter in edition.chapters {
            let rebuilt = MemoriasDecomposition.paragraphs(established[chapter.numeral] ?? "")
            let printed = MemoriasDecomposition.paragraphs(chapter.content.text)
            #expect(rebuilt.count == printed.count, "chapter \(chapter.numeral): paragraph count")
            for (index, (ours, theirs)) in zip(rebuilt, printed).enumerated() where ours != theirs {
                let common = zip(ours, theirs).prefix { $0 == $1 }.count
                let message: String =
                    "chapter \(chapter.numeral), paragraph \(index + 1) differs after «\(ours.prefix(common).suffix(60))»:"
                    + " rebuilt «\(ours.dropFirst(common).prefix(80))», printed «\(theirs.dropFirst(common).prefix(80))»"
                Issue.record(Comment(rawValue: message))
                break
            }
        }
    }

    @Test("without decisions the replay reads the base after revision, and the base differs from the print")
    func replayWithoutDecisionsIsTheBase() throws {
        let sample = try MemoriasDecomposition.sample()
        var oracle = DecisionReplayOracle(base: sample.base, baseSiglum: "TS", witnesses: [:])
        let sections = oracle.replay([])
        let base = Section.all(in: sample.base.state(.afterRevision).text)
        #expect(sections == base)
        let edition = try #require(MemoriasSeed.edition)
        let chapterI = try #require(edition.chapter(1))
        #expect(
            MemoriasDecomposition.paragraphs(sections["I"] ?? "")
                != MemoriasDecomposition.paragraphs(chapterI.content.text))
    }

    @Test("I:11: TS-ac reads the struck passage, TS-pc does not; «Reservar» is in neither")
    func reservarPassage() throws {
        let sample = try MemoriasDecomposition.sample()
        let passage = "Fue sin duda entre los seis y los ocho años cuando me convertí en malhechor"
        let before = sample.base.state(.beforeRevision).text
        let after = sample.base.state(.afterRevision).text
        #expect(before.contains(passage))
        #expect(!after.contains(passage))
        #expect(before.contains("tendrás hambre.\n\nFue sin duda"))
        #expect(after.contains("tendrás hambre.\n\nMi primera gran experiencia de hambre"))
        #expect(!before.contains("Reservar") && !after.contains("Reservar"))
        let deletion = try #require(
            sample.base.events.first { event in
                if case .deletion(let nodes) = event.kind, case .text(let text, _)? = nodes.first {
                    return text.hasPrefix("Fue sin duda")
                }
                return false
            })
        #expect(deletion.hand == "Serge")
        #expect(deletion.medium == "lápiz negro")
        let index = try #require(sample.base.events.firstIndex(of: deletion))
        #expect(sample.base.events[index - 1].kind == .metamark("Reservar", place: .margin))
    }

    @Test("II:8: three states of the passage corrected in ink, then struck in blue pencil")
    func stagedPassage() throws {
        let sample = try MemoriasDecomposition.sample()
        let passage = "En realidad, una enorme inconsciencia de lo que sería la guerra moderna"
        #expect(sample.base.stages == [1, 2])
        #expect(sample.base.state(.afterStage(1)).text.contains(passage))
        #expect(!sample.base.state(.afterStage(2)).text.contains(passage))
        #expect(!sample.base.state(.beforeRevision).text.contains(passage))
        #expect(sample.decision("II.8")?.adopt == "TS-1")
    }

    @Test("I:27: the sentence Serge suppressed is kept, with the editor's reason")
    func suppressedSentence() throws {
        let sample = try MemoriasDecomposition.sample()
        let decision = try #require(sample.decision("I.27"))
        #expect(decision.category == .suppressionKept)
        #expect(decision.action == .adopt && decision.adopt == "TS-ac" && decision.sign == .brackets)
        #expect(
            "Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad."
                .hasPrefix(decision.at))
        #expect(decision.because.hasPrefix("Frase suprimida por Serge, pero conservada por ser exacta."))
        #expect(!sample.base.state(.afterRevision).text.contains("Varias veces he sido cubierto de lodo"))
    }

    @Test("the editor's additions and the first version's passages are not in TS")
    func editorialTextIsNotInTheBase() throws {
        let sample = try MemoriasDecomposition.sample()
        let states = [WitnessState.beforeRevision, .afterRevision].map { sample.base.state($0).text }
        for text in states {
            #expect(!text.contains("[fue]") && !text.contains("vida fue verdaderamente"))
            #expect(!text.contains("El único problema que la Rusia roja"))
            #expect(!text.contains("México, 1942-febrero de 1943"))
        }
        // The editor's brackets are not the author's; what brackets TS keeps are the printed
        // edition's glosses no editorial note speaks of («Goloss Truda [La Voz del Trabajo]»).
        let edition = try #require(MemoriasSeed.edition)
        let printedBrackets = edition.chapters.map { $0.content.text.filter { $0 == "[" }.count }.reduce(0, +)
        let bracketDecisions = sample.decisions.filter { $0.sign == .brackets }.count
        #expect(states[1].filter { $0 == "[" }.count == printedBrackets - bracketDecisions)
        #expect(states[0].filter { $0 == "[" }.count == printedBrackets - bracketDecisions)
        #expect(states[0].contains("Tuvo un fin de vida verdaderamente trágico."))
        #expect(states[1].contains("El fin de su vida verdaderamente trágico."))
        #expect(states[1].contains("ese empleado barcelonés"))
        #expect(states[1].contains("tenía el rostro rasurado") == false, "inside a passage struck in TS")
        #expect(states[0].contains("tenía el rostro rasurado"))
    }

    @Test("each decision's justification is its note, by Jean Rière, in September 2018")
    func justifications() throws {
        let sample = try MemoriasDecomposition.sample()
        let edition = try #require(MemoriasSeed.edition)
        for decision in sample.decisions {
            let parts = decision.note.split(separator: ".")
            let chapter = try #require(edition.chapters.first { $0.numeral == parts.first.map(String.init) })
            let note = try #require(chapter.content.note(Int(parts[1]) ?? 0))
            #expect(decision.because == note.text)
            #expect(decision.editor == "Jean Rière <jean.riere@example.org>")
            #expect(decision.date.hasPrefix("2018-09"))
        }
        #expect(sample.decision("I.11")?.because.contains("Aquí lo mantenemos dada su importancia psicológica") == true)
    }

    @Test("each note's category, action and sign, as checked by hand against its wording")
    func classification() throws {
        let sample = try MemoriasDecomposition.sample()
        let table:
            [(String, ReconstructedDecision.Category, ReconstructedDecision.Action, ReconstructedDecision.Sign)] = [
                ("I.11", .restoration, .adopt, .brackets), ("I.27", .suppressionKept, .adopt, .brackets),
                ("I.59", .restoration, .emend, .none), ("I.76", .annotation, .keep, .none),
                ("I.166", .suppressionKept, .adopt, .brackets), ("I.181", .marginalAddition, .adopt, .none),
                ("I.200", .restoration, .adopt, .brackets),
                ("II.2", .restoration, .adopt, .brackets), ("II.8", .restoration, .adopt, .brackets),
                ("II.44", .annotation, .keep, .none), ("II.61", .annotation, .keep, .none),
                ("III.2", .firstVersion, .adopt, .none), ("III.79", .restoration, .adopt, .brackets),
                ("III.100", .annotation, .keep, .none), ("III.104", .restoration, .adopt, .brackets),
                ("III.108", .restoration, .adopt, .brackets), ("III.126", .emendation, .emend, .none),
                ("IV.55", .annotation, .keep, .none), ("IV.75", .restoration, .adopt, .brackets),
                ("IV.80", .variant, .supply, .brackets), ("IV.95", .uncertainReading, .keep, .none),
                ("IV.97", .restoration, .adopt, .brackets), ("IV.102", .conjecture, .supply, .brackets),
                ("IV.103", .emendation, .emend, .none), ("IV.104", .variant, .keep, .none),
                ("IV.107", .emendation, .emend, .none),
                ("V.12", .annotation, .keep, .none), ("V.82", .emendation, .emend, .none),
                ("V.89", .emendation, .emend, .none), ("V.139", .annotation, .keep, .none),
                ("VI.23", .annotation, .keep, .none),
                ("VII.62", .annotation, .keep, .none), ("VII.93", .emendation, .emend, .none),
                ("VII.99", .annotation, .keep, .none), ("VII.106", .restoration, .adopt, .brackets),
                ("VII.110", .annotation, .keep, .none), ("VII.119", .annotation, .keep, .none),
                ("VIII.38", .annotation, .keep, .none),
                ("IX.103", .annotation, .keep, .none), ("IX.115", .restoration, .adopt, .brackets),
                ("IX.119", .restoration, .adopt, .brackets), ("IX.128", .firstVersion, .supply, .brackets),
                ("IX.141", .annotation, .keep, .none), ("IX.146", .firstVersion, .supply, .brackets),
                ("IX.153", .restoration, .adopt, .brackets), ("IX.155", .restoration, .adopt, .brackets),
                ("IX.160", .restoration, .adopt, .brackets), ("IX.163", .restoration, .adopt, .brackets),
                ("IX.174", .regularization, .emend, .none), ("IX.182", .regularization, .emend, .none),
                ("IX.191", .firstVersion, .supply, .brackets), ("IX.200", .annotation, .keep, .none),
                ("X.27", .firstVersion, .supply, .brackets), ("X.28", .variant, .keep, .none),
                ("X.29", .firstVersion, .supply, .none),
            ]
        #expect(table.count == 55)
        for (note, category, action, sign) in table {
            let decision = try #require(sample.decision(note), "no decision for \(note)")
            #expect(decision.category == category, "\(note) category")
            #expect(decision.action == action, "\(note) action")
            #expect(decision.sign == sign, "\(note) sign")
        }
        let bracketed = sample.decisions.filter { $0.sign == .brackets }.count
        #expect(bracketed == 24, "23 bracketed spans and IV:80's […]")
    }

    @Test("struck passages carry the medium their note names")
    func media() throws {
        let sample = try MemoriasDecomposition.sample()
        let deletions = sample.base.events.compactMap { event -> (String, String?, String?)? in
            guard case .deletion(let nodes) = event.kind else { return nil }
            let text = nodes.compactMap { node -> String? in if case .text(let t, _) = node { t } else { nil } }
                .joined()
            return (String(text.prefix(30)), event.medium, event.colour)
        }
        func medium(of start: String) -> (String?, String?)? {
            deletions.first { $0.0.hasPrefix(start) }.map { ($0.1, $0.2) }
        }
        #expect(medium(of: "De esa infancia difícil")! == ("lápiz rojo", "rojo"))
        #expect(medium(of: "Los EN-DEHORS")! == ("lápiz azul", "azul"))
        #expect(medium(of: "Yo trabajaba literalmente")! == ("lápiz negro", nil))
        #expect(medium(of: "Esto equivale a instituir")! == ("tinta", nil))
        #expect(medium(of: "Mientras la industria nazi")! == ("tinta verde", "verde"))
        #expect(medium(of: "Sociales")! == (nil, nil))
    }

    @Test("V1 holds only what the notes quote from it and what the edition brings in from it")
    func firstVersionFragments() throws {
        let sample = try MemoriasDecomposition.sample()
        let edition = try #require(MemoriasSeed.edition)
        let printed = edition.chapters.map(\.content.text).joined(separator: "\n")
        let notes = edition.editorialNotes.map(\.note.text).joined(separator: "\n")
        let text = sample.firstVersion.state(.afterRevision).text
        let fragments = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.hasPrefix("# ") }
        // Eight fragments; the passage of IX:128 has two paragraphs.
        #expect(fragments.count == 8 + 1)
        for fragment in fragments {
            let sentence = String(fragment.prefix(60))
            #expect(printed.contains(sentence) || notes.contains(sentence), "«\(sentence)» is in no note or passage")
        }
        let events = sample.firstVersion.events
        #expect(events.filter { $0.kind == .lacunaStart }.count == events.filter { $0.kind == .lacunaEnd }.count)
    }

    @Test("TS.txt and V1.txt are canonical Sigla markup that reads back the same")
    func markupReadsBack() throws {
        let sample = try MemoriasDecomposition.sample()
        for (name, transcription) in [("TS.txt", sample.base), ("V1.txt", sample.firstVersion)] {
            let markup = transcription.serialized(as: .markup)
            let (parsed, diagnostics) = try Transcription.parse(contents: markup, format: .markup, fileName: name)
            #expect(diagnostics.isEmpty)
            #expect(parsed.serialized(as: .markup) == markup)
            #expect(parsed.state(.afterRevision).text == transcription.state(.afterRevision).text)
        }
        let lines = sample.base.serialized(as: .markup).split(separator: "\n", omittingEmptySubsequences: false)
        let headings = lines.filter { $0.hasPrefix("# ") }
        #expect(headings.count == 10)
        #expect(headings.first == "# I. MUNDO SIN EVASIÓN POSIBLE")
        // Paragraphs are single lines between blank lines.
        for (index, line) in lines.enumerated() where line.hasPrefix("# ") {
            #expect(index + 1 < lines.count && lines[index + 1].isEmpty)
        }
    }

    @Test("decisions.yaml reads back the decisions")
    func decisionsRoundTrip() throws {
        let sample = try MemoriasDecomposition.sample()
        let yaml = ReconstructedDecision.yaml(sample.decisions)
        #expect(try ReconstructedDecision.decisions(yaml: yaml, fileName: "decisions.yaml") == sample.decisions)
        #expect(yaml.contains("- note: \"I.11\"\n  at: \"Fue sin duda entre los seis y los ocho años\""))
    }
}
