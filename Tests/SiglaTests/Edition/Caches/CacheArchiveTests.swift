import Foundation
import GitStore
import TestSupport
import Testing

@testable import Sigla

@Suite("Cache archive")
struct CacheArchiveTests {
    static let sampleLocation = EditionLocation(
        id: LocationID(section: SectionID("IV")!, sentence: 95, ordinal: 2), baseRange: 10..<42,
        lemma: "Los ojos «vivos» — ¿y duros?", readings: [.init(state: "TS", text: "vivos"), .init(state: "TS-ac", text: "")],
        kind: .omission, isSubstantive: true,
        adoptions: ["TS-ac": .init(baseRange: 10..<42, text: " "), "V1": .init(baseRange: 9..<9, text: "añadido ")],
        anchor: nil, readingRanges: ["TS": 0..<5, "TS-ac": 7..<7])

    static let sampleDecision = Decision(
        location: LocationID(section: SectionID("I")!, sentence: 27, ordinal: 1, isEditorial: true), baseStart: -3,
        baseEnd: 1_000_000, lemma: "", readings: [.init(state: "TS", text: "cubierto de lodo")], action: .supply,
        adopted: nil, source: "V1", text: "[Varias veces]\n\n", sign: .brackets, category: .firstVersion,
        justification: "Por ser exacta.", editor: "Jean Rière <jean@example.org>", date: "1978-03-01", anchor: "lodo")

    @Test("locations, decisions and base sections read back equal to what was written")
    func roundTrip() throws {
        var writer = CacheWriter()
        writer.write([Self.sampleLocation, Self.sampleLocation])
        writer.write([Self.sampleDecision])
        let section = BaseText(text: "# I. Infancia\n\nNací en 1880. Mi padre, J. Mesnil, era ¿médico?\n").sections
        writer.write(section)
        var reader = CacheReader(Data(writer.bytes))
        #expect(try reader.readArray(of: EditionLocation.self) == [Self.sampleLocation, Self.sampleLocation])
        #expect(try reader.readArray(of: Decision.self) == [Self.sampleDecision])
        let read = try reader.readArray(of: BaseText.Section.self)
        #expect(read.map(\.id) == section.map(\.id))
        #expect(read.map(\.text) == section.map(\.text))
        #expect(read.map(\.sentences) == section.map(\.sentences))
        #expect(read.map(\.title) == section.map(\.title))
        #expect(reader.isAtEnd)
    }

    @Test("a file cut short, of another kind, version or key is a miss, never a crash")
    func misses() throws {
        let directory = try TemporaryDirectory(prefix: "cache")
        let file = CacheFile<AnalysisCache.Decisions>(path: directory.path + "/d.bin", tag: "t", version: 1)
        file.store(.init([Self.sampleDecision]), key: "k")
        #expect(file.load(key: "k")?.decisions == [Self.sampleDecision])
        #expect(file.load(key: "other") == nil)
        #expect(CacheFile<AnalysisCache.Decisions>(path: file.path, tag: "t", version: 2).load(key: "k") == nil)
        #expect(CacheFile<AnalysisCache.Decisions>(path: file.path, tag: "u", version: 1).load(key: "k") == nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file.path))
        var random = SeededRandomNumberGenerator(seed: 7)
        for cut in 0..<bytes.count {
            try bytes.prefix(cut).write(to: URL(fileURLWithPath: file.path))
            #expect(file.load(key: "k") == nil, "cut at \(cut)")
            var damaged = bytes
            damaged[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            try damaged.write(to: URL(fileURLWithPath: file.path))
            _ = file.load(key: "k")  // any answer but a crash
        }
    }

    @Test("an established section reads back equal: text, parts, sentences with citations, and its file")
    func establishedSection() throws {
        let base = try #require(
            BaseText(text: "# I. Infancia\n\nNací en 1880. Mi padre era médico.\n\nLlegó la guerra. Todo cambió.\n")
                .sections.first)
        func decision(_ sentence: Int, _ lemma: String, _ text: String, sign: Decision.Sign) throws -> Decision {
            let start = try #require(base.text.range(of: lemma)).lowerBound.utf16Offset(in: base.text)
            let utf8Start = base.text.utf8.distance(
                from: base.text.startIndex, to: String.Index(utf16Offset: start, in: base.text))
            return Decision(
                location: LocationID(section: base.id, sentence: sentence, ordinal: 1), baseStart: utf8Start,
                baseEnd: utf8Start + lemma.utf8.count, lemma: lemma, readings: [.init(state: "TS", text: lemma)],
                action: .emend, adopted: nil, source: nil, text: text, sign: sign, category: .emendation,
                justification: "Así.", editor: "Jean Rière <jean@example.org>", date: "2026-12-02", anchor: nil)
        }
        let section = try EstablishedSection(
            base: base,
            decisions: [
                try decision(2, "médico", "boticario", sign: .brackets),
                try decision(3, "guerra.", "guerra. Nadie lo supo.", sign: .none),
            ])
        #expect(section.sentences.map(\.citation) == ["I.1", "I.2", "I.3", "I.3a", "I.4"])

        var writer = CacheWriter()
        writer.write(section)
        var reader = CacheReader(Data(writer.bytes))
        let read = try reader.read(EstablishedSection.self)
        #expect(reader.isAtEnd)
        #expect(read.id == section.id && read.title == section.title && read.text == section.text)
        #expect(read.parts == section.parts)
        #expect(read.sentences == section.sentences)
        #expect(read.fileContents == section.fileContents)
        #expect(read.fileContents.contains("Mi padre era [boticario].\n\nLlegó"))
    }

    @Test("a section of the base text is read alone, equal to that of the whole text")
    func baseBySection() throws {
        let directory = try TemporaryDirectory(prefix: "cache")
        let text = BaseText(text: "# I. Infancia\n\nNací en 1880. Era ¿médico?\n\n# II. Guerra\n\nLlegó la guerra.\n")
        let cache = AnalysisCache(gitDirectory: directory.path)
        cache.storeBase(text, key: "k")
        #expect(cache.loadBase(key: "k")?.sections.map(\.text) == text.sections.map(\.text))
        for section in text.sections {
            let alone = try #require(cache.loadBase(key: "k", section: section.id) ?? nil)
            #expect(alone.text == section.text && alone.sentences == section.sentences && alone.title == section.title)
        }
        let missing = try #require(cache.loadBase(key: "k", section: SectionID("IX")!), "kept, without section IX")
        #expect(missing == nil)
        #expect(cache.loadBase(key: "other", section: SectionID("I")!) == nil)
    }

    @Test("the locations of one section are read alone, equal to those of the whole set")
    func locationsBySection() throws {
        let directory = try TemporaryDirectory(prefix: "cache")
        var all: [EditionLocation] = []
        for (index, name) in ["I", "II", "I", "III", "II"].enumerated() {
            var location = Self.sampleLocation
            location.id = LocationID(section: SectionID(name)!, sentence: index + 1, ordinal: 1)
            all.append(location)
        }
        let cache = AnalysisCache(gitDirectory: directory.path)
        cache.storeLocations(all, key: "k")
        #expect(cache.loadLocations(key: "k") == all)
        for name in ["I", "II", "III", "IV"] {
            let section = SectionID(name)!
            #expect(cache.loadLocations(key: "k", section: section) == all.filter { $0.id.section == section })
        }
        #expect(cache.loadLocations(key: "other", section: SectionID("I")!) == nil)
    }
}
