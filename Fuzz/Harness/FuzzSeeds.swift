import Foundation
import Sigla
import Yams

/// The starting inputs of each fuzzer, cut from the real samples: the Memorias witnesses
/// (`Editions/memorias`), the printed edition (`../shared/seed/memorias.txt`), and what
/// Sigla itself writes (TEI, `sigla.yaml`, decision records). `Scripts/fuzz.sh
/// --write-corpus` saves them in `Fuzz/Corpus/<target>/`, where the tests read them.
public enum FuzzSeeds {
    /// The largest seed: mutants of small inputs reach more code per second.
    public static let maximumSeedSize = 4_096

    /// Seeds for `target`.
    ///
    /// - Parameters:
    ///   - packageRoot: the Sigla package (for `Editions/memorias`).
    ///   - seedFile: the printed edition's text, if at hand (for `printed`).
    public static func make(for target: FuzzTarget, packageRoot: String, seedFile: String?) -> [[UInt8]] {
        let memorias = packageRoot + "/Editions/memorias"
        let ts = (try? String(contentsOfFile: memorias + "/witnesses/TS.txt", encoding: .utf8)) ?? ""
        let v1 = (try? String(contentsOfFile: memorias + "/witnesses/V1.txt", encoding: .utf8)) ?? ""
        let markup = markupSeeds(ts: ts, v1: v1)
        switch target {
        case .markup:
            return markup.map { Array($0.utf8) }
        case .tei:
            return markup.compactMap { text in
                (try? SiglaMarkup.parse(text, fileName: "seed")).map { Array(TEITranscription.document(for: $0).utf8) }
            }.filter { $0.count <= maximumSeedSize * 2 } + [Array(handWrittenTEI.utf8)]
        case .configuration:
            return [Array(richConfiguration.utf8), Array(minimalConfiguration.utf8)]
        case .collatex:
            return collateXSeeds(markup)
        case .printed:
            return printedSeeds(seedFile)
        case .decision:
            return decisionSeeds()
        case .recipeManifest:
            let manifest = (try? String(contentsOfFile: memorias + "/edition.yaml", encoding: .utf8)) ?? ""
            return [Array(manifest.utf8), Array(FuzzChecks.fixedManifest.utf8)].filter { !$0.isEmpty }
        case .recipeDecisions:
            let decisions = (try? String(contentsOfFile: memorias + "/decisions.yaml", encoding: .utf8)) ?? ""
            let entries = paragraphs(of: decisions, separator: "\n\n- ").filter { !$0.hasPrefix("#") }
            return [Array(decisions.utf8.prefix(maximumSeedSize * 2))]
                + entries.prefix(6).map { Array(("- " + $0).utf8) }
        }
    }

    // MARK: Markup

    /// The head of TS (hand declaration, transcriber's note, first heading), every paragraph
    /// of TS holding a mark (up to 12, each of its own kind first), V1, and three
    /// hand-written pieces using every mark and attribute.
    static func markupSeeds(ts: String, v1: String) -> [String] {
        var seeds: [String] = []
        let tsParagraphs = paragraphs(of: ts, separator: "\n\n")
        seeds.append(tsParagraphs.prefix(3).joined(separator: "\n\n"))
        var kinds: Set<String> = []
        var marked: [String] = []
        for paragraph in tsParagraphs.dropFirst(3) where paragraph.utf8.count <= maximumSeedSize {
            let opener = ["{++", "{--", "{~~", "{>>", "{??", "{##", "{!!", "{::", "{^^"].first {
                paragraph.contains($0)
            }
            guard let opener else { continue }
            if kinds.insert(opener).inserted { marked.insert(paragraph, at: 0) } else { marked.append(paragraph) }
        }
        seeds += marked.prefix(12)
        if !v1.isEmpty { seeds.append(String(v1.utf8.prefix(maximumSeedSize)) ?? v1) }
        seeds += handWrittenMarkup
        return seeds.filter { !$0.isEmpty }
    }

    static let handWrittenMarkup = [
        """
        {::hand::}[id=Serge description="Victor Serge"]
        # I. Infancia

        {!!Reservar!!}[place=margin]{--Había resistido tenazmente al mal.--}[hand=Serge medium="lápiz negro" stage=1] \
        Un {~~empleado~>empleo~~}[hand=Serge stage=2] y {++otra cosa++}[place=above] {??rasée|rosée??}[prefer=1].
        """,
        """
        Texto {##2 palabras##} con {>>una nota<<}[by=author place=bottom] y {^^lo restaurado^^}[stage=3] \
        {--tachado {++añadido++}[stage=1] dentro--}[stage=2 colour=azul].
        {::hand-shift::}[hand=Serge] {::lacuna-start::}{::lacuna-end::} \\{no es marca\\} \\\\ fin.
        """,
        "a{--b{--c{--d--}--}--}e {~~x~>{++y++}~~} \\[sic]\r\nline two\n",
    ]

    // MARK: TEI

    static let handWrittenTEI = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title>TS</title></titleStmt><publicationStmt><p/></publicationStmt>
          <sourceDesc><p/></sourceDesc></fileDesc><profileDesc><handNotes><handNote xml:id="Serge">Victor Serge</handNote>
          </handNotes></profileDesc></teiHeader>
          <text><body><div><p>Un <subst hand="#Serge" seq="2"><del>empleado</del><add place="above">empleo</add></subst>
          y <choice><unclear cert="high">rasée</unclear><unclear>rosée</unclear></choice> <gap extent="2 words"/>
          <metamark place="margin">Reservar</metamark><del hand="#Serge">tachado</del><note type="author">n</note>
          <lb/><handShift new="#Serge"/><restore>r</restore> &amp; &#x41; <![CDATA[<raw>]]></p></div></body></text>
        </TEI>
        """

    // MARK: sigla.yaml

    static let minimalConfiguration = """
        sigla: 1
        title: Memorias
        """

    static let richConfiguration = """
        # Sigla edition. Plain YAML: edit it by hand or with `sigla` commands.
        sigla: 1
        title: Memorias de un revolucionario
        editors:
        - name: Jean Rière
          email: jean@example.org
        base: TS
        witnesses:
        - siglum: TS
          title: Mecanoscrito revisado por el autor
          kind: typescript
          date: "1945"
          note: 'Con las correcciones autógrafas: «Reservar».'
          file: witnesses/TS.txt
          format: markup
        - siglum: V1
          title: Primera versión
          kind: print
          file: witnesses/V1.xml
          format: tei
        collation:
          normalization:
            ignore: [case, diacritics, punctuation]
            nfc: true
            hyphenation: true
            ligatures: true
            rules:
            - pattern: "ph"
              replacement: "f"
          near-match: true
          near-match-threshold: 0.5
        signs:
          restored: brackets
        apparatus:
          language: spanish
          type: positive
        notes: |
          Cite as: Serge, Memorias.
        """

    // MARK: CollateX

    /// Pairs of witnesses made from the markup seeds' states (before and after revision),
    /// as `content` and as `tokens`.
    static func collateXSeeds(_ markup: [String]) -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for (index, text) in markup.enumerated() {
            guard let transcription = try? SiglaMarkup.parse(text, fileName: "seed") else { continue }
            let before = String(transcription.state(.beforeRevision).text.prefix(600))
            let after = String(transcription.state(.afterRevision).text.prefix(600))
            let object: [String: Any]
            if index.isMultiple(of: 2) {
                object = ["witnesses": [["id": "TS-ac", "content": before], ["id": "TS", "content": after]]]
            } else {
                let tokens = after.split(separator: " ").prefix(60).map { ["t": $0 + " ", "n": $0.lowercased()] }
                object = ["witnesses": [["id": "A", "content": before], ["id": "B", "tokens": tokens]]]
            }
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                seeds.append(Array(data))
            }
        }
        return seeds
    }

    // MARK: Printed edition

    /// Stretches of the printed edition: the end of the front matter with chapter I (its
    /// heading, first pages and footnotes), chapter II alone (the importer accepts the next
    /// chapter when one is missing), and the first pages of chapters I–III with the end of
    /// the book (back matter). The importer needs chapters in order from I.
    static func printedSeeds(_ seedFile: String?) -> [[UInt8]] {
        guard let seedFile, let text = try? String(contentsOfFile: seedFile, encoding: .utf8) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let numerals = ["I", "II", "III"]
        let headings = numerals.compactMap { numeral in
            lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == numeral }
        }
        guard headings.count == numerals.count else { return [] }
        func window(_ start: Int, _ count: Int) -> String {
            lines[max(0, start)..<min(lines.count, start + count)].joined(separator: "\n") + "\n"
        }
        let seeds = [
            window(headings[0] - 8, 110),
            window(headings[1] - 4, 110),
            headings.map { window($0 - 2, 40) }.joined() + window(lines.count - 60, 60),
        ]
        return seeds.map { Array($0.utf8) }
    }

    // MARK: Decision records

    /// Records as the edition writes them, one per action.
    static func decisionSeeds() -> [[UInt8]] {
        guard let section = SectionID("I") else { return [] }
        let location = LocationID(section: section, sentence: 27, ordinal: 1)
        let readings = [Decision.Reading(state: "TS", text: ""), .init(state: "TS-ac", text: "Varias veces.")]
        let decisions = [
            Decision(
                location: location, baseStart: 71, baseEnd: 71, lemma: "", readings: readings, action: .adopt,
                adopted: "TS-ac", text: "Varias veces.", sign: .brackets, category: .restoration,
                justification: "Frase suprimida por Serge, pero conservada.", editor: "Jean Rière <jean@example.org>",
                date: "2018-09-15T00:00:00Z"),
            Decision(
                location: location, baseStart: 125, baseEnd: 136, lemma: "grupo era", readings: [], action: .emend,
                text: "grupo revolucionario era", sign: .none, category: .emendation, justification: "Lapsus.",
                editor: "Jean Rière <jean@example.org>", date: "2018-09-15T00:00:00Z"),
            Decision(
                location: location, baseStart: 0, baseEnd: 20, lemma: "Fue sin duda entre l", readings: readings,
                action: .keep, text: "Fue sin duda entre l", sign: .none, category: .annotation, justification: "Así.",
                editor: "Jean Rière <jean@example.org>", date: "2018-09-15T00:00:00Z", anchor: "los seis"),
            Decision(
                location: location, baseStart: 50, baseEnd: 50, lemma: "", readings: readings, action: .supply,
                source: "V1", text: "los ojos grises ", sign: .brackets, category: .restoration,
                justification: "De V1.", editor: "Jean Rière <jean@example.org>", date: "2018-09-15T00:00:00Z"),
        ]
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        return decisions.compactMap { try? encoder.encode($0) }.map { Array($0.utf8) }
    }

    // MARK: Helpers

    static func paragraphs(of text: String, separator: String) -> [String] {
        text.components(separatedBy: separator).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
