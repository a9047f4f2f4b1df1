import Foundation
import TestSupport
import Testing

/// What Sigla keeps in `.git/sigla-cache` (sigla.yaml, the base text and locations by
/// section, each section's decisions and its established text) only saves time: every
/// command says and writes the same with it as without it.
@Suite("The kept analysis changes nothing a command says or writes")
struct KeptAnalysisTests {
    let sigla = try! SiglaBinary()

    /// Decisions one after another in one section, each a fresh process that finds the
    /// section as the decision before left it established.
    static let decisions: [[String]] = [
        ["decide", "cubierto de lodo", "--adopt", "TS-ac", "--because", "Conservada por ser exacta."],
        ["decide", "empleado barcelonés", "--emend", "poumista barcelonés", "--because", "Errata del mecanoscrito."],
        ["revert", "I.2/1", "--because", "Mejor en nota."],
        ["decide", "cubierto de lodo", "--adopt", "TS-ac", "--sign", "none", "--because", "Sin corchetes."],
    ]

    /// What the edition says of itself: its text files and what the reading commands print.
    func readings(of root: String) throws -> [String] {
        var said = [try String(contentsOfFile: root + "/text/I.txt", encoding: .utf8)]
        for command in [
            ["variants", "--json"], ["log", "--json"], ["blame", "--chapter", "I", "--json"],
            ["export", "--format", "json"], ["export", "--format", "text"],
        ] {
            said.append(try sigla.expectSuccess(command, in: root).standardOutput)
        }
        return said
    }

    @Test("decisions in one section, history rewound by git, every reading command: the same with the cache as without")
    func sameWithAndWithoutCache() throws {
        let decisions = DecisionCommandTests()
        let (directory, root) = try decisions.makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let fresh = directory.path + "/fresh"
        var outputs: [(kept: String, fresh: String)] = []
        for command in Self.decisions {
            // The same decision in a copy of the edition without its cache.
            try? FileManager.default.removeItem(atPath: fresh)
            try FileManager.default.copyItem(atPath: root, toPath: fresh)
            try FileManager.default.removeItem(atPath: fresh + "/.git/sigla-cache")
            let dated = command + ["--date", "2026-12-02"]
            let kept = try sigla.expectSuccess(dated, in: root).standardOutput
            let anew = try sigla.expectSuccess(dated, in: fresh).standardOutput
            outputs.append((kept, anew))
        }
        for (index, output) in outputs.enumerated() {
            #expect(output.kept == output.fresh, "\(Self.decisions[index].prefix(2))")
        }
        #expect(FileManager.default.fileExists(atPath: root + "/.git/sigla-cache/established/I.bin"))

        // History changed behind Sigla's back: git itself rewinds the last two changes (the
        // revert and the restoration without brackets). What was kept for the newer state
        // must not be taken for the older one by the next decision.
        try GitCLI(directory: root).run(["reset", "-q", "--hard", "HEAD~2"])
        try? FileManager.default.removeItem(atPath: fresh)
        try FileManager.default.copyItem(atPath: root, toPath: fresh)
        try FileManager.default.removeItem(atPath: fresh + "/.git/sigla-cache")
        let again = [
            "decide", "No poseo nada", "--emend", "No poseo casi nada", "--because", "Conjetura.", "--date",
            "2026-12-03",
        ]
        let kept = try sigla.expectSuccess(again, in: root).standardOutput
        #expect(kept == (try sigla.expectSuccess(again, in: fresh).standardOutput))
        #expect(kept.contains("No poseo casi nada"))
        #expect(try readings(of: root) == (try readings(of: fresh)))

        let withCache = try readings(of: root)
        try FileManager.default.removeItem(atPath: root + "/.git/sigla-cache")
        let withoutCache = try readings(of: root)
        #expect(withCache == withoutCache)
        #expect(withCache[0].contains("Detrás de nosotros"))
        #expect(withCache[0].contains("Varias veces he sido cubierto de lodo"))
        #expect(withCache[0].contains("poumista barcelonés"))
        #expect(withCache[0].contains("No poseo casi nada"))
    }
}
