import Foundation
import Testing

@testable import Sigla

@Suite("sigla.yaml: read, written, and its errors placed")
struct EditionConfigurationTests {
    static let sample = """
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
            date: "1943"
            file: witnesses/TS.txt
            format: markup
        apparatus:
          language: spanish
        """

    @Test("A hand-written file is read; what it leaves out takes the defaults")
    func readsHandWrittenFile() throws {
        let configuration = try EditionConfiguration(yaml: Self.sample, fileName: "sigla.yaml")
        #expect(configuration.title == "Memorias de un revolucionario")
        #expect(configuration.editors == [Person(name: "Jean Rière", email: "jean@example.org")])
        #expect(configuration.witnesses.map(\.siglum.rawValue) == ["TS"])
        #expect(configuration.witnesses[0].kind == .typescript)
        #expect(configuration.witnesses[0].date == "1943")
        #expect(configuration.apparatus.language == .spanish)
        #expect(configuration.apparatus.type == .negative)
        #expect(configuration.signs.restored == .brackets)
        #expect(configuration.collation == CollationConfiguration())
    }

    @Test("What Sigla writes, it reads back the same")
    func roundTrips() throws {
        var configuration = try EditionConfiguration(yaml: Self.sample, fileName: "sigla.yaml")
        configuration.collation.normalization.rules = [SpellingRule(pattern: "^mesmo$", replacement: "mismo")]
        configuration.collation.normalization.ignoring = [.letterCase, .diacritics]
        configuration.collation.nearMatching = false
        configuration.notes = "Testigos reconstruidos a partir de las notas: «Reservar».\nSegunda línea."
        let written = configuration.yaml()
        #expect(try EditionConfiguration(yaml: written, fileName: "sigla.yaml") == configuration)
        #expect(written.contains("title: Memorias de un revolucionario"))
    }

    @Test("A YAML syntax error names the file, line and column")
    func syntaxError() {
        let yaml = "sigla: 1\ntitle: [unclosed\neditors: []\n"
        let error = #expect(throws: ConfigurationError.self) { try EditionConfiguration(yaml: yaml, fileName: "ed/sigla.yaml") }
        #expect(error?.file == "ed/sigla.yaml")
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("ed/sigla.yaml:3:") == true)
    }

    @Test("An unknown key is refused at its line, with the keys that are known")
    func unknownKey() {
        let yaml = Self.sample.replacingOccurrences(of: "    kind: typescript", with: "    knd: typescript")
        let error = #expect(throws: ConfigurationError.self) { try EditionConfiguration(yaml: yaml, fileName: "sigla.yaml") }
        #expect(error?.line == 10)
        #expect(error?.problem.hasPrefix("unknown key 'knd' in 'witnesses[1]'") == true)
    }

    @Test("A value of the wrong kind is reported at its line")
    func wrongKind() {
        let yaml = Self.sample.replacingOccurrences(of: "kind: typescript", with: "kind: papyrus")
        let error = #expect(throws: ConfigurationError.self) { try EditionConfiguration(yaml: yaml, fileName: "sigla.yaml") }
        #expect(error?.line == 10)
        #expect(error?.problem == "'witnesses[1].kind': 'papyrus' is not one of: manuscript, typescript, print, edition, other")
    }

    @Test("The collation settings are read; a key they do not have is refused")
    func collationSettings() throws {
        let yaml = Self.sample + "\ncollation:\n  normalization:\n    ignore: [case, punctuation]\n  near-match: false\n"
        let configuration = try EditionConfiguration(yaml: yaml, fileName: "sigla.yaml")
        #expect(configuration.collation.normalization.ignoring == [.letterCase, .punctuation])
        #expect(configuration.collation.nearMatching == false)
        let misspelt = yaml.replacingOccurrences(of: "near-match:", with: "nearmatch:")
        let error = #expect(throws: ConfigurationError.self) { try EditionConfiguration(yaml: misspelt, fileName: "sigla.yaml") }
        #expect(error?.problem.hasPrefix("unknown key 'nearmatch' in 'collation'") == true)
    }

    @Test("A missing required key is reported")
    func missingKey() {
        let yaml = Self.sample.replacingOccurrences(of: "title: Memorias de un revolucionario\n", with: "")
        let error = #expect(throws: ConfigurationError.self) { try EditionConfiguration(yaml: yaml, fileName: "sigla.yaml") }
        #expect(error?.problem == "missing key 'title' at the top level")
    }

    @Test("An unsafe siglum in the file is refused")
    func unsafeSiglum() {
        let yaml = Self.sample.replacingOccurrences(of: "siglum: TS", with: "siglum: ../TS")
        let error = #expect(throws: ConfigurationError.self) { try EditionConfiguration(yaml: yaml, fileName: "sigla.yaml") }
        #expect(error?.line == 8)
        #expect(error?.problem.contains("contains '.'") == true)
    }

    @Test("A file from a newer Sigla is refused with the reason")
    func newerFormat() {
        let yaml = Self.sample.replacingOccurrences(of: "sigla: 1", with: "sigla: 7")
        let error = #expect(throws: ConfigurationError.self) { try EditionConfiguration(yaml: yaml, fileName: "sigla.yaml") }
        #expect(error?.line == 1)
        #expect(error?.problem.contains("update Sigla") == true)
    }
}
