import Foundation
import TestSupport
import Testing

/// `sigla export` end to end: a small edition made through the command line, exported in
/// every format to standard output and to a file.
@Suite("sigla export, end to end")
struct ExportCommandTests {
    let sigla = try! SiglaBinary()
    static let editor = "Jean Rière <jean@example.org>"

    static let typescript = #"""
        {::hand::}[id=Serge description="Victor Serge"]
        # I. El mundo sin evasión posible

        No poseo nada. {!!Reservar!!}[place=margin]{--Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad. --}[hand=Serge medium="lápiz negro"]Detrás de nosotros una revolución.

        Conocí a ese empleado barcelonés, Nin. El precio <subió> un 50% & {x} [según él] con \\ y "nada".

        """#

    static let firstVersion = #"""
        # I. El mundo sin evasión posible

        No poseo nada. Detrás de nosotros una revolución.

        Conocí a ese empleado barcelonés, Nin. El precio <bajó> un 50% & {x} [según él] con \ y "nada".

        """#

    func makeEdition(decided: Bool = true) throws -> (directory: TemporaryDirectory, root: String) {
        let directory = try TemporaryDirectory()
        let root = directory.path + "/ed"
        try sigla.expectSuccess(
            ["init", root, "--title", "Memorias & <notas>", "--editor", Self.editor], in: directory.path)
        let ts = try directory.write("TS.txt", text: Self.typescript)
        let v1 = try directory.write("V1.txt", text: Self.firstVersion)
        try sigla.expectSuccess(
            ["witness", "add", "TS", ts, "--title", "Mecanoscrito", "--kind", "typescript"], in: root)
        try sigla.expectSuccess(
            ["witness", "add", "V1", v1, "--title", "Primera versión", "--kind", "print"], in: root)
        guard decided else { return (directory, root) }
        try sigla.expectSuccess(
            [
                "decide", "cubierto de lodo", "--adopt", "TS-ac", "--category", "suppression-kept",
                "--because", "Frase suprimida por Serge, pero conservada por ser exacta.", "--date", "2018-09-15",
            ],
            in: root)
        try sigla.expectSuccess(
            [
                "decide", "empleado", "--emend", "institutor", "--because",
                #"Lapsus: <empleado> & 100% {sic} \ ] "x"."#,
                "--date", "2018-09-16",
            ],
            in: root)
        return (directory, root)
    }

    @Test("Markdown and text on standard output: one entry per line under its chapter")
    func reviewFormats() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let text = try sigla.expectSuccess(["export", "--format", "text"], in: root).standardOutput
        #expect(
            text.contains(
                "I.1a  [Varias veces … la verdad.]] TS a.c.; del. TS (Serge, lápiz negro; in marg. «Reservar»); om. V1 — Frase suprimida por Serge, pero conservada por ser exacta.\n"
            ))
        #expect(text.contains(#"I.3  institutor] corr.; empleado TS — Lapsus: <empleado> & 100% {sic} \ ] "x"."#))
        #expect(text.contains("I.4  subió] bajó V1\n"))
        let positive = try sigla.expectSuccess(["export", "--format", "text", "--apparatus", "positive"], in: root)
        #expect(positive.standardOutput.contains("I.4  subió] TS; bajó V1\n"))
        let markdown = try sigla.expectSuccess(["export", "--format", "markdown"], in: root).standardOutput
        #expect(markdown.contains("## I. El mundo sin evasión posible\n"))
        #expect(
            markdown.contains(
                #"- **I.3**  institutor\] *corr.*; empleado TS — Lapsus: \<empleado\> \& 100% \{sic\} \\ \] "x"."#))
    }

    @Test("LaTeX and HTML from the command line: a reledmac document and a self-contained page")
    func latexAndHTML() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        try sigla.expectSuccess(["export", "--format", "latex", "-o", "edition.tex"], in: root)
        let tex = try String(contentsOfFile: root + "/edition.tex", encoding: .utf8)
        #expect(tex.contains("\\usepackage[series={A,B}]{reledmac}"))
        #expect(tex.contains("\\beginnumbering") && tex.contains("\\edtext{"))
        #expect(tex.contains("Frase suprimida por Serge, pero conservada por ser exacta."))
        let html = try sigla.expectSuccess(["export", "--format", "html"], in: root).standardOutput
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Frase suprimida por Serge, pero conservada por ser exacta."))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
    }

    @Test("-o writes the file whole (no temporary file left), prints nothing, and replaces an old export")
    func outputFile() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        let target = directory.path + "/out/edition.json"
        try FileManager.default.createDirectory(atPath: directory.path + "/out", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        let result = try sigla.expectSuccess(["export", "--format", "json", "-o", target], in: root)
        #expect(result.standardOutput.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: target))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["title"] as? String == "Memorias & <notas>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path + "/out") == ["edition.json"])
        let stdout = try sigla.expectSuccess(["export", "--format", "json"], in: root).standardOutput
        #expect(Data(stdout.utf8) == data)
        // As with git, a relative -o is relative to -C's directory.
        try sigla.expectSuccess(
            ["export", "--format", "text", "-o", "../out/apparatus.txt", "-C", root], in: directory.path)
        #expect(FileManager.default.fileExists(atPath: directory.path + "/out/apparatus.txt"))
    }

    @Test(
        "TEI with either method validates with jing; an edition with no decisions too",
        .enabled(if: Jing.isAvailable, Comment(rawValue: Jing.missing)))
    func tei() throws {
        for decided in [true, false] {
            let (directory, root) = try makeEdition(decided: decided)
            defer { withExtendedLifetime(directory) {} }
            for method in ["parallel-segmentation", "double-end-point"] {
                let file = directory.path + "/\(method).xml"
                try sigla.expectSuccess(["export", "--format", "tei", "--tei-method", method, "-o", file], in: root)
                #expect(try Jing.errors(inFiles: [file]) == [], "\(method), decided: \(decided)")
                let xml = try String(contentsOfFile: file, encoding: .utf8)
                #expect(xml.contains("<variantEncoding method=\"\(method)\" location=\"internal\"/>"))
                #expect(xml.contains("El precio &lt;") && xml.contains("<title>Memorias &amp; &lt;notas&gt;</title>"))
            }
        }
    }

    @Test("Bad requests get a clear message and write nothing")
    func badRequests() throws {
        let (directory, root) = try makeEdition()
        defer { withExtendedLifetime(directory) {} }
        func expectFailure(
            _ arguments: [String], in place: String? = nil, status: Int32, message: String,
            sourceLocation: SourceLocation = #_sourceLocation
        ) throws {
            let result = try sigla.run(arguments, in: place ?? root)
            #expect(result.status == status, "stderr: \(result.standardError)", sourceLocation: sourceLocation)
            #expect(
                result.standardError.contains(message), "stderr: \(result.standardError)",
                sourceLocation: sourceLocation)
            #expect(result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        }
        try expectFailure(["export", "--format", "pdf"], status: 2, message: "'pdf'")
        try expectFailure(["export"], status: 2, message: "--format")
        try expectFailure(
            ["export", "--format", "text", "--tei-method", "double-end-point"], status: 2,
            message: "--tei-method applies to --format tei only")
        try expectFailure(["export", "--format", "tei", "--apparatus", "both"], status: 2, message: "'both'")
        try expectFailure(
            ["export", "--format", "text", "-o", directory.path + "/missing/a.txt"], status: 1,
            message: "cannot write \(directory.path)/missing/a.txt: the folder \(directory.path)/missing does not exist"
        )
        try expectFailure(["export", "--format", "text", "-o", directory.path], status: 1, message: "it is a folder")
        try expectFailure(
            ["export", "--format", "text"], in: directory.path, status: 1, message: "not inside a Sigla edition")

        let empty = directory.path + "/empty"
        try sigla.expectSuccess(["init", empty, "--title", "Vacía", "--editor", Self.editor], in: directory.path)
        try expectFailure(
            ["export", "--format", "json"], in: empty, status: 1, message: "the edition has no witnesses yet")
    }
}
