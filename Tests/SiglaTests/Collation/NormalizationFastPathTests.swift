import Foundation
import TestSupport
import Testing

@testable import Sigla

/// The byte-level shortcuts of normalization give what the straightforward pipeline
/// (Foundation on `String`, `ReferenceForms`) gives, byte for byte.
@Suite struct NormalizationFastPathTests {
    /// Scalars that `CanonicalText.isKnownNFC` vouches for.
    static let vouchedScalars: [Unicode.Scalar] =
        (Array(0..<0xD800 as Range<UInt32>).prefix(0x300) + Array(0x2010...0x2027) + Array(0x2030...0x205E))
        .compactMap(Unicode.Scalar.init)

    @Test func everyScalarTakenForNFCIsItsOwnNFCAndAStarter() {
        for scalar in Self.vouchedScalars {
            let text = String(scalar)
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(scalar.value)")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(scalar.value)")
            // Nor does it compose with a letter before it.
            for base in ["a", "e", "A", "o", "u", "n", "i", "c"] {
                let pair = base + text
                #expect(pair.precomposedStringWithCanonicalMapping.utf8.elementsEqual(pair.utf8), "U+\(scalar.value)")
            }
        }
    }

    @Test func textsTakenForNFCAreNFC() {
        var random = SeededRandomNumberGenerator(seed: 11)
        let pieces = [
            "a", "é", "e\u{301}", "\u{301}", "ñ", "Å", "\u{212B}", "—", "…", "’", "«", "\u{2000}", "ǅ", "ω", "\u{1F71}",
            "K", "\u{212A}", "1", "-",
        ]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<8, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            if CanonicalText.isKnownNFC(text) {
                #expect(text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8), "\(text.debugDescription)")
            }
        }
        #expect(!CanonicalText.isKnownNFC("e\u{301}"))
        #expect(!CanonicalText.isKnownNFC("\u{212B}"))
        #expect(CanonicalText.isKnownNFC("«Más—dijo…»"))
    }

    @Test func internedIDsAreEqualExactlyForEqualStrings() {
        var random = SeededRandomNumberGenerator(seed: 14)
        let pieces = ["e", "é", "e\u{301}", "K", "\u{212A}", "Å", "\u{212B}", "A\u{30A}", "ñ", "n\u{303}", "—", "x", "ω\u{301}"]
        var texts: [String] = []
        for _ in 0..<3_000 {
            texts.append((0..<Int.random(in: 0..<4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        var interner = CanonicalInterner(capacity: 4)  // small, so that the table grows
        var idOf: [String: Int32] = [:]  // the oracle: Dictionary keys compare with ==
        for text in texts {
            let (id, isNew) = interner.intern(text)
            if let expected = idOf[text] {
                #expect(id == expected && !isNew, "\(text.debugDescription)")
            } else {
                #expect(isNew && Int(id) == idOf.count, "\(text.debugDescription)")
                idOf[text] = id
            }
            #expect(interner.id(of: text) == id)
        }
        #expect(interner.count == idOf.count)
        #expect(interner.id(of: "never interned") == nil)
    }

    /// The collator takes the first witness's interner over when its texts are NFC and
    /// looks the other witnesses' texts up in it by their bytes: canonically equal words
    /// must still agree whichever witness is NFC, and tokens keep their own bytes.
    @Test func sharedTextIDsDoNotDependOnWhichWitnessIsNFC() throws {
        let composed = "el caf\u{E9} d\u{E9}bil"
        let decomposed = "el cafe\u{301} de\u{301}bil"
        for (a, b) in [(composed, decomposed), (decomposed, composed), (composed, composed), (decomposed, decomposed)] {
            for settings in [NormalizationSettings(), NormalizationSettings(unicodeNormalization: false)] {
                let collation = try Collator(configuration: CollationConfiguration(normalization: settings)).collate([
                    ("A", a), ("B", b + " y"),
                ])
                #expect(collation.variantLocations.count == 1, "\(a.debugDescription) \(b.debugDescription)")
                #expect(collation.witnesses[0].text.utf8.elementsEqual(a.utf8))
                #expect(collation.witnesses[1].text.utf8.elementsEqual((b + " y").utf8))
            }
        }
    }

    @Test func lowercasingMatchesTheStandardLibrary() {
        let latin1 = (0..<0x100 as Range<UInt32>).compactMap(Unicode.Scalar.init).map { String($0) }
        for text in latin1 {
            #expect(CanonicalText.lowercased(text).utf8.elementsEqual(text.lowercased().utf8), "\(text.debugDescription)")
        }
        var random = SeededRandomNumberGenerator(seed: 12)
        let pieces = latin1 + ["İ", "Σ", "ß", "Ǆ", "ÿ", "e\u{301}", "Ω"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<10, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(CanonicalText.lowercased(text).utf8.elementsEqual(text.lowercased().utf8), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        NormalizationSettings(),
        NormalizationSettings(ignoring: [.letterCase, .diacritics, .punctuation]),
        NormalizationSettings(
            ignoring: [.spelling, .letterCase], rules: [SpellingRule(pattern: "^mui$", replacement: "muy")]),
        NormalizationSettings(unicodeNormalization: false, joinsLineEndHyphenation: false, repairsLigatures: false),
        NormalizationSettings(unicodeNormalization: false),
    ])
    func formsMatchTheStraightforwardPipeline(settings: NormalizationSettings) {
        var random = SeededRandomNumberGenerator(seed: 13)
        let pieces = [
            "a", "re", "ex", "i", "o", "nes", "é", "e\u{301}", "Á", "ñ", "N", "!", "8", "-", "-\n", "- \n ", "\r\n",
            "’", "'", "É", "K", "\u{212A}", "ß", "İ", "mui", "Mui", "—", "…", "«", "1",
            "ç", "Ü", "ÿ", "Ø", "æ", "ª", "¿", "¡", "»", "·", "´", "¨", "\u{2010}\n", "- ", "-\t\r\nx", "\u{2010}",
        ]
        var texts = ["re-exiones", "reflexiones", "gris-azul", "gris", "azul", "clasi!cados", "La8ont", "con-\nquista"]
        for _ in 0..<1_500 {
            texts.append(
                (1...Int.random(in: 1...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        let words = texts.filter { TokenKind.classify($0) == .word }
        let fast = FormCache(settings: settings, words: words)
        let reference = ReferenceForms(settings: settings, words: words)
        let foldings: [Set<FormalDifference>] =
            [settings.ignoring, Set(FormalDifference.allCases)]
            + FormalDifference.allCases.map { Set(FormalDifference.allCases).subtracting([$0]) }
        for text in texts {
            let kind = TokenKind.classify(text)
            for folding in foldings {
                let expected = reference.form(text, kind, folding: folding)
                #expect(
                    fast.form(text, kind, folding: folding).utf8.elementsEqual(expected.utf8),
                    "\(text.debugDescription) folding \(folding.sorted())")
            }
            // The remembered forms are looked up by `String` equality, canonical equivalence:
            // a text may get the form of an equivalent one met first (`K` for the Kelvin sign).
            #expect(fast.key(text, kind) == reference.form(text, kind, folding: settings.ignoring))
            #expect(fast.folded(text, kind) == reference.form(text, kind, folding: Set(FormalDifference.allCases)))
        }
    }

    @Test func tableClassesAreThePropertyClasses() {
        for value in Array(0..<0x800 as Range<UInt32>) + Array(0x1F00..<0x2100) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(CharacterClass(scalar) == CharacterClass(byProperties: scalar), "U+\(value)")
        }
    }

    @Test func latinDiacriticsAreRemovedAsFoundationRemovesThem() {
        let latin1 = (0..<0x100 as Range<UInt32>).compactMap(Unicode.Scalar.init).map { String($0) }
        var random = SeededRandomNumberGenerator(seed: 15)
        var texts = latin1
        for _ in 0..<2_000 {
            texts.append(
                (0..<Int.random(in: 1..<8, using: &random)).map { _ in latin1.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            let fast = LatinDiacritics.removing(text)
            let expected = FormCache.removingDiacritics(text)
            #expect(fast?.utf8.elementsEqual(expected.utf8) == true, "\(text.debugDescription)")
        }
        #expect(LatinDiacritics.removing("Mañana") == "Manana")
        #expect(LatinDiacritics.removing("ﬁn") == nil)  // beyond Latin-1: the general way
    }

    @Test func joiningHyphenationOnBytesMatchesTheScalarWay() {
        var random = SeededRandomNumberGenerator(seed: 16)
        let pieces = ["con", "-", "\u{2010}", " ", "\t", "\n", "\r", "é", "—", "quista", "x"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0..<9, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(
                FormCache.joiningLineEndHyphenation(text).utf8.elementsEqual(
                    ReferenceForms.joiningLineEndHyphenation(text).utf8), "\(text.debugDescription)")
        }
        #expect(FormCache.joiningLineEndHyphenation("con-\n  quista") == "conquista")
        #expect(FormCache.joiningLineEndHyphenation("gris- azul") == "gris- azul")
    }

    /// The interner packs a text's bytes eight at a time either byte by byte or, inside a
    /// longer buffer, with one load: both must give one id per distinct byte string.
    @Test func internerGivesOneIDPerByteStringWhicheverWayItReads() {
        var random = SeededRandomNumberGenerator(seed: 17)
        let pieces = ["a", "é", "abcdefgh", "abcdefg", "x", "—", "ñandú", "12345678", "-\n"]
        var interner = TextInterner(capacity: 2)  // small, so that the table and the arena grow
        var idOf: [[UInt8]: Int32] = [:]  // the oracle: arrays of bytes
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1..<5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let bytes = Array(text.utf8)
            // The text alone, then inside a longer buffer read past its end.
            let padded = bytes + Array("tail of the witness".utf8)
            let alone = bytes.withUnsafeBufferPointer { interner.intern($0) }
            let inside = padded.withUnsafeBufferPointer {
                interner.intern(UnsafeBufferPointer(rebasing: $0[0..<bytes.count]), readable: $0.count)
            }
            #expect(alone == inside, "\(text.debugDescription)")
            if let expected = idOf[bytes] {
                #expect(alone == expected, "\(text.debugDescription)")
            } else {
                #expect(Int(alone) == idOf.count, "\(text.debugDescription)")
                idOf[bytes] = alone
            }
            #expect(interner.texts[Int(alone)] == text)
        }
        #expect(interner.count == idOf.count)
        #expect(Array("never".utf8).withUnsafeBufferPointer { interner.id(of: $0) } == nil)
    }

    /// Interners are values: a copy does not see what the original learns later.
    @Test func copiesOfAnInternerAreIndependent() {
        func intern(_ text: String, _ interner: inout TextInterner) -> Int32 {
            Array(text.utf8).withUnsafeBufferPointer { interner.intern($0) }
        }
        var original = TextInterner(capacity: 1)
        _ = intern("uno", &original)
        var copy = original
        #expect(intern("dos", &copy) == 1)
        #expect(intern("tres", &original) == 1)
        #expect(original.count == 2 && copy.count == 2)
        #expect(Array("dos".utf8).withUnsafeBufferPointer { original.id(of: $0) } == nil)
        #expect(Array("tres".utf8).withUnsafeBufferPointer { copy.id(of: $0) } == nil)
    }
}
