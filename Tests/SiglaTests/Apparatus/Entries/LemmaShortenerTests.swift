import Sigla
import Testing

@Suite("Long lemmata shortened first … last")
struct LemmaShortenerTests {
    @Test("Five words or fewer stay whole; more become two … two, the sign kept with its words")
    func lemma() {
        #expect(LemmaShortener.lemma.shortened("el hombre") == "el hombre")
        #expect(LemmaShortener.lemma.shortened("uno dos tres cuatro cinco") == "uno dos tres cuatro cinco")
        #expect(LemmaShortener.lemma.shortened("uno dos tres cuatro cinco seis") == "uno dos … cinco seis")
        #expect(
            LemmaShortener.lemma.shortened("[Varias veces he sido cubierto de lodo porque digo la verdad.]")
                == "[Varias veces … la verdad.]")
    }

    @Test("Line breaks and runs of spaces become single spaces")
    func whitespace() {
        #expect(LemmaShortener.lemma.shortened("  a\n\n b\tc ") == "a b c")
    }

    @Test("Readings keep more words: twelve, then three … three")
    func reading() {
        let words = (1...13).map(String.init)
        #expect(
            LemmaShortener.reading.shortened(words.prefix(12).joined(separator: " "))
                == words.prefix(12).joined(separator: " "))
        #expect(LemmaShortener.reading.shortened(words.joined(separator: " ")) == "1 2 3 … 11 12 13")
    }
}
