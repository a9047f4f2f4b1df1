import Testing

@testable import Sigla

@Suite("Siglum: a safe short name for a witness")
struct SiglumTests {
    @Test("Ordinary sigla are accepted as written", arguments: ["TS", "MS", "V1", "E1978", "ms_b", "Σ", "α2"])
    func acceptsOrdinarySigla(name: String) throws {
        #expect(try Siglum(validating: name).rawValue == name)
    }

    @Test("Names that could escape the edition or clash with state names are refused")
    func refusesUnsafeNames() {
        #expect(throws: SiglumError.empty) { try Siglum(validating: "") }
        #expect(throws: SiglumError.forbiddenCharacter("../x", ".")) { try Siglum(validating: "../x") }
        #expect(throws: SiglumError.forbiddenCharacter("a/b", "/")) { try Siglum(validating: "a/b") }
        #expect(throws: SiglumError.forbiddenCharacter("T S", " ")) { try Siglum(validating: "T S") }
        #expect(throws: SiglumError.forbiddenCharacter("TS-ac", "-")) { try Siglum(validating: "TS-ac") }
        #expect(throws: SiglumError.mustStartWithLetter("1951")) { try Siglum(validating: "1951") }
        #expect(throws: SiglumError.tooLong(String(repeating: "A", count: 33))) {
            try Siglum(validating: String(repeating: "A", count: 33))
        }
    }

    @Test("The message says what is wrong and what a siglum may be")
    func messageExplains() {
        let error = SiglumError.forbiddenCharacter("T S", " ")
        #expect(error.description == "the siglum 'T S' contains a space: a siglum is a letter followed by letters, digits or '_' (e.g. TS, MS, V1)")
    }
}
