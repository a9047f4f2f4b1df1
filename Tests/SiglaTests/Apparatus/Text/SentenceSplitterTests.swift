import Foundation
import Sigla
import Testing

/// The sentences of `text`, exactly as in the source.
private func sentences(_ text: String, _ splitter: SentenceSplitter = SentenceSplitter()) -> [String] {
    splitter.split(text).sentences.map { String($0.text) }
}

@Suite("Sentence splitter: terminators and closing marks")
struct SentenceTerminatorTests {
    @Test func periodQuestionAndExclamationEndSentences() {
        #expect(
            sentences("Pasamos un invierno difícil. ¿Cómo vivir? ¡Había hambre! Nadie lo dijo.")
                == ["Pasamos un invierno difícil.", "¿Cómo vivir?", "¡Había hambre!", "Nadie lo dijo."]
        )
    }

    @Test func closingGuillemetAfterTheTerminatorBelongsToTheSentence() {
        #expect(sentences("«Es tarde —dijo.» Después se fue.") == ["«Es tarde —dijo.»", "Después se fue."])
    }

    @Test func terminatorGuillemetAndPeriodTogether() {
        #expect(
            sentences("Preguntó: «¿Pero por qué haces todo eso, pobrecito mío?». Entonces la verdad estalló.")
                == ["Preguntó: «¿Pero por qué haces todo eso, pobrecito mío?».", "Entonces la verdad estalló."]
        )
    }

    @Test func quotesAndParenthesesCloseSentences() {
        #expect(sentences("He said, \"Go home.\" Then he left.") == ["He said, \"Go home.\"", "Then he left."])
        #expect(sentences("(Véase más abajo.) Luego vino.") == ["(Véase más abajo.)", "Luego vino."])
        #expect(sentences("Lo dijo “así.” Después calló.") == ["Lo dijo “así.”", "Después calló."])
    }

    @Test func aQuoteFollowedByACommaContinues() {
        #expect(sentences("«¿Vienes?», preguntó ella. Sí.") == ["«¿Vienes?», preguntó ella.", "Sí."])
    }

    @Test func textWithoutFinalTerminatorIsOneSentence() {
        #expect(sentences("Victor Serge, Carnets") == ["Victor Serge, Carnets"])
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(sentences("").isEmpty)
        #expect(sentences("  \n\n \t").isEmpty)
    }

    @Test func punctuationAloneDoesNotMakeASentence() {
        #expect(sentences("[…] Una venda de tela le tapaba la boca.") == ["[…] Una venda de tela le tapaba la boca."])
    }
}

@Suite("Sentence splitter: Spanish inverted marks and lowercase continuations")
struct SentenceInvertedMarkTests {
    @Test func questionFollowedByParenthesisAndLowercaseContinues() {
        let text =
            "Organizaba un plebiscito entre sus lectores: «¿Se le debe matar?» (estábamos bajo un "
            + "ministerio de Clemenceau). Unos desertores franceses nos traían el soplo."
        #expect(
            sentences(text) == [
                "Organizaba un plebiscito entre sus lectores: «¿Se le debe matar?» (estábamos bajo un "
                    + "ministerio de Clemenceau).",
                "Unos desertores franceses nos traían el soplo.",
            ]
        )
    }

    @Test func embeddedQuestionFollowedByLowercaseContinues() {
        #expect(
            sentences("«Es hermoso ¿verdad? ver morir a un hombre». Volví a ver a Jean.")
                == ["«Es hermoso ¿verdad? ver morir a un hombre».", "Volví a ver a Jean."]
        )
    }

    @Test func seriesOfLowercaseQuestionsIsOneSentence() {
        let text =
            "Los problemas comunes a todo hombre —¿qué hacer con una vida? ¿qué hacer de su vida? "
            + "¿qué sentido darle?—, sino que también obligan a reflexionar."
        #expect(sentences(text) == [text])
    }

    @Test func capitalisedQuestionsAreSentences() {
        #expect(
            sentences("¿Un simple testimonio? ¿Un «mensaje»? ¿Una «obra de arte»?")
                == ["¿Un simple testimonio?", "¿Un «mensaje»?", "¿Una «obra de arte»?"]
        )
    }

    @Test func closingParenthesisAfterQuestion() {
        #expect(sentences("(¿Quién lo sabe?) Nadie.") == ["(¿Quién lo sabe?)", "Nadie."])
        #expect(sentences("(¿Quién lo sabe?) y nadie contestó.") == ["(¿Quién lo sabe?) y nadie contestó."])
    }

    @Test func exclamationInsideQuotationEndsWhenACapitalFollows() {
        #expect(
            sentences("«¡Pero si no soy yo —dije—, es Silvia! ¡Lo sé todo, todo!». Silvia era una prima.")
                == ["«¡Pero si no soy yo —dije—, es Silvia!", "¡Lo sé todo, todo!».", "Silvia era una prima."]
        )
    }

    @Test func dialogueDashFollowedByLowercaseContinues() {
        #expect(sentences("—¡Vete! —dijo él. Y se fue.") == ["—¡Vete! —dijo él.", "Y se fue."])
    }
}

@Suite("Sentence splitter: ellipsis")
struct SentenceEllipsisTests {
    @Test func ellipsisBeforeCapitalEndsTheSentence() {
        #expect(
            sentences("Y decir que no ha terminado… Cerremos este paréntesis.")
                == ["Y decir que no ha terminado…", "Cerremos este paréntesis."]
        )
        #expect(sentences("Esperó... Nadie vino.") == ["Esperó...", "Nadie vino."])
    }

    @Test func ellipsisBeforeLowercaseContinues() {
        #expect(sentences("Le lavó los pies… y calló.") == ["Le lavó los pies… y calló."])
        #expect(sentences("Esperó... y nadie vino.") == ["Esperó... y nadie vino."])
    }

    @Test func ellipsisBeforeExclamationWithCapitalEnds() {
        #expect(
            sentences("se han ido alejando de nosotros… ¡Y esto ha sucedido antes!")
                == ["se han ido alejando de nosotros…", "¡Y esto ha sucedido antes!"]
        )
    }

    @Test func omissionMarkBeforeLowercaseContinues() {
        #expect(sentences("Todo este pasaje […] está tachado.") == ["Todo este pasaje […] está tachado."])
    }
}

@Suite("Sentence splitter: abbreviations")
struct SentenceAbbreviationTests {
    @Test(arguments: [
        "Véanse las pp. 377-386 de la edición.",
        "Témoins, Zurich, núm. 21, febrero 1956, pp. 39-41.",
        "Cf. R. Albert, «Les Riches contre la culture», Clarté, París.",
        "Serge, junto con J. Mesnil, A. Rosmer, etc., se opone aquí a la versión.",
        "El Sr. Pérez y la Sra. Gómez visitaron al Dr. Jekyll.",
        "M. Martinet y Mme. Paz llegaron a St. Louis.",
        "Nació a fines del s. XIX en Bruselas.",
        "Escrito c. 1900 en París, véase n. 3.",
        "Véase el vol. II de las Obras, t. XXV, p. 3.",
        "Serge, op. cit., p. 12; ed. cit., cap. IV.",
        "Véase p. ej. El año I de la revolución.",
        "Luego llegaron Pedro, Juan, etc. y todos se sentaron.",
    ])
    func abbreviationDoesNotEndTheSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func etcBeforeCapitalEndsTheSentence() {
        #expect(
            sentences("Vinieron Pedro, Juan, etc. Luego se fueron.") == [
                "Vinieron Pedro, Juan, etc.", "Luego se fueron.",
            ]
        )
    }

    @Test func opCitAndIbidMayEndASentence() {
        #expect(sentences("Véase Serge, op. cit. La obra es larga.") == ["Véase Serge, op. cit.", "La obra es larga."])
        #expect(sentences("Ibid. Cf. también la nota 3.") == ["Ibid.", "Cf. también la nota 3."])
    }

    @Test func abbreviationsMatchCapitalisedForms() {
        #expect(
            sentences("Cf. Franco Venturi. Núm. 21 de la revista.") == [
                "Cf. Franco Venturi.", "Núm. 21 de la revista.",
            ])
    }
}

@Suite("Sentence splitter: initials, numbers, dates and footnote calls")
struct SentenceInitialsAndNumbersTests {
    @Test(arguments: [
        "A. N. Afinoguenov llegó a Moscú.",
        "V. I. Lenin escribió el folleto.",
        "Lo dicen J.-P. Sartre y J.-J. Marie.",
        "por el estudiante s.-r. A. Leonid Kaneguisser (fusilado).",
    ])
    func initialsDoNotEndTheSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test(arguments: [
        "Eran 1.500 hombres y 20.000 mujeres.",
        "A las 15:20 llegó el tren.",
        "El 17.11.1947 murió en México.",
        "Murió el 17 de nov. de 1947 en México.",
        "3. El primer punto es este.",
        "IV. La revolución de octubre.",
        "Publicado en 1.º de mayo, el 2.ª edición.",
    ])
    func numbersAndDatesDoNotEndTheSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func yearAtTheEndOfASentence() {
        #expect(sentences("Nació en 1890. Murió en 1947.") == ["Nació en 1890.", "Murió en 1947."])
        #expect(sentences("Fue en 1923. 14 hombres murieron.") == ["Fue en 1923.", "14 hombres murieron."])
    }

    @Test func footnoteCallAfterThePeriodBelongsToTheSentence() {
        #expect(
            sentences("Varias veces porque digo la verdad.27 Detrás de nosotros una revolución.")
                == ["Varias veces porque digo la verdad.27", "Detrás de nosotros una revolución."]
        )
        #expect(
            sentences("Éramos socialistas: de la Joven Guardia.28 Salvados por la idea.")
                == ["Éramos socialistas: de la Joven Guardia.28", "Salvados por la idea."]
        )
        #expect(
            sentences("el zar Alejandro ii.2 El Partido publicó.") == ["el zar Alejandro ii.2", "El Partido publicó."])
    }

    @Test func footnoteCallWithAsteriskAfterBracketAndPeriod() {
        #expect(
            sentences("me había librado de él.]11* Mi primera gran experiencia.")
                == ["me había librado de él.]11*", "Mi primera gran experiencia."]
        )
    }

    @Test func superscriptFootnoteCall() {
        #expect(sentences("Lo dijo Lenin.¹² Después calló.") == ["Lo dijo Lenin.¹²", "Después calló."])
    }

    @Test func twoDigitsAfterAYearAreAFootnoteCall() {
        #expect(sentences("Murió en 1923.28 Luego vino otro.") == ["Murió en 1923.28", "Luego vino otro."])
    }
}

@Suite("Sentence splitter: restored text in square brackets")
struct SentenceBracketTests {
    @Test func bracketedSentenceIsOneSentenceWithItsBracket() {
        let text =
            "No poseo nada. [Varias veces he sido cubierto de lodo por una prensa de gran tirada porque "
            + "digo la verdad.] Detrás de nosotros una revolución victoriosa que dio mal resultado."
        #expect(
            sentences(text) == [
                "No poseo nada.",
                "[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]",
                "Detrás de nosotros una revolución victoriosa que dio mal resultado.",
            ]
        )
    }

    @Test func bracketOpenedSentencesEarlierClosesWithTheLastOne() {
        #expect(
            sentences("[Silvia era una prima. Había resistido al mal y me había librado de él.] Mi primera.")
                == ["[Silvia era una prima.", "Había resistido al mal y me había librado de él.]", "Mi primera."]
        )
    }

    @Test func editorialInsertionInsideASentence() {
        let text = "«En un cuarto desnudo, [Serge] estaba tendido sobre una vieja mesa.»"
        #expect(sentences(text) == [text])
    }
}

@Suite("Sentence splitter: paragraphs and white space")
struct SentenceParagraphTests {
    @Test func blankLineAlwaysEndsASentence() {
        let split = SentenceSplitter().split("MUNDO SIN EVASIÓN POSIBLE\n\nAun desde antes, el Sr.\n\nPérez llegó.")
        #expect(
            split.sentences.map(\.text) == ["MUNDO SIN EVASIÓN POSIBLE", "Aun desde antes, el Sr.", "Pérez llegó."])
        #expect(split.sentences.map(\.endsParagraph) == [true, true, true])
    }

    @Test func singleLineBreakIsOrdinaryWhiteSpace() {
        let split = SentenceSplitter().split("Aun desde antes de salir de la \ninfancia, me parece. Sentía\nrabia.")
        #expect(
            split.sentences.map(\.text) == ["Aun desde antes de salir de la \ninfancia, me parece.", "Sentía\nrabia."])
        #expect(split.sentences.map(\.endsParagraph) == [false, true])
        #expect(
            split.sentences.map(\.line) == ["Aun desde antes de salir de la infancia, me parece.", "Sentía rabia."])
    }

    @Test func lineFormCollapsesEveryKindOfLineBreakAndKeepsOtherWhiteSpace() {
        // \r\n, NEL, LS inside a sentence are breaks; a no-break space and «» are text.
        let split = SentenceSplitter().split(
            "«Sentía\r\nrabia» y\u{85}miedo\u{2028}a la vez. ¿Y\u{A0}usted?\tNo   sé.")
        #expect(split.sentences.map(\.line) == ["«Sentía rabia» y miedo a la vez.", "¿Y\u{A0}usted?", "No   sé."])
    }

    @Test func whiteSpaceOnlyLineIsAParagraphBreak() {
        let split = SentenceSplitter().split("Uno.\n  \t\nDos.")
        #expect(split.sentences.map(\.endsParagraph) == [true, true])
        #expect(split.sentences.first?.trailingWhitespace == "\n  \t\n")
    }

    @Test func windowsLineEndsAndParagraphSeparator() {
        let crlf = SentenceSplitter().split("Uno.\r\nDos.\r\n\r\nTres")
        #expect(crlf.sentences.map(\.text) == ["Uno.", "Dos.", "Tres"])
        #expect(crlf.sentences.map(\.endsParagraph) == [false, true, true])
        let separator = SentenceSplitter().split("Uno sin punto\u{2029}Dos")
        #expect(separator.sentences.map(\.text) == ["Uno sin punto", "Dos"])
        #expect(separator.sentences.first?.endsParagraph == true)
    }

    @Test func sentenceRecordsWhiteSpaceAroundIt() {
        let text = "  Uno.   Dos.\n\n\nTres.\n"
        let split = SentenceSplitter().split(text)
        #expect(split.leadingWhitespace == "  ")
        #expect(split.sentences.map(\.trailingWhitespace) == ["   ", "\n\n\n", "\n"])
        #expect(split.reassembled() == text)
        let dos = split.sentences[1]
        #expect(text[dos.range] == "Dos.")
    }
}

@Suite("Sentence splitter: French and English")
struct SentenceOtherLanguageTests {
    @Test func frenchGuillemetsWithSpacesAndMonsieur() {
        #expect(
            sentences("M. Dupont est arrivé. Il a dit : « Viens. » Puis il est parti.")
                == ["M. Dupont est arrivé.", "Il a dit : « Viens. »", "Puis il est parti."]
        )
    }

    @Test func frenchSpaceBeforeQuestionMark() {
        #expect(
            sentences("Vraiment\u{202F}? Oui, vraiment\u{00A0}! Bon.") == [
                "Vraiment\u{202F}?", "Oui, vraiment\u{00A0}!", "Bon.",
            ])
    }

    @Test func frenchAbbreviations() {
        #expect(
            sentences("MM. Durand et Mme. Curie, voir p. 12, c.-à-d. Paris.") == [
                "MM. Durand et Mme. Curie, voir p. 12, c.-à-d. Paris."
            ])
        #expect(
            sentences("Il mourut en 50 av. J.-C. Les Romains partirent.")
                == ["Il mourut en 50 av. J.-C.", "Les Romains partirent."]
        )
    }

    @Test func englishTitlesAndTimes() {
        #expect(
            sentences("Mr. Smith went to Washington. He arrived at 3 p.m. Then he slept.")
                == ["Mr. Smith went to Washington.", "He arrived at 3 p.m.", "Then he slept."]
        )
        #expect(
            sentences("Dr. Watson and Mrs. Hudson met on Nov. 17, 1947.") == [
                "Dr. Watson and Mrs. Hudson met on Nov. 17, 1947."
            ])
        #expect(sentences("Smith et al. (1990) show this.") == ["Smith et al. (1990) show this."])
    }

    @Test func numberAbbreviationOnlyBeforeNumbers() {
        #expect(sentences("See No. 5 and no. XII for details.") == ["See No. 5 and no. XII for details."])
        #expect(sentences("I said no. Then I left.") == ["I said no.", "Then I left."])
        #expect(sentences("Dije que no. Entonces se fue.") == ["Dije que no.", "Entonces se fue."])
    }

    @Test func capitalisedKeyMatchesOnlyItsSpelling() {
        // French `Me` (Maître) must not swallow English `me.`.
        #expect(sentences("He told me. Then he left.") == ["He told me.", "Then he left."])
    }
}

@Suite("Sentence splitter: languages and exceptions")
struct SentenceSplitterConfigurationTests {
    @Test func languagesChooseTheAbbreviations() {
        let text = "Véase el núm. XXI de la revista."
        #expect(sentences(text, SentenceSplitter(languages: [.spanish])) == [text])
        #expect(sentences(text, SentenceSplitter(languages: [.english])) == ["Véase el núm.", "XXI de la revista."])
    }

    @Test func exceptionsAddAnAbbreviation() {
        let text = "Vive en la Pza. Mayor de Madrid."
        #expect(sentences(text) == ["Vive en la Pza.", "Mayor de Madrid."])
        let splitter = SentenceSplitter(exceptions: .init(abbreviations: ["pza": .neverFinal]))
        #expect(sentences(text, splitter) == [text])
        #expect(splitter.abbreviationKind(of: "Pza.") == .neverFinal)
    }

    @Test func exceptionsRemoveAnAbbreviation() {
        let text = "Comimos col. Luego salimos."
        #expect(sentences(text) == [text])
        let splitter = SentenceSplitter(exceptions: .init(notAbbreviations: ["col"]))
        #expect(sentences(text, splitter) == ["Comimos col.", "Luego salimos."])
        #expect(splitter.abbreviationKind(of: "col") == nil)
    }

    @Test func exceptionsReclassifyAnAbbreviation() {
        let text = "Vinieron todos, etc. Luego salimos."
        let splitter = SentenceSplitter(exceptions: .init(abbreviations: ["etc": .neverFinal]))
        #expect(sentences(text) == ["Vinieron todos, etc.", "Luego salimos."])
        #expect(sentences(text, splitter) == [text])
    }

    @Test func splitterConfigurationRoundTripsThroughJSON() throws {
        let splitter = SentenceSplitter(
            languages: [.spanish, .french],
            exceptions: .init(abbreviations: ["pza": .neverFinal], notAbbreviations: ["col"])
        )
        let data = try JSONEncoder().encode(splitter)
        let decoded = try JSONDecoder().decode(SentenceSplitter.self, from: data)
        #expect(decoded == splitter)
        #expect(decoded.abbreviationKind(of: "pza") == .neverFinal)
    }
}
