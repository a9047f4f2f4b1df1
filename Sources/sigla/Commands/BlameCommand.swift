import ArgumentParser
import Foundation
import Sigla

/// `sigla blame`: where each sentence of the edition comes from.
struct BlameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blame",
        abstract: "Show where sentences of the edition come from: witness, state, decision, editor, justification.",
        discussion: """
            Give a citation (I.42), a phrase of the sentence ("cubierto de lodo"), or \
            --chapter I for every sentence of a section.
            """
    )

    @Argument(help: ArgumentHelp("A citation (I.42) or a phrase of the sentence.", valueName: "SENTENCE"))
    var target: String?

    @Option(help: ArgumentHelp("Every sentence of this section.", valueName: "SECTION"))
    var chapter: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func validate() throws {
        guard (target == nil) != (chapter == nil) else {
            throw ValidationError("give a sentence (I.42 or a phrase) or --chapter SECTION")
        }
    }

    func run() throws {
        let edition = try location.openEdition()
        let request: Edition.BlameTarget
        if let chapter {
            request = .section(chapter)
        } else if let target, (try? Citation(parsing: target)) != nil || target.range(of: #"^[A-Za-z0-9_-]+\.\d+[a-z]*$"#, options: .regularExpression) != nil {
            request = .citation(target)
        } else {
            request = .phrase(target ?? "")
        }
        let blamed = try edition.blame(request)
        if output.json {
            try Terminal.printJSON(blamed)
            return
        }
        for sentence in blamed {
            print("\(sentence.citation)  \(sentence.line)")
            if sentence.parts.allSatisfy({ $0.decision == nil }) {
                print("    \(sentence.parts.first?.source ?? "base"): base text, undecided")
            } else {
                for part in sentence.parts {
                    let words = part.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !words.isEmpty else { continue }
                    guard let decision = part.decision else {
                        print("    «\(words)»  \(part.source), base text")
                        continue
                    }
                    print("    «\(words)»  \(part.source), decision \(decision.location) (\(decision.category), \(decision.action))")
                    print("        \(decision.editor), \(decision.date.prefix(10))"
                        + (decision.commit.map { ", commit \($0.prefix(7))" } ?? ""))
                    print("        \(decision.justification.replacingOccurrences(of: "\n", with: " "))")
                }
            }
            if let last = sentence.lastChangedBy {
                print("    last changed by \(last.commit.prefix(7)) \(last.author) \(last.date.prefix(10)): \(last.subject)")
            }
        }
    }
}
