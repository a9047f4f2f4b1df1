import Sigla
import Testing

/// The cases of the seed's asterisked notes: each yields the states the note describes.
@Suite("Seed cases in Sigla markup")
struct SeedCaseTests {
    func parse(_ markup: String) throws -> Transcription {
        try SiglaMarkup.parse(markup, fileName: "TS.txt")
    }

    @Test(
        "I:11*: the passage struck in black pencil is read before revision, not after; 'Reservar' is a marginal metamark"
    )
    func struckPassageWithReservar() throws {
        let ts = try parse(SeedCases.reservar)
        let ac = ts.state(.beforeRevision).text
        let pc = ts.state(.afterRevision).text
        #expect(ac.contains("Había resistido tenazmente al mal y me había librado de él."))
        #expect(!pc.contains("Había resistido tenazmente"))
        #expect(!pc.contains("malhechor"))
        #expect(pc.contains("tendrás hambre.\n\nMi primera gran experiencia de hambre"))
        #expect(!ac.contains("Reservar") && !pc.contains("Reservar"))

        let deletion = try #require(ts.events.first { if case .deletion = $0.kind { true } else { false } })
        #expect(deletion.medium == "lápiz negro")
        #expect(deletion.hand == "Serge")
        let metamark = try #require(ts.events.first)
        #expect(metamark.kind == .metamark("Reservar", place: .margin))
    }

    @Test("I:27*: the sentence Serge suppressed is in TS-ac only")
    func suppressedSentence() throws {
        let ts = try parse(SeedCases.suppressedSentence)
        #expect(ts.state(.beforeRevision).text.contains("No poseo nada. Varias veces he sido cubierto de lodo"))
        #expect(ts.state().text.contains("No poseo nada. Detrás de nosotros una revolución victoriosa"))
    }

    @Test("II:8*: corrected in ink (stage 1), then struck in blue pencil (stage 2): three distinct states")
    func inkThenBluePencil() throws {
        let ts = try parse(SeedCases.inkThenBluePencil)
        #expect(ts.stages == [1, 2])
        #expect(ts.distinctStates == [.beforeRevision, .afterStage(1), .afterRevision])
        let ac = ts.state(.beforeRevision).text
        let stage1 = ts.state(.afterStage(1)).text
        let pc = ts.state(.afterRevision).text
        #expect(Set([ac, stage1, pc]).count == 3)
        #expect(!ac.contains("arrastraba"))
        #expect(stage1.contains("la guerra olvidada desde 1870, arrastraba a las multitudes."))
        #expect(!pc.contains("En realidad"))
        #expect(pc.contains("es el viento». Nosotros estuvimos contra la guerra"))
        #expect(ts.state(.afterStage(2)).text == pc)

        let media = ts.events.filter(\.kind.isRevision).map { [$0.medium ?? "", String($0.effectiveStage)] }
        #expect(media == [["lápiz azul", "2"], ["tinta", "1"]])
    }

    @Test("I:181*: a marginal addition the editor placed is read after revision and says who placed it")
    func editorPlacedAddition() throws {
        let ts = try parse(SeedCases.editorPlacedAddition)
        let addition = try #require(ts.events.first)
        guard case .addition(_, let place, let placedBy) = addition.kind else {
            Issue.record("expected an addition, got \(addition.kind.name)")
            return
        }
        #expect(place == .top)
        #expect(placedBy == .editor)
        #expect(ts.state().text.hasPrefix("Durante el proceso, un caballero alrededor de la cincuentena"))
        #expect(ts.state(.beforeRevision).text.hasPrefix("Durante el proceso estábamos encerrados"))
    }

    @Test("IV:95*: «rasée» or «rosée», the first preferred, in every state")
    func uncertainReading() throws {
        let ts = try parse(SeedCases.raseeOrRosee)
        #expect(ts.events.map(\.kind) == [.uncertain(alternatives: ["rasée", "rosée"], preferred: 0)])
        for state in [WitnessState.beforeRevision, .afterRevision] {
            #expect(ts.state(state).text.contains("tenía el rostro rasée, rodeado"))
        }
        let preferringSecond = try parse("el rostro {??rasée|rosée??}[prefer=2]")
        #expect(preferringSecond.state().text == "el rostro rosée")
    }

    @Test("IV:102*: Serge's first wording «Tuvo un fin de vida» is TS-ac; TS-pc lacks the «fue» he never wrote")
    func firstWording() throws {
        let ts = try parse(SeedCases.firstWording)
        #expect(ts.state(.beforeRevision).text == "Tuvo un fin de vida verdaderamente trágico.")
        #expect(ts.state().text == "El fin de su vida verdaderamente trágico.")
    }

    @Test("IX:200*: Serge's note to himself is an author's note, not text of the work")
    func authorsNote() throws {
        let ts = try parse(SeedCases.authorsNote)
        let note = try #require(ts.events.first)
        guard case .note(let text, let by, _) = note.kind else {
            Issue.record("expected a note")
            return
        }
        #expect(by == .author)
        #expect(note.hand == "Serge")
        #expect(text.hasPrefix("Aquí se intercalará un capítulo nuevo de diez a quince páginas"))
        #expect(!ts.state().text.contains("Aquí se intercalará"))
        #expect(ts.state().text.hasSuffix("esos combatientes?"))
    }

    @Test("V1 exists only in the fragments the notes quote: lacuna marks bound them")
    func firstVersionFragments() throws {
        let v1 = try parse(SeedCases.firstVersionFragments)
        let kinds = v1.events.map(\.kind.name)
        #expect(kinds.filter { $0 == "lacuna start" }.count == 3)
        #expect(kinds.filter { $0 == "lacuna end" }.count == 2)
        let text = v1.state().text
        #expect(text.contains("los balances están hechos."))
        #expect(text.contains("a través de la inhumanidad del tiempo presente."))
        #expect(!text.contains("sólo se conoce"))
        #expect(v1.stages.isEmpty)
        #expect(v1.distinctStates == [.afterRevision])
    }

    @Test("The whole typescript: declared hand, every case, stages 1 and 2")
    func wholeTypescript() throws {
        let ts = try parse(SeedCases.typescript)
        #expect(
            ts.hands == [
                HandNote(id: "Serge", description: "Victor Serge: correcciones autógrafas sobre el mecanoscrito")
            ])
        #expect(ts.stages == [1, 2])
        let ac = ts.state(.beforeRevision).text
        #expect(ac.hasPrefix("pensarás, lucharás"))  // the hand line is not text
        #expect(ac.contains("Había resistido tenazmente"))
        #expect(!ts.state().text.contains("Había resistido tenazmente"))
    }

    @Test("The seed cases survive markup → model → markup")
    func seedCasesRoundTrip() throws {
        for markup in [SeedCases.typescript, SeedCases.firstVersionFragments] {
            let model = try parse(markup)
            let canonical = SiglaMarkup.serialize(model)
            #expect(try parse(canonical) == model)
            #expect(SiglaMarkup.serialize(try parse(canonical)) == canonical)
        }
    }
}
