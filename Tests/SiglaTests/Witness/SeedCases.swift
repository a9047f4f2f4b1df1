/// The seed edition's asterisked notes, transcribed in Sigla markup in the seed's own words
/// (`../shared/seed/memorias.txt`, PDF ligatures repaired: "!n" → "fin"). Each constant
/// says which note it follows. Long struck passages are shortened to their first and last
/// sentences, with a transcriber's note saying so.
enum SeedCases {
    static let hands = """
        {::hand::}[id=Serge description="Victor Serge: correcciones autógrafas sobre el mecanoscrito"]

        """

    /// I:11* "Todo este pasaje […] está tachado con lápiz negro en el manuscrito y lleva al margen
    /// la mención: Reservar."
    static let reservar = """
        pensarás, lucharás, tendrás hambre.

        {!!Reservar!!}[place=margin]{--Fue sin duda entre los seis y los ocho años cuando me convertí en \
        malhechor, y esto habría de inculcarme otra ley: resistirás.{>>Pasaje abreviado: sigue el episodio \
        de Silvia.<<} Había resistido tenazmente al mal y me había librado de él.

        --}[hand=Serge medium="lápiz negro"]Mi primera gran experiencia de hambre se sitúa un poco más tarde: \
        hacia los 11 años.
        """

    /// I:27* "Frase suprimida por Serge, pero conservada por ser exacta."
    static let suppressedSentence = """
        Por mi parte, sufrí un poco más de diez años de cautiverios diversos, milité en siete países, \
        escribí veinte libros. No poseo nada. {--Varias veces he sido cubierto de lodo por una prensa de \
        gran tirada porque digo la verdad. --}[hand=Serge]Detrás de nosotros una revolución victoriosa \
        que dio mal resultado.
        """

    /// II:8* "Pasaje corregido con tinta, después tachado con lápiz azul." The note does not say
    /// which words the ink corrected: the typed reading under the correction is marked illegible.
    static let inkThenBluePencil = """
        Payasos, nada más que payasos, y «no es la veleta la que cambia, es el viento». {--En realidad, \
        una enorme inconsciencia de lo que sería la guerra moderna, la guerra olvidada desde 1870, \
        {~~{####}~>arrastraba~~}[hand=Serge medium=tinta stage=1]{>>La nota 8* no dice qué se corrigió \
        con tinta.<<} a las multitudes. Los infantes iban hacia el fuego en pantalones rojos y los oficiales \
        de carrera de Saint-Cyr de guantes blancos, con plumero en el quepis, como en un desfile. \
        --}[hand=Serge medium="lápiz azul" colour=azul stage=2]Nosotros estuvimos contra la guerra \
        esencialmente por sentimiento humano.
        """

    /// I:181* "Falta indicación precisa de Serge, ponemos aquí un añadido, que figura en el
    /// manuscrito, p. 36, en lo alto del párrafo que comienza con: «El fiscal, queriendo descifrar…»"
    static let editorPlacedAddition = """
        {++Durante el proceso, un caballero alrededor de la cincuentena, con el rostro fuertemente \
        esculpido, vino varias veces a verme en mi celda y en la audiencia. Me deseaba la absolución; \
        creo que intentaba incluso acrecentar las posibilidades. ++}[hand=Serge place=top placed-by=editor]\
        Durante el proceso estábamos encerrados en las minúsculas celdas de la Conciergerie.
        """

    /// IV:95* "En el manuscrito, «rasée» o «rosée»; optamos por la primera posibilidad."
    static let raseeOrRosee = """
        Delgado, más bien pequeño, trepidante, atiborrado de anécdotas a menudo feroces, cruelmente \
        realista, tenía el rostro {??rasée|rosée??}[prefer=1], rodeado de una barba en forma de collar.
        """

    /// III:126* "Nombre poco legible (¿Rauhia?) en el manuscrito".
    static let illegibleName = """
        y fusilaron en ese mismo lugar a Ivan {??Raphia|Rauhia??} y otros siete dirigentes
        """

    /// IV:102* "Serge había escrito al principio: «Tuvo un fin de vida», que tachó sin poner «fue»."
    static let firstWording = """
        {~~Tuvo un fin de vida~>El fin de su vida~~}[hand=Serge] verdaderamente trágico.
        """

    /// IX:200* (the ninth chapter's note 200; the first chapter's 200* is a passage struck in red
    /// pencil) "Nota de Serge: «Aquí se intercalará un capítulo nuevo…»"
    static let authorsNote = """
        ¿Por qué entonces las puertas de las Américas se entreabren tan difícilmente para acoger a algunos \
        de esos combatientes?{>>Aquí se intercalará un capítulo nuevo de diez a quince páginas: México, el \
        fin de Trotsky. La emigración socialista europea y su combate contra el pc totalitario. La \
        disolución del Komintern y el comunismo en América Latina. Dejo sin cambiarle nada al capítulo \
        final, “Plena espera”, pero cuento con reescribirlo con el mismo espíritu.<<}[by=author hand=Serge]
        """

    /// The typescript TS: all the cases above, one paragraph each.
    static let typescript =
        hands
        + [
            reservar, suppressedSentence, inkThenBluePencil, editorPlacedAddition, raseeOrRosee, illegibleName,
            firstWording, authorsNote,
        ]
        .joined(separator: "\n\n") + "\n"

    /// V1, the 1951 first version, known only where the notes quote it: X:27* ("Párrafo
    /// perteneciente a la primera versión") and X:28* ("Variante de la conclusión").
    static let firstVersionFragments = """
        {::lacuna-start::}{>>V1 (París, Le Seuil, 1951) sólo se conoce por las citas de las notas.<<}
        {::lacuna-end::}Desde que me evadí de Europa, otros cambios han acaecido. El prestigio y la \
        eficacia de las potencias totalitarias han disminuido. Hemos visto, en sus victorias mismas, \
        prefigurarse su derrota. El horizonte empieza a aclararse; los balances están hechos.{::lacuna-start::}
        {::lacuna-end::}Que estas bases hayan de ser de justicia social, de organización racional, de \
        respeto de la persona, de libertad, es algo que, para mí, resulta de una evidencia deslumbrante que \
        se impone poco a poco a través de la inhumanidad del tiempo presente.{::lacuna-start::}

        """
}
