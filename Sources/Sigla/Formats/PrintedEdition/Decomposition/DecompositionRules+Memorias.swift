extension DecompositionRules {
    /// The seed edition's table: Victor Serge, *Memorias de un revolucionario 1905-1945*, the
    /// Spanish critical edition by Jean Rière, whose 55 editorial notes are read by the Spanish
    /// wording below. Twelve notes need an override, each for the reason given beside it.
    public static let memorias = DecompositionRules(
        edition: SampleEditionDescription(
            title: "Memorias de un revolucionario 1905-1945",
            author: "Victor Serge",
            editor: "Jean Rière <jean.riere@example.org>",
            source: "Victor Serge, Memorias de un revolucionario 1905-1945, critical edition by Jean Rière "
                + "(Spanish translation; the text extracted from the PDF of the printed book).",
            reconstructed: "The witnesses of this sample edition are RECONSTRUCTED from the editorial notes of "
                + "the printed edition (Victor Serge, Memorias de un revolucionario 1905-1945, ed. Jean Rière), "
                + "not transcribed from the documents. TS is the printed text with every editorial intervention "
                + "undone as its note describes it: struck passages, suppressed sentences, the author's first "
                + "wordings, slips and uncertain readings. V1 holds only the passages and phrases the notes quote "
                + "from the first version and the passages the edition brings in from it. Where a note does not "
                + "say what the author wrote, the transcription says so in a transcriber's note.",
            cite: "Victor Serge, Memorias de un revolucionario 1905-1945, ed. Jean Rière (2018); Sigla sample "
                + "edition Editions/memorias, witnesses reconstructed from the editor's notes."),
        base: SampleWitnessDescription(
            siglum: "TS", file: "witnesses/TS.txt",
            title: "Mecanoscrito de la segunda versión, revisado por el autor", kind: .typescript,
            date: "1945-1946",
            note: "The typescript (348 pages) of the second version, with Serge's hand revisions: the base text. "
                + "Reconstructed from the editorial notes: the printed text with the editor's interventions undone.",
            heading: "TS: mecanoscrito de la segunda versión (1945-1946) con las correcciones autógrafas de "
                + "Serge. Transcripción RECONSTRUIDA a partir de las notas editoriales de la edición impresa "
                + "(Memorias de un revolucionario 1905-1945, ed. Jean Rière): es el texto impreso sin las "
                + "intervenciones del editor; tachaduras, supresiones, primeras redacciones y lecturas dudosas "
                + "son las que describen las notas. Las glosas entre corchetes que ninguna nota explica "
                + "(«Goloss Truda [La Voz del Trabajo]», «[sic]») quedan como en el impreso."),
        firstVersion: SampleWitnessDescription(
            siglum: "V1", file: "witnesses/V1.txt",
            title: "Primera versión (México, 1942-febrero de 1943; París, Le Seuil, 1951)", kind: .print,
            date: "1942-1943",
            note: "The first version, printed in 1951. Fragmentary: only the passages and phrases the editorial "
                + "notes quote from it and the passages the edition brings in from it are known here.",
            heading: "V1: primera versión (México, 1942-febrero de 1943; París, Le Seuil, 1951). Testimonio "
                + "RECONSTRUIDO y fragmentario: sólo se conoce por lo que citan las notas editoriales de la "
                + "edición impresa y por los pasajes que esta toma de él; todo lo demás falta. Los títulos de "
                + "capítulo sólo sitúan los fragmentos."),
        hand: HandNote(id: "Serge", description: "Victor Serge: correcciones autógrafas sobre el mecanoscrito"),
        editor: "Jean Rière <jean.riere@example.org>",
        date: "2018-09-15",
        wordings: [
            WordingRule(
                pattern: "corregido con (.+?), después tachado con (.+?)\\.", treatment: .restoreStaged,
                category: .restoration),
            WordingRule(pattern: "suprimida por Serge", treatment: .restore, category: .suppressionKept),
            WordingRule(pattern: "tachad[oa]", treatment: .restore, category: .restoration),
            WordingRule(
                pattern: "(párrafo|frase|pasaje) (perteneciente a|de) la primera versión",
                treatment: .supplyFromWitness, category: .firstVersion, witness: "V1"),
            WordingRule(
                pattern: "^variante", treatment: .keepVariant, category: .variant, quote: .first, witness: "V1"),
            WordingRule(
                pattern: "«[^»]+» o «[^»]+»; optamos por", treatment: .keepAlternatives,
                category: .uncertainReading),
            WordingRule(pattern: "poco legible \\(¿([^?]+)\\?\\)", treatment: .emendIllegible, category: .emendation),
            WordingRule(
                pattern: "rectificamos|reemplazamos|por un lapsus|había puesto «", treatment: .emend,
                category: .emendation, quote: .first),
            WordingRule(pattern: "había escrito: «", treatment: .emend, category: .regularization, quote: .first),
            WordingRule(
                pattern: "^nota de serge: «", treatment: .keepAuthorNote, category: .annotation, quote: .first),
            WordingRule(
                pattern: "ponemos aquí un añadido", treatment: .omitAddition, category: .marginalAddition,
                quote: .longest, place: .top),
        ],
        media: [
            MediumRule(wording: "lápiz negro", medium: "lápiz negro"),
            MediumRule(wording: "lápiz azul", medium: "lápiz azul", colour: "azul"),
            MediumRule(wording: "lápiz rojo", medium: "lápiz rojo", colour: "rojo"),
            MediumRule(wording: "tinta verde", medium: "tinta verde", colour: "verde"),
            MediumRule(wording: "tinta", medium: "tinta"),
        ],
        marginalInstruction: "al margen la mención: (\\p{L}+)",
        overrides: memoriasOverrides)

    private static let memoriasOverrides: [String: NoteOverride] = [
        // "Primero mecanografiado: «nuestro Grupo Revolucionario», luego Serge tachó el adjetivo y
        // puso una minúscula en el sustantivo" — and the edition prints the adjective again, in
        // lower case and without brackets: an emendation restoring it.
        "I.59": NoteOverride(
            treatment: .emend, category: .restoration, printed: "nuestro grupo revolucionario era",
            markup: "nuestro {~~Grupo~>grupo~~}[hand=Serge] {--Revolucionario --}[hand=Serge]era"),
        // The typescript left «Los ojos vivos» (p. 66) and «grises, vivos y duros» (p. 67); the
        // edition follows the first version.
        "III.2": NoteOverride(
            treatment: .adoptWitness, category: .firstVersion, printed: "los ojos grises, vivos y duros",
            markup: "los ojos vivos {>>p. 66 / p. 67<<}grises, vivos y duros",
            witnessReading: "los ojos grises, vivos y duros"),
        // The note does not say which words the ink corrected.
        "II.8": NoteOverride(
            transcriberNote: "Nota II:8*: qué palabras corrigió la tinta no se dice; la lectura mecanografiada "
                + "bajo la corrección se transcribe como ilegible."),
        // "Cambio de texto indicado con lápiz rojo": the edition marks the cut with […]; what
        // the red pencil changed is not said.
        "IV.80": NoteOverride(
            treatment: .supply, category: .variant, printed: "Dzerzhinski […]",
            markup: "Dzerzhinski{--{####}--}[hand=Serge medium=\"lápiz rojo\" colour=rojo]", supplied: "…",
            transcriberNote: "Nota IV:80*: «Cambio de texto indicado con lápiz rojo.» Lo que cambió el lápiz "
                + "rojo no se conoce; la edición lo señala con […]."),
        // The note quotes the French words of the typescript; this transcription is in the
        // edition's Spanish.
        "IV.95": NoteOverride(
            alternatives: ["rasurado", "rosado"],
            transcriberNote: "En el manuscrito, «rasée» o «rosée» (nota IV:95*)."),
        // Printed in brackets, the edition's sign for a struck passage it keeps, though the note
        // speaks only of the passage's place in the first version.
        "IV.97": NoteOverride(
            treatment: .restore, category: .restoration,
            transcriberNote: "Nota IV:97*: la edición da este pasaje entre corchetes, su signo para lo tachado "
                + "que conserva; la nota sólo dice que en la primera versión figuraba antes (p. 152). Se "
                + "transcribe como tachado, sin medio conocido."),
        // "Serge había escrito al principio: «Tuvo un fin de vida», que tachó sin poner «fue»":
        // the author's substitution in TS, the editor's [fue].
        "IV.102": NoteOverride(
            treatment: .supply, category: .conjecture, printed: "El fin de su vida [fue]",
            markup: "{~~Tuvo un fin de vida~>El fin de su vida~~}[hand=Serge]", supplied: "fue"),
        // «Variante» without a witness: the first version is the only other redaction known.
        "IV.104": NoteOverride(
            witnessNote: "La nota IV:104* dice «Variante» sin nombrar el testimonio; se atribuye a la primera "
                + "versión, la otra redacción conocida."),
        // The year replaced is not in the sentence of the call.
        "V.82": NoteOverride(printed: "El 1 de diciembre de 1924", markup: "El 1 de diciembre de 1925"),
        // The note quotes several texts; the year of the manuscript is the last quotation.
        "VII.93": NoteOverride(printed: "en 1926", markup: "en 1925"),
        // The note quotes the passage in another wording than the one the edition prints.
        "IX.128": NoteOverride(
            witnessNote: "La nota IX:128* cita este pasaje de la primera versión con otra redacción, que "
                + "empieza: «El único problema que la Rusia revolucionaria de los años 1917-1923 no supo "
                + "plantear nunca…»; aquí va el texto que la edición imprime."),
        // The date line is the first version's ("Esta datación corresponde a la «primera versión»");
        // the second version is not dated.
        "X.29": NoteOverride(treatment: .supplyFromWitness, category: .firstVersion),
    ]
}
