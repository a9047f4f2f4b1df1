import Foundation
import Sigla
import TestSupport
import Testing

/// Two editors sharing an edition through a bare remote: non-overlapping decisions merge,
/// the same place decided differently is an editorial conflict resolved by a new decision.
@Suite("Co-editors: clone, pull, push, merge, conflicts")
struct CollaborationTests {
    static func setUp() throws -> (CoEditors, ana: Edition, luis: Edition) {
        let set = try CoEditors(texts: [("TS", CoEditingSample.typescript), ("V", CoEditingSample.variant)])
        return (set, try set.clone("ana"), try set.clone("luis"))
    }

    static func adopt(_ location: String, _ state: String, because: String) -> Edition.DecisionRequest {
        .init(locator: location, action: .adopt, adopt: state, justification: because)
    }

    @Test("A clone is the same edition, with origin recorded and git status clean")
    func cloneIsTheEdition() throws {
        let (set, ana, _) = try Self.setUp()
        #expect(try ana.remotes() == [EditionRemote(name: "origin", url: set.remote)])
        #expect(try ana.locations().map(\.id.description) == ["I.1/1", "I.4/1", "II.1/1", "II.2/1"])
        #expect(try set.git("ana").output(["status", "--porcelain"]) == "")
        #expect(
            try set.git("ana").output(["rev-parse", "HEAD"])
                == (try set.git("remote.git").output(["rev-parse", "main"])))
        #expect(throws: CollaborationError.destinationNotEmpty(path: set.directory.path("ana"))) {
            try Edition.clone(from: set.remote, to: set.directory.path("ana"))
        }
    }

    @Test("Decisions at different places merge: one merge commit, both decisions attributed, the text holds both")
    func nonOverlapping() throws {
        let (set, ana, luis) = try Self.setUp()
        try ana.decide(
            Self.adopt("I.1/1", "V", because: "Tisis, como dice la primera versión."), editor: CoEditors.ana,
            date: CoEditors.day(10))
        try luis.decide(
            Self.adopt("II.2/1", "V", because: "Los precios subieron aquel año."), editor: CoEditors.luis,
            date: CoEditors.day(11))
        let anaPush = try ana.push()
        #expect(anaPush.decisions.map(\.location) == ["I.1/1"])

        // Luis is behind: his push is refused with a message that says what to do.
        #expect(throws: CollaborationError.pushRejected(remote: "origin", branch: "main")) { try luis.push() }
        #expect("\(CollaborationError.pushRejected(remote: "origin", branch: "main"))".contains("Run sigla pull"))

        let pulled = try luis.pull(editor: CoEditors.luis, date: CoEditors.day(12))
        #expect(pulled.kind == .merged)
        #expect(pulled.decisions.map(\.location) == ["I.1/1"])
        #expect(pulled.decisions.first?.editor == "Ana Pérez <ana@example.org>")
        let text = try #require(set.directory.read("luis/text/I.txt"))
        #expect(text.contains("Luce murió de tisis, naturalmente."))
        #expect(set.directory.read("luis/text/II.txt")?.contains("El precio subió un poco aquel año.") == true)
        #expect(try luis.decisions().map(\.location.description) == ["I.1/1", "II.2/1"])
        #expect(try set.filesWithConflictMarkers("luis").isEmpty)
        let git = set.git("luis")
        #expect(try git.output(["status", "--porcelain"]) == "")
        #expect(try git.output(["log", "-1", "--format=%P"]).split(separator: " ").count == 2)
        #expect(try git.output(["log", "-1", "--format=%s"]) == "Merge 1 decision from origin/main")
        let trailers = try git.output(["log", "-1", "--format=%(trailers:only,unfold)"])
        #expect(trailers.contains("Sigla-Action: merge"))
        #expect(trailers.contains("Merged-From: origin/main"))

        // Each decision keeps its own commit, author, date and justification.
        let log = try luis.log()
        let anas = try #require(log.first { $0.location == "I.1/1" })
        #expect(anas.editor == "Ana Pérez <ana@example.org>")
        #expect(anas.justification == "Tisis, como dice la primera versión.")
        #expect(anas.mergedFrom == "origin/main")
        #expect(anas.mergedIn == (try git.output(["rev-parse", "HEAD"])))
        let luiss = try #require(log.first { $0.location == "II.2/1" })
        #expect(luiss.editor == "Luis Soto <luis@example.org>")
        #expect(luiss.mergedIn == nil)
        let blamed = try luis.blame(.citation("I.1"))
        let part = try #require(blamed.first?.parts.first { $0.decision != nil })
        #expect(part.decision?.editor == "Ana Pérez <ana@example.org>")
        #expect(part.decision?.commit == anas.commit)

        _ = try luis.push()
        let back = try ana.pull()
        #expect(back.kind == .fastForward)
        #expect(back.decisions.map(\.location) == ["II.2/1"])
        #expect(try ana.decisions().map(\.location.description) == ["I.1/1", "II.2/1"])
        #expect(set.directory.read("ana/text/II.txt") == set.directory.read("luis/text/II.txt"))
        #expect(try set.git("ana").output(["status", "--porcelain"]) == "")
        let graph = try set.git("remote.git").output(["log", "--graph", "--oneline", "main"])
        #expect(graph.split(separator: "\n").first?.hasPrefix("*   ") == true, "graph:\n\(graph)")
        #expect(graph.contains("|\\"))
        try set.git("remote.git").run("fsck", "--strict")
        #expect(try ana.pull().kind == .upToDate)
    }

    @Test("The same place decided differently stops the pull with an editorial conflict; a new decision resolves it")
    func conflictAndResolution() throws {
        let (set, ana, luis) = try Self.setUp()
        try ana.decide(
            Self.adopt("I.4/1", "V", because: "Institutor: así en la primera versión."), editor: CoEditors.ana,
            date: CoEditors.day(10))
        try ana.decide(
            Self.adopt("II.1/1", "V", because: "Terrible, más fuerte."), editor: CoEditors.ana,
            date: CoEditors.day(10, hour: 13))
        _ = try ana.push()
        try luis.decide(
            .init(locator: "I.4/1", action: .keep, justification: "Empleado es la palabra de Serge."),
            editor: CoEditors.luis,
            date: CoEditors.day(11))
        let before = try set.git("luis").output(["rev-parse", "HEAD"])
        let textBefore = set.directory.read("luis/text/I.txt")

        let pulled = try luis.pull(editor: CoEditors.luis, date: CoEditors.day(12))
        #expect(pulled.kind == .conflicts)
        #expect(pulled.conflicts.map(\.location) == ["I.4/1"])
        // Nothing merged; the edition is the editor's own, clean, without conflict markers.
        #expect(try set.git("luis").output(["rev-parse", "HEAD"]) == before)
        #expect(set.directory.read("luis/text/I.txt") == textBefore)
        #expect(try set.git("luis").output(["status", "--porcelain"]) == "")
        #expect(try set.filesWithConflictMarkers("luis").isEmpty)

        let conflict = try #require(try luis.editorialConflicts().first)
        #expect(conflict.ours.decision?.action == .keep)
        #expect(conflict.ours.decision?.justification == "Empleado es la palabra de Serge.")
        #expect(conflict.ours.author == "Luis Soto <luis@example.org>")
        #expect(conflict.theirs.decision?.adopted == "V")
        #expect(conflict.theirs.decision?.justification == "Institutor: así en la primera versión.")
        #expect(conflict.theirs.author == "Ana Pérez <ana@example.org>")
        #expect(conflict.theirs.branch == "origin/main")
        let status = try luis.status()
        #expect(status.pendingPull?.unresolved == ["I.4/1"])
        #expect(status.remote.map(\.location) == ["II.1/1", "I.4/1"])
        #expect(status.local.map(\.location) == ["I.4/1"])

        // The edition stays usable: other decisions, and a second pull says what waits.
        try luis.decide(Self.adopt("II.2/1", "V", because: "Subió."), editor: CoEditors.luis, date: CoEditors.day(13))
        #expect(throws: CollaborationError.pullPending(label: "origin/main", unresolved: ["I.4/1"])) { try luis.pull() }
        #expect(throws: CollaborationError.pushRejected(remote: "origin", branch: "main")) { try luis.push() }

        // The resolution: a new decision at the place, without --amend, naming both predecessors.
        let resolved = try luis.decide(
            Self.adopt("I.4/1", "V", because: "Institutor, como propone Ana: el manuscrito lo confirma."),
            editor: CoEditors.luis, date: CoEditors.day(14))
        let merge = try #require(resolved.resolution?.mergeCommit)
        #expect(resolved.resolution?.remaining == [])
        let git = set.git("luis")
        let resolution = try #require(resolved.commit)
        let trailers = try git.output(["log", "-1", "--format=%(trailers:only,unfold)", resolution])
        let resolves = try #require(trailers.split(separator: "\n").first { $0.hasPrefix("Resolves: ") })
        #expect(resolves == "Resolves: \(conflict.ours.commit ?? ""), \(conflict.theirs.commit ?? "")")
        #expect(try git.output(["rev-parse", "HEAD"]) == merge)
        #expect(
            try git.output(["log", "-1", "--format=%P"])
                == "\(resolution) \(try set.git("remote.git").output(["rev-parse", "main"]))")
        #expect(try luis.pendingPull() == nil)
        #expect(try luis.editorialConflicts().isEmpty)
        #expect(set.directory.read("luis/text/I.txt")?.contains("Conocí a ese institutor barcelonés, Nin.") == true)
        #expect(set.directory.read("luis/text/II.txt")?.contains("El fin de su vida fue terrible.") == true)
        #expect(try git.output(["status", "--porcelain"]) == "")
        #expect(
            try luis.decisions().first { $0.location.description == "I.4/1" }?.justification
                == "Institutor, como propone Ana: el manuscrito lo confirma.")

        // The history keeps all three decisions at the place, each with its editor.
        let atPlace = try luis.log(location: "I.4/1")
        #expect(Set(atPlace.map(\.editor)) == ["Luis Soto <luis@example.org>", "Ana Pérez <ana@example.org>"])
        #expect(atPlace.count == 3)
        let blamed = try luis.blame(.citation("I.4"))
        #expect(blamed.first?.parts.compactMap(\.decision?.commit).first == resolution)

        _ = try luis.push()
        #expect(try ana.pull().kind == .fastForward)
        #expect(set.directory.read("ana/text/I.txt") == set.directory.read("luis/text/I.txt"))
    }

    @Test("A dropped pull leaves the edition as it was; pulling again finds the conflict again")
    func abortPull() throws {
        let (set, ana, luis) = try Self.setUp()
        try ana.decide(Self.adopt("I.1/1", "V", because: "Tisis."), editor: CoEditors.ana, date: CoEditors.day(10))
        _ = try ana.push()
        try luis.decide(
            .init(locator: "I.1/1", action: .keep, justification: "Tuberculosis."), editor: CoEditors.luis,
            date: CoEditors.day(11))
        #expect(try luis.pull().kind == .conflicts)
        #expect(try luis.abortPull() == "origin/main")
        #expect(try luis.pendingPull() == nil)
        #expect(!FileManager.default.fileExists(atPath: set.directory.path("luis/.git/sigla-merge.json")))
        #expect(throws: CollaborationError.noPendingPull) { try luis.abortPull() }
        #expect(try set.git("luis").output(["status", "--porcelain"]) == "")
        #expect(try luis.pull().conflicts.map(\.location) == ["I.1/1"])
        // Reopened from disk (as the next command would), the waiting pull is still there.
        let reopened = try Edition.open(containing: set.directory.path("luis"))
        #expect(try reopened.pendingPull()?.unresolved == ["I.1/1"])
    }

    @Test("A decision reverted on one side and amended on the other conflicts; a revert resolves it")
    func revertAgainstAmend() throws {
        let (set, ana, luis) = try Self.setUp()
        try ana.decide(Self.adopt("I.1/1", "V", because: "Tisis."), editor: CoEditors.ana, date: CoEditors.day(10))
        _ = try ana.push()
        _ = try luis.pull()
        try ana.revert("I.1/1", justification: "No hay prueba.", editor: CoEditors.ana, date: CoEditors.day(11))
        _ = try ana.push()
        var amended = Self.adopt("I.1/1", "V", because: "Tisis, con más razones.")
        amended.amend = true
        try luis.decide(amended, editor: CoEditors.luis, date: CoEditors.day(12))
        let pulled = try luis.pull()
        #expect(pulled.kind == .conflicts)
        let conflict = try #require(pulled.conflicts.first)
        #expect(conflict.theirs.decision == nil)
        #expect(conflict.theirs.subject == "Revert decision at I.1/1")
        #expect(conflict.ours.decision?.justification == "Tisis, con más razones.")
        try luis.revert("I.1/1", justification: "Ana tiene razón.", editor: CoEditors.luis, date: CoEditors.day(13))
        #expect(try luis.pendingPull() == nil)
        #expect(try luis.decisions().isEmpty)
        #expect(set.directory.read("luis/text/I.txt")?.contains("tuberculosis") == true)
        #expect(try set.git("luis").output(["log", "-1", "--format=%s"]) == "Merge 1 decision from origin/main")
    }

    @Test("Settings changed differently on both sides are refused with a clear message, nothing merged")
    func settingsClash() throws {
        let (set, ana, luis) = try Self.setUp()
        try set.directory.write(CoEditingSample.variant, to: "sources/W.txt")
        try ana.addWitness(
            siglum: "W", file: InputFile(path: set.directory.path("sources/W.txt")), description: .init(title: "Otra"),
            editor: CoEditors.ana)
        _ = try ana.push()
        try luis.addWitness(
            siglum: "X", file: InputFile(path: set.directory.path("sources/W.txt")),
            description: .init(title: "Otra más"), editor: CoEditors.luis)
        let head = try set.git("luis").output(["rev-parse", "HEAD"])
        #expect(throws: CollaborationError.filesChangedOnBothSides(label: "origin/main", paths: ["sigla.yaml"])) {
            try luis.pull()
        }
        #expect(try set.git("luis").output(["rev-parse", "HEAD"]) == head)
        #expect(try luis.pendingPull() == nil)
        #expect(try set.git("luis").output(["status", "--porcelain"]) == "")
    }

    @Test(
        "A witness added on one side and decisions on the other merge; the text is worked out from the merged witnesses"
    )
    func witnessOnOneSide() throws {
        let (set, ana, luis) = try Self.setUp()
        try set.directory.write(CoEditingSample.variant.replacingOccurrences(of: "subió", with: "cayó"), to: "sources/W.txt")
        try ana.addWitness(
            siglum: "W", file: InputFile(path: set.directory.path("sources/W.txt")), description: .init(title: "Otra"),
            editor: CoEditors.ana)
        _ = try ana.push()
        try luis.decide(Self.adopt("II.1/1", "V", because: "Terrible."), editor: CoEditors.luis)
        #expect(try luis.pull().kind == .merged)
        #expect(luis.witnesses.map(\.siglum.rawValue) == ["TS", "V", "W"])
        let found = try luis.locations().first { $0.id.description == "II.2/1" }
        #expect(
            found?.readings.contains(Decision.Reading(state: "W", text: "cayó")) == true,
            "\(String(describing: found?.readings))")
        #expect(set.directory.read("luis/text/II.txt")?.contains("El fin de su vida fue terrible.") == true)
        #expect(try set.git("luis").output(["status", "--porcelain"]) == "")
    }
}
