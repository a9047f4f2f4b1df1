import Sigla
import Testing

/// Markup → model → markup gives the same model, and the serializer's text is canonical.
@Suite("Sigla markup round trips")
struct MarkupRoundTripTests {
    @Test(
        "Generated transcriptions: model → markup → model is the identity, and the markup is canonical",
        arguments: 0..<200)
    func generated(seed: UInt64) throws {
        var generator = TranscriptionGenerator(seed: seed)
        let model = generator.transcription()
        let markup = SiglaMarkup.serialize(model)
        let reread = try SiglaMarkup.parse(markup, fileName: "generated-\(seed).txt")
        #expect(reread == model, "markup:\n\(markup)")
        #expect(SiglaMarkup.serialize(reread) == markup)
        for state in [WitnessState.beforeRevision, .afterStage(2), .afterRevision] {
            #expect(reread.state(state).text == model.state(state).text)
        }
    }

    @Test("The generator behind these properties makes every kind of event, nested, with stages up to 4")
    func generatorCoverage() {
        var kinds = Set<String>()
        var nestedEvents = 0
        var stages = Set<Int>()
        for seed in UInt64(0)..<200 {
            var generator = TranscriptionGenerator(seed: seed)
            let model = generator.transcription()
            let events = model.events
            kinds.formUnion(events.map(\.kind.name))
            stages.formUnion(model.stages)
            let topLevel = model.nodes.filter { if case .event = $0 { true } else { false } }.count
            nestedEvents += events.count - topLevel
        }
        #expect(kinds.count == 12, "\(kinds)")  // 11 kinds, notes counted by author and transcriber
        #expect(nestedEvents > 200)
        #expect(stages == [1, 2, 3, 4])
    }

    @Test("Hand-written markup becomes canonical: defaults dropped, attributes ordered, values quoted only when needed")
    func canonicalForm() throws {
        let written = "{??a|b??}[prefer=1] {--x--}[stage=2 medium=\"tinta\" hand=Serge] {>>n<<}[by=transcriber]"
        let canonical = SiglaMarkup.serialize(try SiglaMarkup.parse(written, fileName: "a.txt"))
        #expect(canonical == "{??a|b??} {--x--}[hand=Serge medium=tinta stage=2] {>>n<<}")
    }

    @Test("Escapes: braces, backslashes and a bracket right after a mark are text")
    func escapes() throws {
        let model = try SiglaMarkup.parse(#"a \{++no++\} {--b--}\[sic] c\\d \q"#, fileName: "e.txt")
        #expect(model.state(.beforeRevision).text == #"a {++no++} b[sic] c\d \q"#)
        #expect(model.events.count == 1)
        #expect(SiglaMarkup.serialize(model) == #"a \{++no++\} {--b--}\[sic] c\\d \\q"#)
    }
}
