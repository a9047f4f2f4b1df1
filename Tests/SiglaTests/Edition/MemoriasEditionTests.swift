import Foundation
import Sigla
import Testing
import TestSupport

/// The sample edition in `Editions/memorias`, built for real (a git repository, one commit
/// per decision) and checked against the printed book it was taken from.
enum MemoriasEdition {
    static let source = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Editions/memorias").path

    struct BuildFailure: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    /// The folder the edition is built in, once for the suite (left in the temporary
    /// folder for inspection; the suite's editions are opened from it).
    static let built: Result<(root: String, recipe: EditionRecipe), BuildFailure> = {
        do {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("sigla-memorias-\(UUID().uuidString)").path
            let recipe = try EditionRecipe(directory: source)
            _ = try recipe.build(at: directory + "/memorias")
            return .success((directory + "/memorias", recipe))
        } catch {
            return .failure(BuildFailure(description: "\(error)"))
        }
    }()

    /// The built edition, opened afresh.
    static func open() throws -> (edition: Edition, recipe: EditionRecipe) {
        let (root, recipe) = try built.get()
        return (try Edition.open(containing: root), recipe)
    }
}

@Suite("The Memorias sample edition, replayed decision by decision")
struct MemoriasEditionTests {
    @Test("Every editorial note of the printed edition is exactly one decision, with its category and justification")
    func oneDecisionPerNote() throws {
        let (edition, recipe) = try MemoriasEdition.open()
        let decisions = try edition.decisions()
        #expect(decisions.count == 55)
        #expect(recipe.decisions.count == 55)
        let log = try edition.log()
        #expect(log.count == 55)
        // Each replayed decision carries the note's category and words (the log is newest first).
        for (entry, planned) in zip(log.reversed(), recipe.decisions) {
            #expect(entry.category == planned.category?.rawValue, "note \(planned.note ?? "")")
            #expect(entry.justification == planned.because.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(entry.editor == "Jean Rière <jean.riere@example.org>")
            #expect(entry.date.hasPrefix("2018-09-15"))
        }
    }

    @Test(
        "The established text is the printed body, paragraph by paragraph, brackets included",
        .enabled(if: SharedMaterial.seed != nil, "needs ../shared/seed/memorias.txt to compare with")
    )
    func establishedTextIsThePrintedBody() throws {
        let (edition, _) = try MemoriasEdition.open()
        let printed = try PrintedEditionImporter().importEdition(
            text: try #require(SharedMaterial.seedText), fileName: "memorias.txt")
        let established = Dictionary(uniqueKeysWithValues: try edition.establishedText().map { ($0.id.rawValue, $0.text) })
        for chapter in printed.chapters {
            let ours = Self.paragraphs(established[chapter.numeral] ?? "")
            let theirs = Self.paragraphs(chapter.content.text)
            #expect(ours.count == theirs.count, "chapter \(chapter.numeral): paragraph count")
            for (index, (a, b)) in zip(ours, theirs).enumerated() where a != b {
                let common = zip(a, b).prefix { $0 == $1 }.count
                Issue.record("chapter \(chapter.numeral), paragraph \(index + 1) differs after «\(a.prefix(common).suffix(60))»: «\(a.dropFirst(common).prefix(60))» vs «\(b.dropFirst(common).prefix(60))»")
                break
            }
        }
    }

    @Test("Blame of the suppressed sentence (I:27*) names the decision that kept it and why")
    func blameSuppressedSentence() throws {
        let (edition, _) = try MemoriasEdition.open()
        let blamed = try edition.blame(
            .phrase("Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad"))
        let sentence = try #require(blamed.first)
        #expect(blamed.count == 1)
        #expect(sentence.line == "[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]")
        let decision = try #require(sentence.parts.compactMap(\.decision).first)
        #expect(decision.category == "suppression-kept")
        #expect(decision.justification.hasPrefix("Frase suprimida por Serge, pero conservada por ser exacta."))
        #expect(sentence.parts.first?.source == "TS-ac")
        #expect(sentence.lastChangedBy?.commit == decision.commit)
    }

    @Test("The restored «Reservar» passage (I:11*) comes from the typescript before the author struck it")
    func reservarPassage() throws {
        let (edition, _) = try MemoriasEdition.open()
        let blamed = try edition.blame(.phrase("me había librado de él"))
        let decision = try #require(blamed.first?.parts.compactMap(\.decision).first)
        #expect(decision.category == "restoration")
        #expect(decision.justification.contains("Reservar"))
        #expect(blamed.first?.line.hasSuffix("me había librado de él.]") == true)
    }

    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { line in
            line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
    }
}
