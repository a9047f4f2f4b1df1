import Testing

@testable import Sigla

@Suite("Scalar classes of the sentence splitter")
struct ScalarClassesTests {
    @Test("white space is Unicode's White_Space for every scalar, the fast ranges included")
    func whiteSpaceIsUnicodes() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isSentenceWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test("initials are single letters joined by periods or hyphens, ASCII or not")
    func initials() {
        for word in ["J", "J.-P", "A.N", "e.g", "J..P", "-J", "É.-M", "Ñ"] {
            #expect(SentenceScanner.isInitials(word), "\(word)")
        }
        for word in ["", ".", "Jo", "J.Po", "vida", "3", "J.3", "Éd", "p-ej"] {
            #expect(!SentenceScanner.isInitials(word), "\(word)")
        }
    }
}
