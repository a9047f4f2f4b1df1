import Foundation
import TestSupport
import Testing

@testable import Sigla

@Suite("Configuration cache: sigla.yaml kept in compact form")
struct ConfigurationCacheTests {
    /// A configuration with every field away from its default.
    static let full = {
        var configuration = EditionConfiguration(
            title: "Memorias «de un testigo»", editors: [Person(name: "Jean Rière", email: "jean@example.org")],
            base: "TS-ac",
            witnesses: [
                .init(
                    siglum: try! Siglum(validating: "TS"), title: "Mecanoscrito", kind: .typescript, date: "1970",
                    note: "Con lápiz",
                    file: "witnesses/TS.txt", format: .markup),
                .init(
                    siglum: try! Siglum(validating: "V1"), title: "Primera versión", file: "witnesses/V1.xml",
                    format: .tei),
            ],
            collation: CollationConfiguration(
                normalization: NormalizationSettings(
                    ignoring: [.letterCase, .punctuation], unicodeNormalization: false, joinsLineEndHyphenation: false,
                    repairsLigatures: false, rules: [SpellingRule(pattern: "^mui$", replacement: "muy")]),
                base: "TS", nearMatching: false, nearMatchThreshold: 0.35,
                transpositions: TranspositionSettings(
                    detects: false, longBlockLength: 7, longBlockContentTokens: 4, maximumDistance: 30,
                    singleWordMinimumLength: 5, singleWordMaximumDistance: 9)),
            signs: .init(restored: .angleBrackets),
            sentences: [
                "I": [.mergeAfterSentence(12), .keepTogether("J. Mesnil"), .splitSentence(3, atOffset: 40)],
                "II": [.splitAfterPhrase("dijo:")],
            ],
            apparatus: .init(language: .spanish, type: .positive), notes: "Cítese como…")
        configuration.formatVersion = 0
        return configuration
    }()

    @Test("a configuration with every field set reads back equal")
    func roundTrip() throws {
        var writer = CacheWriter()
        writer.write(Self.full)
        var reader = CacheReader(Data(writer.bytes))
        #expect(try reader.read(EditionConfiguration.self) == Self.full)
        #expect(reader.isAtEnd)
    }

    /// The kept form is written field by field: a field added to one of these types must
    /// be added to CacheArchive+Configuration.swift too, and this count with it.
    @Test("every field of the configuration's types is kept (update the counts with the archive)")
    func fieldsAreCounted() {
        func fields(_ value: Any) -> Int { Mirror(reflecting: value).children.count }
        let configuration = Self.full
        #expect(fields(configuration) == 10)
        #expect(fields(configuration.editors[0]) == 2)
        #expect(fields(configuration.witnesses[0]) == 7)
        #expect(fields(configuration.collation) == 5)
        #expect(fields(configuration.collation.normalization) == 5)
        #expect(fields(configuration.collation.normalization.rules[0]) == 2)
        #expect(fields(configuration.collation.transpositions) == 6)
        #expect(fields(configuration.signs) == 1)
        #expect(fields(configuration.apparatus) == 2)
        #expect(fields(configuration.sentences["I"]!) == 1)
    }

    @Test("an edition reads sigla.yaml edited by hand anew, and still reports its errors")
    func editedByHand() throws {
        let directory = try TemporaryDirectory(prefix: "configuration-cache")
        _ = try Edition.create(
            at: directory.path, title: "Memorias", editor: Person(name: "Jean Rière", email: "jean@example.org"))
        #expect(try Edition.open(containing: directory.path).configuration.title == "Memorias")
        #expect(FileManager.default.fileExists(atPath: directory.path + "/.git/sigla-cache/configuration.bin"))

        let path = directory.path + "/sigla.yaml"
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        try yaml.replacingOccurrences(of: "title: Memorias", with: "title: Memorias de un testigo")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Edition.open(containing: directory.path).configuration.title == "Memorias de un testigo")

        try (yaml + "titel: misspelt\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try Edition.open(containing: directory.path)
        } throws: { error in
            "\(error)".contains("titel")
        }
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Edition.open(containing: directory.path).configuration.title == "Memorias")
    }
}
