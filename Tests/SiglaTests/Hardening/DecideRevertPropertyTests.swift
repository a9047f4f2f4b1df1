import Foundation
import Sigla
import TestSupport
import Testing

/// A decision followed by its revert restores the edition: for seeded editions (a base
/// text and a witness derived from it) and seeded decisions (adopt, emend or keep at a
/// random location), the tree after the revert is the tree before the decision, byte for
/// byte: established text, apparatus, settings.
@Suite("Decide then revert restores the established text, for seeded editions and decisions")
struct DecideRevertPropertyTests {
    static let base = """
        # I. Mundo sin evasión posible

        Aun desde antes de salir de la infancia, me parece que tuve, muy claro, este doble sentimiento que habría de dominarme durante toda la primera parte de mi vida. Sentía una aversión mezclada de rabia y de indignación hacia los hombres a los que veía instalarse en él cómodamente. ¿Cómo podían ignorar su cautiverio, cómo podían ignorar su iniquidad?

        El 1 de marzo de 1881, nueve años antes de mi nacimiento, en un día de nieve rala, en San Petersburgo, una mujer joven y rubia de rostro dulce y voluntarioso agitó de pronto un pañuelo. Mi padre, suboficial en la caballería de la guardia imperial, estaba entonces de servicio en la capital.

        """

    @Test("Seeded edition and decision, then revert: the same tree", arguments: UInt64(0)..<6)
    func decideThenRevert(seed: UInt64) throws {
        let directory = try TemporaryDirectory()
        let editor = Person(name: "Jean Rière", email: "jean@example.org")
        let edition = try Edition.create(at: directory.path("ed"), title: "Memorias", editor: editor)
        var generator = WitnessGenerator(seed: seed, rate: 0.12)
        let derived = generator.derive(from: Self.base).text
        for (siglum, text) in [("TS", Self.base), ("V1", derived)] {
            try edition.addWitness(
                siglum: siglum, file: InputFile(data: Data(text.utf8), path: "\(siglum).txt"),
                description: .init(title: siglum), editor: editor)
        }
        let locations = try edition.locations()
        try #require(!locations.isEmpty, "the derived witness differs from the base")
        let git = GitCLI(directory: edition.root)
        var random = SeededRandomNumberGenerator(seed: seed &* 7 &+ 1)
        for round in 0..<3 {
            let treeBefore = try git.output(["rev-parse", "HEAD^{tree}"])
            let textBefore = try String(contentsOfFile: edition.root + "/text/I.txt", encoding: .utf8)
            let location = locations[Int.random(in: 0..<locations.count, using: &random)]
            let request: Edition.DecisionRequest
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                request = .init(
                    locator: location.id.description, action: .adopt, adopt: "V1", justification: "Ronda \(round).")
            case 1:
                request = .init(
                    locator: location.id.description, action: .emend, text: "enmienda\(round) ",
                    justification: "Ronda \(round).")
            default:
                request = .init(locator: location.id.description, action: .keep, justification: "Ronda \(round).")
            }
            let outcome = try edition.decide(request, editor: editor)
            #expect(try git.output(["rev-parse", "HEAD^{tree}"]) != treeBefore, "the decision changes the edition")
            try edition.revert(location.id.description, justification: "Deshecha.", editor: editor)
            #expect(
                try git.output(["rev-parse", "HEAD^{tree}"]) == treeBefore,
                "\(outcome.decision.action) at \(location.id)")
            #expect(try String(contentsOfFile: edition.root + "/text/I.txt", encoding: .utf8) == textBefore)
            #expect(try git.output(["status", "--porcelain"]) == "")
        }
    }
}
