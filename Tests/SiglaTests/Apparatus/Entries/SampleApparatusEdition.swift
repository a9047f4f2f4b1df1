import Foundation
import Sigla
import TestSupport

/// A small edition built through the library, as an editor would build it: a typescript
/// (TS) with a sentence Serge struck in black pencil beside «Reservar» in the margin, a
/// corrected first wording, and a second witness (V1, plain text); then decisions — the
/// struck sentence restored in brackets, a slip emended, a conjecture full of characters
/// every format must escape, text supplied from V1 — and variants left undecided.
struct SampleApparatusEdition {
    let directory: TemporaryDirectory
    let edition: Edition

    static let jean = Person(name: "Jean Rière", email: "jean@example.org")
    static let ana = Person(name: "Ana Editora", email: "ana@example.org")

    static let typescript = #"""
        {::hand::}[id=Serge description="Victor Serge: correcciones autógrafas sobre el mecanoscrito"]
        # I. El mundo sin evasión posible

        Luce murió de tuberculosis, naturalmente. No poseo nada. {!!Reservar!!}[place=margin]{--Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad. --}[hand=Serge medium="lápiz negro"]Detrás de nosotros una revolución victoriosa que dio mal resultado.

        Conocí a ese empleado barcelonés, Nin. Tengo más confianza en el hombre.

        # II. Signos

        {~~Tuvo un fin~>El fin de su vida~~}[hand=Serge medium=tinta] fue trágico. El precio <subió> un 50% & {x} [según él] con \\ y "nada".

        """#

    static let firstVersion = #"""
        # I. El mundo sin evasión posible

        Luce murió de tuberculosis. No poseo nada. Detrás de nosotros una revolución victoriosa que dio mal resultado.

        Conocí a ese empleado barcelonés, Nin. Tengo más confianza en los hombres.

        # II. Signos

        El fin de su vida fue trágico. El precio <bajó> un 50% & {x} [según él] con \ y "todo".

        """#

    /// The conjecture's text and justification: every character a format must escape.
    static let conjecture = #"<subió> & 100% {\}] "sic""#
    static let conjectureReason = #"Ni <subió> ni <bajó>: 50% & {nota} \ ] "x"."#

    /// The edition with witnesses only (`decided: false`) or with the decisions too.
    init(decided: Bool = true) throws {
        directory = try TemporaryDirectory(prefix: "sigla-apparatus")
        let root = directory.path("ed")
        edition = try Edition.create(
            at: root, title: "Memorias & <notas>", editor: Self.jean, date: Self.day(1),
            notes: "Edición de prueba: 100% {reconstruida}.")
        try directory.write(Self.typescript, to: "TS.txt")
        try directory.write(Self.firstVersion, to: "V1.txt")
        try edition.addWitness(
            siglum: "TS", file: InputFile(path: directory.path("TS.txt")),
            description: .init(title: "Mecanoscrito revisado por el autor", kind: .typescript, date: "1943"),
            date: Self.day(2))
        try edition.addWitness(
            siglum: "V1", file: InputFile(path: directory.path("V1.txt")), format: .plain,
            description: .init(title: "Primera versión", kind: .print, date: "1951"), date: Self.day(3))
        guard decided else { return }
        try edition.decide(
            .init(
                locator: "cubierto de lodo", action: .adopt, adopt: "TS-ac", category: .suppressionKept,
                justification: "Frase suprimida por Serge, pero conservada por ser exacta."),
            editor: Self.jean, date: Self.day(10))
        try edition.decide(
            .init(
                locator: "empleado", action: .emend, text: "institutor",
                justification: "El manuscrito indica «empleado», por un lapsus de Serge."),
            editor: Self.ana, date: Self.day(11))
        try edition.decide(
            .init(
                locator: "subió", action: .emend, text: Self.conjecture, category: .conjecture,
                justification: Self.conjectureReason),
            editor: Self.jean, date: Self.day(12))
        try edition.decide(
            .init(
                locator: "Nin.", action: .supply, text: "Y nada más.", source: "V1",
                justification: "Frase de la primera versión, reproducida por su interés."),
            editor: Self.jean, date: Self.day(13))
    }

    /// The edition's apparatus document (the temporary folder kept alive while it is read).
    func document(_ conventions: ApparatusConventions? = nil) throws -> ApparatusDocument {
        try withExtendedLifetime(directory) { try edition.apparatusDocument(conventions: conventions) }
    }

    /// Noon UTC on a day of September 2018.
    static func day(_ day: Int) -> Timestamp {
        Timestamp(parsing: String(format: "2018-09-%02d", day))!
    }
}
