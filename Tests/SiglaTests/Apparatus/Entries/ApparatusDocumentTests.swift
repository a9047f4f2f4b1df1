import Foundation
import Sigla
import Testing

/// The apparatus model built from an edition: what an exporter is given.
@Suite("Apparatus document built from an edition")
struct ApparatusDocumentTests {
    func entry(_ document: ApparatusDocument, _ location: String) throws -> ApparatusEntry {
        try #require(document.entries.first { $0.location.description == location }, "no entry \(location)")
    }

    @Test(
        "A struck sentence restored in brackets: its lemma, its witnesses a.c., the deletion with hand, medium and the mark in the margin"
    )
    func restoredSentence() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        let entry = try entry(document, "I.2/1")
        #expect(entry.citation == "I.2a")
        #expect(
            entry.lemma.text
                == "[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]")
        #expect(entry.lemma.shortened == "[Varias veces … la verdad.]")
        #expect(
            entry.lemma.unsigned
                == "Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.")
        #expect(!entry.lemma.isBaseReading)
        #expect(entry.lemma.witnesses == [WitnessReference(state: "TS-ac", siglum: "TS", correction: .before)])

        let section = try #require(document.sections.first { $0.id == entry.section })
        #expect(section.text(entry.range) == entry.lemma.text)

        let struck = try #require(entry.readings.first { $0.notations == [.deletion] })
        #expect(struck.witnesses == [WitnessReference(state: "TS", siglum: "TS")])
        #expect(struck.text.isEmpty)
        let deletion = try #require(struck.revisions.first { $0.kind == .deletion })
        #expect(deletion.applied && deletion.hand == "Serge" && deletion.medium == "lápiz negro")
        #expect(deletion.text == entry.lemma.unsigned)
        let mark = try #require(struck.revisions.first { $0.kind == .metamark })
        #expect(mark.text == "Reservar" && mark.place == "margin")

        let omitted = try #require(entry.readings.first { $0.notations == [.omission] })
        #expect(omitted.witnesses.map(\.siglum) == ["V1"])

        let decision = try #require(entry.decision)
        #expect(decision.category == .suppressionKept && decision.action == .adopt && decision.sign == .brackets)
        #expect(decision.justification == "Frase suprimida por Serge, pero conservada por ser exacta.")
        #expect(decision.editorName == "Jean Rière" && decision.date.hasPrefix("2018-09-10"))
        let made = try sample.edition.log(location: "I.2/1").first
        #expect(decision.commit != nil && decision.commit == made?.commit)
    }

    @Test("An emendation is the editor's correction; a conjecture is coni.; supplied text names its witness")
    func editorsText() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        let emended = try entry(document, "I.4/e1")
        #expect(emended.lemma.text == "institutor" && emended.lemma.notations == [.correction])
        #expect(emended.lemma.witnesses.isEmpty)
        #expect(emended.readings.map(\.text) == ["empleado"] && emended.readings[0].witnesses.map(\.siglum) == ["TS"])
        #expect(emended.decision?.editorName == "Ana Editora")

        let conjecture = try #require(document.entries.first { $0.decision?.category == .conjecture })
        #expect(conjecture.lemma.text == SampleApparatusEdition.conjecture)
        #expect(conjecture.lemma.notations == [.conjecture])
        #expect(Set(conjecture.readings.map(\.text)) == ["subió", "bajó"])

        let supplied = try #require(document.entries.first { $0.decision?.action == .supply })
        #expect(supplied.lemma.notations == [.supplied] && supplied.lemma.source == "V1")
        #expect(supplied.lemma.text == "Y nada más.")
        #expect(supplied.citation == "I.4a")
    }

    @Test("An undecided variant: the base reading is the lemma, states that agree are cited by the bare siglum")
    func undecidedVariant() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        let variant = try entry(document, "I.5/1")
        #expect(variant.decision == nil)
        #expect(variant.lemma.text == "el hombre" && variant.lemma.isBaseReading)
        #expect(variant.lemma.witnesses == [WitnessReference(state: "TS", siglum: "TS")])
        #expect(variant.readings.filter { !$0.agreesWithLemma }.map(\.text) == ["los hombres"])
        #expect(variant.printedReadings(.negative).map(\.text) == ["los hombres"])
        #expect(variant.printedReadings(.positive).map(\.text) == ["el hombre", "los hombres"])
    }

    @Test("A reading corrected by the author: a.c. and p.c. told apart, with the correction's hand and medium")
    func authorsCorrection() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        let first = try #require(document.entries.first { $0.section.rawValue == "II" })
        #expect(first.lemma.text == "El")
        let before = try #require(first.readings.first { !$0.agreesWithLemma })
        #expect(before.text == "Tuvo")
        #expect(before.witnesses == [WitnessReference(state: "TS-ac", siglum: "TS", correction: .before)])
        let after = try #require(first.readings.first { $0.agreesWithLemma })
        #expect(after.witnesses.map(\.state) == ["TS", "V1"])
        #expect(after.witnesses.first?.correction == .after)
        let correction = try #require(after.revisions.first)
        #expect(correction.kind == .substitution && correction.applied && correction.medium == "tinta")
    }

    @Test("An edition with no decisions gives an apparatus of its variants")
    func noDecisions() throws {
        let sample = try SampleApparatusEdition(decided: false)
        let document = try sample.document()
        #expect(document.entries.count == (try sample.edition.locations().count))
        #expect(document.entries.allSatisfy { $0.decision == nil && $0.lemma.isBaseReading })
        let insertion = try entry(document, "I.2/1")
        #expect(insertion.isInsertionPoint)
        #expect(insertion.lemma.anchor == ApparatusAnchor(position: .post, word: "nada"))
        #expect(insertion.citation == "I.2")
        let added = try #require(insertion.readings.first { $0.notations == [.addition] })
        #expect(added.witnesses == [WitnessReference(state: "TS-ac", siglum: "TS", correction: .before)])
        #expect(added.revisions.contains { $0.kind == .deletion && !$0.applied && $0.medium == "lápiz negro" })
        for entry in document.entries {
            let section = try #require(document.sections.first { $0.id == entry.section })
            #expect(section.text(entry.range) == entry.lemma.text, "\(entry.location)")
        }
    }

    @Test(
        "Every entry's range holds its lemma; entries are in text order; sentences tile the text with their citations")
    func anchoring() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        let established = try sample.edition.establishedText()
        for section in document.sections {
            let entries = document.entries(in: section.id)
            #expect(entries.map(\.range) == entries.map(\.range).sorted())
            for entry in entries {
                #expect(section.text(entry.range) == entry.lemma.text, "\(entry.location)")
                // The lemma is the decision's text with its sign, or the base text's reading.
                if let decision = entry.decision {
                    let signed =
                        decision.sign == .brackets && !decision.text.isEmpty ? "[\(decision.text)]" : decision.text
                    #expect(entry.lemma.text == signed, "\(entry.location)")
                } else if !entry.isInsertionPoint {
                    let location = try #require(try sample.edition.locations().first { $0.id == entry.location })
                    #expect(entry.lemma.text == location.lemma, "\(entry.location)")
                }
            }
            let source = try #require(established.first { $0.id == section.id })
            #expect(section.text == source.text)
            #expect(section.sentences.map(\.citation) == source.sentences.map(\.citation))
            for sentence in section.sentences {
                #expect(section.text(sentence.range) == sentence.text)
                #expect(sentence.parts.first?.range.start == sentence.range.start)
                #expect(sentence.parts.last?.range.end == sentence.range.end)
            }
        }
        let first = try #require(document.sections.first)
        #expect(
            first.paragraphs.map { $0.sentences.map(\.citation) } == [
                ["I.1", "I.2", "I.2a", "I.3"], ["I.4", "I.4a", "I.5"],
            ])
        let restored = try #require(first.sentences.first { $0.citation == "I.2a" })
        #expect(restored.parts.map(\.source) == ["TS-ac"])
        #expect(restored.parts.first?.location?.description == "I.2/1")
    }

    @Test("Witnesses with their states; title, editors, notes, base and provenance")
    func header() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        #expect(document.schemaVersion == 1)
        #expect(document.title == "Memorias & <notas>")
        #expect(document.editors == [SampleApparatusEdition.jean])
        #expect(document.notes == "Edición de prueba: 100% {reconstruida}.")
        #expect(document.base == "TS")
        let ts = try #require(document.witness("TS"))
        #expect(ts.kind == .typescript && ts.date == "1943" && ts.hands.map(\.id) == ["Serge"])
        #expect(ts.states.map(\.name) == ["TS-ac", "TS-pc"])
        #expect(ts.states.map(\.reference) == ["TS-ac", "TS"])
        #expect(ts.states.map(\.description) == ["ante correctionem", "post correctionem"])
        let v1 = try #require(document.witness("V1"))
        #expect(!v1.hasRevisions && v1.states.map(\.name) == ["V1-pc"])
        let head = try sample.edition.log().first?.commit
        #expect(document.provenance.commit == head)
    }

    @Test("The conventions come from sigla.yaml; the words of the states follow its language")
    func conventionsFromConfiguration() throws {
        let sample = try SampleApparatusEdition()
        let path = sample.edition.root + "/sigla.yaml"
        var yaml = try String(contentsOfFile: path, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "language: latin", with: "language: spanish")
            .replacingOccurrences(of: "type: negative", with: "type: positive")
        #expect(yaml.contains("language: spanish") && yaml.contains("type: positive"))
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let reopened = try Edition.open(containing: sample.edition.root)
        let document = try reopened.apparatusDocument()
        #expect(
            document.conventions == ApparatusConventions(language: .spanish, type: .positive, restoredSign: .brackets))
        #expect(document.witness("TS")?.states.first?.description == "antes de las correcciones del autor")
        #expect(document.conventions.terms.omission == "omite")
    }

    @Test("The document survives a JSON round trip unchanged")
    func codableRoundTrip() throws {
        let sample = try SampleApparatusEdition()
        let document = try sample.document()
        let data = try JSONEncoder().encode(document)
        #expect(try JSONDecoder().decode(ApparatusDocument.self, from: data) == document)
    }
}
