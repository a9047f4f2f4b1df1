import Foundation
import Sigla
import TestSupport
import Testing

/// Many co-editors on one remote: twenty clones each push fifty decisions, in turns, every
/// editor pulling, deciding and pushing, and pulling again when its push is refused.
@Suite("Co-editors under load", .serialized)
struct CollaborationLoadTests {
    /// A base text and a variant with two words changed in every sentence: `sections` ×
    /// `sentences` × 2 distinct variant locations. Words are made of syllables so that each
    /// is unique and plain letters.
    static func witnesses(sections: Int, sentences: Int) -> (base: String, variant: String, changed: [String]) {
        let syllables = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru"]
        func word(_ number: Int) -> String {
            String(number).map { syllables[Int(String($0)) ?? 0] }.joined()
        }
        var base = ""
        var variant = ""
        var changed: [String] = []
        var number = 1000
        for section in 1...sections {
            base += "# \(section). Capítulo \(section)\n\n"
            variant += "# \(section). Capítulo \(section)\n\n"
            for sentence in 0..<sentences {
                var baseWords: [String] = []
                var variantWords: [String] = []
                for position in 0..<8 {
                    number += 1
                    let original = word(number)
                    baseWords.append(original)
                    if position == 2 || position == 6 {
                        let replaced = original + "ta"
                        variantWords.append(replaced)
                        changed.append(replaced)
                    } else {
                        variantWords.append(original)
                    }
                }
                base += baseWords.joined(separator: " ").capitalizedFirst + ". "
                variant += variantWords.joined(separator: " ").capitalizedFirst + ". "
                if sentence % 10 == 9 {
                    base += "\n\n"
                    variant += "\n\n"
                }
            }
            base += "\n\n"
            variant += "\n\n"
        }
        return (base, variant, changed)
    }

    /// Decisions per editor: the 50 (1,000 decisions, 950 rejected pushes each
    /// followed by a merge; about three minutes in a debug build on a shared two-core
    /// machine). `SIGLA_LOAD_ROUNDS=N` runs a lighter load while working on this code.
    static let rounds =
        Int(ProcessInfo.processInfo.environment["SIGLA_LOAD_ROUNDS"] ?? "").map { min(max($0, 1), 50) } ?? 50

    @Test("Twenty editors push their decisions to one bare remote, in turns: no decision is lost")
    func twentyEditors() throws {
        let editorCount = 20
        let rounds = Self.rounds
        let (base, variant, changed) = Self.witnesses(sections: 50, sentences: 11)
        let set = try CoEditors(texts: [("TS", base), ("V", variant)])
        let locations = try set.founder.locations().map(\.id.description)
        try #require(locations.count >= editorCount * rounds, "only \(locations.count) variant locations")

        let started = ContinuousClock.now
        let editors = try (0..<editorCount).map { try set.clone("e\($0)") }
        let people = (0..<editorCount).map { Person(name: "Editor \($0)", email: "e\($0)@example.org") }
        var tick = 0
        func now() -> Timestamp {
            tick += 1
            return Timestamp(date: Date(timeIntervalSince1970: 1_600_000_000 + Double(tick)), timeZoneOffsetMinutes: 60)
        }
        var kinds: [MergeOutcome.Kind: Int] = [:]
        var rejected = 0
        for round in 0..<rounds {
            // Each editor brings in what the others pushed, then decides one place.
            for (index, edition) in editors.enumerated() {
                kinds[try edition.pull(editor: people[index], date: now()).kind, default: 0] += 1
                try edition.decide(
                    .init(
                        locator: locations[round * editorCount + index], action: .adopt, adopt: "V",
                        justification: "Decisión \(round) de \(people[index].name)."),
                    editor: people[index], date: now())
            }
            // Then they push in turn; whoever finds the remote moved pulls and pushes again.
            for (index, edition) in editors.enumerated() {
                var attempts = 0
                while true {
                    do {
                        _ = try edition.push()
                        break
                    } catch CollaborationError.pushRejected {
                        rejected += 1
                        attempts += 1
                        try #require(attempts < 5, "editor \(index) could not push in round \(round)")
                        let pulled = try edition.pull(editor: people[index], date: now())
                        #expect(pulled.kind == .merged || pulled.kind == .fastForward)
                        kinds[pulled.kind, default: 0] += 1
                    }
                }
            }
        }
        let elapsed = ContinuousClock.now - started
        print(
            "load: \(editorCount) editors × \(rounds) decisions in \(elapsed); pulls \(kinds), rejected pushes \(rejected)"
        )

        // Everything is on the remote, once, whole.
        let remote = set.git("remote.git")
        try remote.run("fsck", "--strict")
        let records = try remote.output(["ls-tree", "-r", "--name-only", "main", "apparatus"])
            .split(separator: "\n").filter { $0.hasSuffix(".yaml") }
        #expect(records.count == editorCount * rounds)
        #expect(rejected > 0)
        #expect(Int(try remote.output(["rev-list", "--count", "--merges", "main"])) ?? 0 > 0)
        #expect(try remote.output(["log", "--graph", "--oneline", "-5", "main"]).contains("|\\"))

        // The founder pulls it all: every decision with its editor, the text holds them all.
        let pulled = try set.founder.pull(editor: CoEditors.jean, date: now())
        #expect(pulled.kind == .fastForward)
        #expect(pulled.decisions.count == editorCount * rounds)
        let decisions = try set.founder.decisions()
        #expect(decisions.count == editorCount * rounds)
        #expect(Set(decisions.map(\.justification)).count == editorCount * rounds)
        let byEditor = Dictionary(grouping: try set.founder.log(), by: \.editor).mapValues(\.count)
        #expect(byEditor.count == editorCount)
        #expect(byEditor.values.allSatisfy { $0 == rounds })
        var text = ""
        for section in 1...50 { text += set.directory.read("jean/text/\(section).txt") ?? "" }
        let adopted = changed.prefix(editorCount * rounds)
        #expect(adopted.filter { text.contains($0) }.count == adopted.count)
        #expect(try set.git("jean").output(["status", "--porcelain"]) == "")
        // Every clone converges on the remote's commit.
        for (index, edition) in editors.enumerated() {
            _ = try edition.pull(editor: people[index], date: now())
            #expect(
                try set.git("e\(index)").output(["rev-parse", "HEAD"]) == (try remote.output(["rev-parse", "main"])))
        }
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
