import Foundation
import Sigla
import Testing

/// States of a witness and the map from their text back to the markup.
@Suite("Witness states and source map")
struct TranscriptionStateTests {
    let markup = "No poseo nada.\n{--Varias veces--}[stage=1] {~~Tuvo~>El~~}[stage=2] fin {##2 palabras##}."

    @Test("Each character of a state maps back to the line and column it was read from, and to its event")
    func sourceMap() throws {
        let ts = try SiglaMarkup.parse(markup, fileName: "TS.txt")
        let ac = ts.state(.beforeRevision)
        #expect(ac.text == "No poseo nada.\nVarias veces Tuvo fin .")
        let struck = try #require(ac.text.range(of: "Varias"))
        let offset = ac.text.utf8.distance(from: ac.text.startIndex, to: struck.lowerBound)
        let segment = try #require(ac.segments(atUTF8Offset: offset).first)
        #expect(segment.source == SourcePosition(utf8Offset: 18, line: 2, column: 4))
        let event = try #require(segment.eventIndex)
        #expect(ts.events[event].kind.name == "deletion")
        #expect(ac.text[segment.range].hasPrefix("Varias veces"))

        let pc = ts.state()
        #expect(pc.text == "No poseo nada.\n El fin .")
        let base = try #require(pc.segments(atUTF8Offset: 0).first)
        #expect(base.eventIndex == nil)
        #expect(base.source?.line == 1 && base.source?.column == 1)
        // The illegible passage leaves no text but an empty segment where it was.
        let illegible = try #require(pc.segments.first { $0.utf8Range.isEmpty })
        #expect(ts.events[illegible.eventIndex ?? -1].kind == .illegible(extent: "2 palabras"))
        #expect(illegible.source?.column == 57)
    }

    @Test("The segments cover the state text in order, with no gap")
    func segmentsCoverText() throws {
        var generator = TranscriptionGenerator(seed: 7)
        for _ in 0..<50 {
            let model = try SiglaMarkup.parse(SiglaMarkup.serialize(generator.transcription()), fileName: "g.txt")
            for state in [WitnessState.beforeRevision, .afterRevision] {
                let rendered = model.state(state)
                var covered = 0
                for segment in rendered.segments {
                    #expect(segment.utf8Range.lowerBound == covered)
                    covered = segment.utf8Range.upperBound
                    #expect(segment.source != nil)
                }
                #expect(covered == rendered.text.utf8.count)
            }
        }
    }

    @Test("After an escape the map still points at the right column")
    func escapesInSourceMap() throws {
        let ts = try SiglaMarkup.parse(#"ab\{cd"#, fileName: "e.txt")
        let state = ts.state()
        #expect(state.text == "ab{cd")
        let brace = try #require(state.segments(atUTF8Offset: 2).first)
        #expect(brace.source?.column == 4)  // the '{' after the backslash
        // 'c' continues linearly from the brace in the source, so it shares the brace's segment.
        #expect(state.segments(atUTF8Offset: 3) == [brace])
        #expect(state.text[brace.range] == "{cd")
        #expect(state.segments(atUTF8Offset: 0).first?.source?.column == 1)
    }

    @Test("A restoration cancels the deletions inside it from its stage on")
    func restoration() throws {
        let ts = try SiglaMarkup.parse("a {^^{--b--}[stage=1]^^}[stage=2] c", fileName: "r.txt")
        #expect(ts.state(.beforeRevision).text == "a b c")
        #expect(ts.state(.afterStage(1)).text == "a  c")
        #expect(ts.state().text == "a b c")
    }

    @Test("State names: TS-ac, TS-pc, TS-2 and a bare siglum read and print")
    func stateNames() throws {
        #expect(WitnessStateName("TS-ac") == WitnessStateName(siglum: "TS", state: .beforeRevision))
        #expect(WitnessStateName("TS-PC") == WitnessStateName(siglum: "TS", state: .afterRevision))
        #expect(WitnessStateName("TS-2") == WitnessStateName(siglum: "TS", state: .afterStage(2)))
        #expect(WitnessStateName("TS") == WitnessStateName(siglum: "TS", state: .afterRevision))
        #expect(WitnessStateName("MS-B")?.siglum == "MS-B")
        #expect(WitnessStateName("TS-0")?.siglum == "TS-0")
        #expect(WitnessStateName("-ac") == nil)
        #expect(WitnessStateName("") == nil)
        for name in ["TS-ac", "TS-pc", "V1-3", "MS-B-ac"] {
            #expect(WitnessStateName(name)?.description == name)
        }
        #expect(WitnessState(suffix: "ac") == .beforeRevision)
        #expect(WitnessState(suffix: "7")?.suffix == "7")
        #expect(WitnessState(suffix: "-1") == nil)
    }

    @Test("Format detection: TEI by extension or XML start, markup by its marks, plain otherwise")
    func formatDetection() throws {
        #expect(TranscriptionFormat.detect(fileName: "TS.xml", contents: "") == .tei)
        #expect(TranscriptionFormat.detect(fileName: "TS.txt", contents: "\n <?xml version=\"1.0\"?><TEI/>") == .tei)
        #expect(TranscriptionFormat.detect(fileName: "TS.txt", contents: "No poseo nada. {--Varias--}") == .markup)
        #expect(TranscriptionFormat.detect(fileName: "TS.txt", contents: "El fin de su vida [fue] {sic}") == .plain)
        let (plain, warnings) = try Transcription.parse(contents: "a {--b--}", format: .plain, fileName: "p.txt")
        #expect(plain.state().text == "a {--b--}")
        #expect(warnings.isEmpty)
        #expect(plain.serialized(as: .markup) == #"a \{--b--\}"#)
    }
}
