import Foundation
import Testing
import TestSupport

@Suite("sigla import printed, end to end")
struct ImportCommandTests {
    let sigla = try! SiglaBinary()

    @Test(
        "The seed edition: ten chapters and the 55 editorial notes, each bound to its call",
        .enabled(if: SharedMaterial.seed != nil, "needs ../shared/seed/memorias.txt")
    )
    func seed() throws {
        let seed = try #require(SharedMaterial.seed)
        let directory = try TemporaryDirectory()
        let json = try sigla.expectSuccess(["import", "printed", seed, "--json"], in: directory.path).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let chapters = try #require(object["chapters"] as? [[String: Any]])
        #expect(chapters.compactMap { $0["numeral"] as? String } == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"])
        let notes = try #require(object["notes"] as? [[String: Any]])
        let editorial = notes.filter { $0["editorial"] as? Bool == true }
        #expect(editorial.count == 55)
        #expect(editorial.allSatisfy { $0["callLine"] is Int })
        let note27 = try #require(editorial.first { $0["chapter"] as? Int == 1 && $0["number"] as? Int == 27 })
        #expect((note27["governedText"] as? String)?.contains("Varias veces he sido cubierto de lodo") == true)

        let text = try sigla.expectSuccess(["import", "printed", seed], in: directory.path).standardOutput
        #expect(text.contains("10 chapters, 1262 notes (55 editorial)"))
    }

    @Test("A file that is not a printed edition gets a clear error")
    func notAnEdition() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("notes.txt", text: "Solo unas líneas sin capítulos.\n")
        let result = try sigla.run(["import", "printed", file], in: directory.path)
        #expect(result.status == 1)
        #expect(result.standardError.contains(file))
    }
}
