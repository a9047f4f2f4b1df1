import Sigla
import TestSupport
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test func concatenatingOriginalsGivesBackTheText() {
        let texts = [
            " Lo importante no es lo que han hecho de nosotros,\nsino lo que…  \n",
            "«¿Qué espera el proletariado francés?» — Se dice… ¡Basta!",
            "una con-\nquista incesante, clasi!cados, re-exiones, La8ont, d’un, 1905-1945, vivos,2* y",
            "\t\n", "", "x",
        ]
        for text in texts {
            #expect(tokenizer.tokenize(text).text == text)
        }
    }

    @Test func randomTextsRoundTripByteForByte() {
        var random = SeededRandomNumberGenerator(seed: 7)
        let pieces = [
            "a", "é", "Z", "1", "-", "\n", " ", "!", "8", "«", "»", "—", "…", "’", ".", ",", "\u{301}", "\t", "¿",
        ]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0..<40, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(tokenizer.tokenize(text).text == text, "\(text.debugDescription)")
        }
    }

    @Test func wordsNumbersAndPunctuationAreSeparateTokens() {
        let tokens = tokenizer.tokenize("«¿Vienes?» —dijo… 1947, Jean-Paul d’un").tokens
        #expect(
            tokens.map(\.text) == ["«", "¿", "Vienes", "?", "»", "—", "dijo", "…", "1947", ",", "Jean-Paul", "d’un"])
        #expect(
            tokens.map(\.kind) == [
                .punctuation, .punctuation, .word, .punctuation, .punctuation, .punctuation, .word, .punctuation,
                .number,
                .punctuation, .word, .word,
            ])
    }

    @Test func aWordBrokenAtALineEndIsOneToken() {
        let tokens = tokenizer.tokenize("una con-\nquista y media-\nNoche").tokens
        #expect(tokens.map(\.text) == ["una", "con-\nquista", "y", "media", "-", "Noche"])
        let unjoined = Tokenizer(joinsLineEndHyphenation: false).tokenize("con-\nquista").tokens
        #expect(unjoined.map(\.text) == ["con", "-", "quista"])
    }

    @Test func ligatureDamageStaysInsideTheWord() {
        let tokens = tokenizer.tokenize("clasi!cados !nlandeses de!nitiva ¡Basta! Ya!").tokens
        #expect(tokens.map(\.text) == ["clasi!cados", "!nlandeses", "de!nitiva", "¡", "Basta", "!", "Ya", "!"])
    }

    @Test func aFootnoteCallIsSplitFromItsWord() {
        let tokens = tokenizer.tokenize("quien,1 después vivos2* y").tokens
        #expect(tokens.map(\.text) == ["quien", ",", "1", "después", "vivos", "2", "*", "y"])
    }

    @Test func offsetsPointAtTheTokenInUTF8Bytes() {
        let text = "«Más» allá"
        let tokens = tokenizer.tokenize(text).tokens
        let bytes = Array(text.utf8)
        for token in tokens {
            let slice = bytes[token.offset..<(token.offset + token.text.utf8.count)]
            #expect(String(decoding: slice, as: UTF8.self) == token.text)
        }
    }
}

/// The table-driven scanner gives the tokens the scalar-by-scalar one gives.
@Suite struct TokenizerFastPathTests {
    @Test(arguments: [Tokenizer(), Tokenizer(joinsLineEndHyphenation: false, keepsLigatureDamage: false)])
    func tokensMatchTheStraightforwardScanner(tokenizer: Tokenizer) {
        var random = SeededRandomNumberGenerator(seed: 21)
        // One- and two-byte scalars of every class (letters, combining marks, digits,
        // NBSP and NEL, punctuation), and longer ones.
        let pieces = [
            "a", "Z", "é", "ñ", "Ω", "ж", "\u{301}", "\u{5D0}", "1", "\u{661}", "\u{A0}", "\u{85}", " ", "\n", "\r\n",
            "\t", "-", "\u{2010}", "!", "8", "'", "’", ".", ",", "«", "»", "¿", "—", "…", "\u{3000}", "字", "😀", "*",
            // Runs that the tokenizer's fast paths take: Latin words, ASCII marks.
            "palabra", "está", "Ñu", ";", "))", "\"", ":", "?",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0..<24, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let expected = ReferenceTokenizer.tokens(text, tokenizer: tokenizer)
            let tokens = tokenizer.tokenize(text).tokens
            #expect(tokens.count == expected.count, "\(text.debugDescription)")
            for (token, reference) in zip(tokens, expected) {
                #expect(
                    token.text.utf8.elementsEqual(reference.0.utf8)
                        && token.trailingWhitespace.utf8.elementsEqual(reference.1.utf8) && token.kind == reference.2
                        && token.offset == reference.3, "\(text.debugDescription)")
            }
        }
    }
}
