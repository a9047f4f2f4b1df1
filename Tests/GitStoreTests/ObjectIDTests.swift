import Foundation
import GitStore
import Testing

@Suite("Object ids")
struct ObjectIDTests {
    @Test("hex round-trips; upper case is accepted and spelled lower case")
    func hexRoundTrip() throws {
        let hex = "0123456789abcdef0123456789abcdef01234567"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex)
        #expect(id.description == hex)
        #expect(id.short == "0123456")
        #expect(ObjectID(hex: hex.uppercased()) == id)
    }

    @Test(
        "anything but 40 hexadecimal digits is refused",
        arguments: [
            "", "0123456", "0123456789abcdef0123456789abcdef0123456", "0123456789abcdef0123456789abcdef012345678",
            "g123456789abcdef0123456789abcdef01234567", "0123456789abcdef0123456789abcdef0123456 ",
        ])
    func invalidHex(text: String) {
        #expect(ObjectID(hex: text) == nil)
    }

    @Test("different ids are different, and they hash as values")
    func hashing() throws {
        let a = try #require(ObjectID(hex: String(repeating: "a", count: 40)))
        let b = try #require(ObjectID(hex: String(repeating: "a", count: 39) + "b"))
        #expect(a != b)
        #expect(Set([a, b, a]).count == 2)
    }

    @Test("Codable as a hex string")
    func codable() throws {
        let id = try #require(ObjectID(hex: "89abcdef0123456789abcdef0123456789abcdef"))
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == "[\"89abcdef0123456789abcdef0123456789abcdef\"]")
        #expect(try JSONDecoder().decode([ObjectID].self, from: data) == [id])
    }
}
