/// A TEI transcription written by hand, the way an encoder would, and its Sigla-markup twin:
/// I:11* (black pencil, Reservar), IV:102*, IV:95*, II:8* (ink, then blue pencil), a lacuna
/// and an author's marginal note.
enum TEITwin {
    static let markup = """
        {::hand::}[id=Serge description="Victor Serge"]
        {!!Reservar!!}[place=margin]{--Había resistido tenazmente al mal.--}[hand=Serge medium="lápiz negro"] \
        {~~Tuvo un fin de vida~>El fin de su vida~~}[hand=Serge] verdaderamente trágico. Tenía el rostro \
        {??rasée|rosée??}.

        {--En realidad, {~~{####}~>arrastraba~~}[hand=Serge medium=tinta stage=1] a las \
        multitudes.--}[hand=Serge medium="lápiz azul" colour=azul stage=2] {::lacuna-start::}\
        {>>Aquí se intercalará un capítulo nuevo<<}[by=author place=margin]
        """

    static let tei = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>Memorias (TS)</title></titleStmt>
              <publicationStmt><p>Prueba.</p></publicationStmt>
              <sourceDesc><p>Mecanoscrito corregido.</p></sourceDesc>
            </fileDesc>
            <profileDesc>
              <handNotes>
                <handNote xml:id="Serge">Victor Serge</handNote>
                <handNote xml:id="negro" scribeRef="#Serge"><term type="medium">lápiz negro</term></handNote>
                <handNote xml:id="tinta" scribeRef="#Serge"><term type="medium">tinta</term></handNote>
                <handNote xml:id="azul" scribeRef="#Serge"><term type="medium">lápiz azul</term><term type="colour">azul</term></handNote>
              </handNotes>
            </profileDesc>
          </teiHeader>
          <text>
            <body>
              <p><metamark function="instruction" place="margin">Reservar</metamark><del rend="strikethrough" hand="#negro">Había resistido tenazmente al mal.</del> <subst hand="#Serge"><del>Tuvo un fin de vida</del><add>El fin de su vida</add></subst> verdaderamente trágico. Tenía el rostro <choice><unclear cert="high">rasée</unclear><unclear cert="low">rosée</unclear></choice>.</p>
              <p><del hand="#azul" seq="2">En realidad, <subst hand="#tinta" seq="1"><del><gap reason="illegible"/></del><add>arrastraba</add></subst> a las multitudes.</del> <app><rdg><lacunaStart/></rdg></app><note type="author" place="margin">Aquí se intercalará un capítulo nuevo</note></p>
            </body>
          </text>
        </TEI>
        """
}
