// Parses a whole-book witness in Sigla markup and reports the time.
//
//   swift build -c release --product WitnessBenchmark
//   .build/release/WitnessBenchmark [path/to/memorias.txt]
//
// The witness is the seed edition's text (about 250,000 words) with a revision event every
// 40 words or so — deletions, additions, substitutions with hand, medium and stage, uncertain
// readings, notes — written as canonical markup, then parsed.
import Foundation
import Sigla

let defaultSeed = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seed/memorias.txt").path
let seedPath = CommandLine.arguments.dropFirst().first ?? defaultSeed
guard let seed = try? String(contentsOfFile: seedPath, encoding: .utf8) else {
    print("cannot read the seed at \(seedPath); pass its path as the first argument")
    exit(1)
}

/// Builds the witness: the seed's words, with events inserted deterministically.
func witness(from text: String) -> (Transcription, words: Int) {
    var nodes: [TranscriptionNode] = []
    var pending = ""
    var words = 0
    var counter = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        for word in line.split(separator: " ") {
            words += 1
            counter += 1
            guard counter % 40 == 0 else {
                pending += word + " "
                continue
            }
            nodes.append(.text(pending))
            pending = ""
            let w = String(word)
            switch (counter / 40) % 6 {
            case 0: nodes.append(.event(RevisionEvent(.deletion([.text(w)]), hand: "Serge", medium: "lápiz negro")))
            case 1:
                nodes.append(
                    .event(
                        RevisionEvent(.addition([.text(w)], place: .above), hand: "Serge", medium: "tinta", stage: 1)))
            case 2:
                nodes.append(
                    .event(
                        RevisionEvent(
                            .substitution(deleted: [.text(w)], added: [.text(w.uppercased())]), hand: "Serge", stage: 2)
                    ))
            case 3: nodes.append(.event(RevisionEvent(.uncertain(alternatives: [w, w + "e"], preferred: 0))))
            case 4:
                let inner = RevisionEvent(
                    .substitution(deleted: [.text(w)], added: [.text("x")]), medium: "tinta", stage: 1)
                nodes.append(
                    .event(RevisionEvent(.deletion([.text("a "), .event(inner)]), medium: "lápiz azul", stage: 2)))
            default: nodes.append(.event(RevisionEvent(.note("nota \(counter)", by: .transcriber))))
            }
            pending = " "
        }
        pending += "\n"
    }
    nodes.append(.text(pending))
    return (Transcription(nodes: nodes), words)
}

func time(_ label: String, runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
    var timings: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    timings.sort()
    let median = timings[timings.count / 2]
    print(
        "\(label): median \(String(format: "%.3f", median)) s, best \(String(format: "%.3f", timings[0])) s over \(runs) runs"
    )
    return median
}

let (model, words) = witness(from: seed)
let markup = SiglaMarkup.serialize(model)
print("witness: \(words) words, \(model.events.count) events, \(markup.utf8.count) bytes of markup")

var parsed = model
_ = try time("parse markup") { parsed = try SiglaMarkup.parse(markup, fileName: "TS.txt") }
precondition(parsed == model, "the parsed witness differs from the generated one")
_ = time("state TS-pc (text + source map)") { _ = parsed.state(.afterRevision) }
_ = time("serialize markup") { _ = SiglaMarkup.serialize(parsed) }
let tei = TEITranscription.document(for: parsed)
_ = time("export TEI") { _ = TEITranscription.document(for: parsed) }
_ = try time("import TEI", runs: 3) { _ = try TEITranscription.parse(tei, fileName: "TS.xml") }
