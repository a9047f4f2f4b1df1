import Foundation
import Sigla

extension FuzzChecks {
    /// Which file of a sample edition the input is.
    enum RecipeFile {
        case manifest, decisions
    }

    /// The manifest the decisions are read with.
    static let fixedManifest = """
        title: Memorias
        editor: Jean Rière <jean.riere@example.org>
        witnesses:
        - siglum: TS
          file: witnesses/TS.txt
          title: Mecanoscrito
        decisions: decisions.yaml
        """

    /// A sample edition's `edition.yaml` or `decisions.yaml`: read, or refused naming the file.
    static func recipe(_ data: Data, as file: RecipeFile) throws(FuzzViolation) -> FuzzOutcome {
        let target: FuzzTarget = file == .manifest ? .recipeManifest : .recipeDecisions
        // A folder of its own for each input: checks run in parallel in the tests.
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sigla-fuzz-recipe-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FuzzViolation(target, "cannot make a folder for the recipe in \(directory): \(error)")
        }
        let manifest = directory + "/edition.yaml"
        let decisions = directory + "/decisions.yaml"
        do {
            switch file {
            case .manifest:
                try data.write(to: URL(fileURLWithPath: manifest))
                try Data("[]\n".utf8).write(to: URL(fileURLWithPath: decisions))
            case .decisions:
                try Data(fixedManifest.utf8).write(to: URL(fileURLWithPath: manifest))
                try data.write(to: URL(fileURLWithPath: decisions))
            }
        } catch {
            throw FuzzViolation(target, "cannot write the recipe's files in \(directory): \(error)")
        }
        do {
            _ = try EditionRecipe(directory: directory)
        } catch {
            let message = "\(error)"
            // The decisions file a mutated manifest names may be any path: then that path is named.
            if file == .manifest, !message.contains("edition.yaml") {
                guard message.contains("/") else {
                    throw FuzzViolation(target, "the message names no file: \(message)")
                }
            } else {
                try requireNamesFile(message, fileName: target.fileName, target: target)
            }
            return .refused(message)
        }
        return .accepted
    }
}
