import Foundation
import TestSupport
import Testing

@testable import Sigla

/// HTML for readers: one self-contained page, checked in headless Chromium.
@Suite("HTML export")
struct HTMLApparatusExporterTests {
    static let chromium = ExternalTool("chromium", "chromium-browser", "google-chrome")
    static let chromiumMissing = "chromium is not here (CI installs it)"

    @Test("The sample edition's golden file")
    func golden() throws {
        let document = try SampleApparatusEdition().document()
        try GoldenFile.check(HTMLApparatusExporter().export(document), "sample.html")
    }

    @Test("Self-contained: no external script, style, font or image")
    func selfContained() throws {
        let html = HTMLApparatusExporter().export(try SampleApparatusEdition().document())
        for external in ["src=", "<link", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(external), "the page refers to something outside it: \(external)")
        }
    }

    @Test("Each entry is marked in the text, focusable, and listed at the foot of its section")
    func marks() throws {
        let document = try SampleApparatusEdition().document()
        let html = HTMLApparatusExporter().export(document)
        #expect(html.components(separatedBy: "<span class=\"app").count - 1 == document.entries.count)
        #expect(html.components(separatedBy: "<li id=\"e").count - 1 == document.entries.count)
        #expect(html.contains("class=\"app restored\""))
        #expect(html.contains("tabindex=\"0\" role=\"button\" aria-describedby=\"e2\""))
        // The struck sentence restored with the edition's sign, in its sentence span.
        #expect(
            html.contains(
                "[Varias veces he sido cubierto de lodo por una prensa de gran tirada porque digo la verdad.]</span>"))
        #expect(html.contains("<span class=\"term\">del.</span> <span class=\"sig\">TS</span>"))
    }

    @Test("Special characters are escaped in text, apparatus and the blame data")
    func escaping() throws {
        let html = HTMLApparatusExporter().export(try SampleApparatusEdition().document())
        #expect(!html.contains("<subió>") && !html.contains("<bajó>") && !html.contains("<notas>"))
        #expect(html.contains("&lt;subió&gt; &amp; 100% {\\}] &quot;sic&quot;"))
        #expect(HTMLText.escaped(#"<a href="x">&'"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(!html.contains("</script>\"") && html.components(separatedBy: "</script>").count == 3)
    }

    @Test("The heat map shades a sentence by its number of entries")
    func heat() throws {
        let sentences = [
            ApparatusSentence(citation: "I.1", text: "Uno dos.", range: TextRange(start: 0, end: 8)),
            ApparatusSentence(citation: "I.2", text: "Tres.", range: TextRange(start: 9, end: 14)),
        ]
        let section = try #require(SectionID(rawValue: "I"))
        func entry(_ start: Int, _ end: Int) -> ApparatusEntry {
            ApparatusEntry(
                location: LocationID(section: section, sentence: 1, ordinal: start + 1), section: section,
                citation: "I.1", range: TextRange(start: start, end: end), lemma: ApparatusLemma(text: "x"),
                readings: [])
        }
        #expect(HTMLApparatusExporter.heat(sentences, [entry(0, 3), entry(4, 7), entry(9, 9)]) == [2, 1])
        #expect(HTMLApparatusExporter.heat(sentences, [entry(4, 12)]) == [1, 1])
    }

    @Test(
        "Headless Chromium renders the page: text, marks, apparatus, blame data, a screenshot",
        .enabled(if: chromium != nil, Comment(rawValue: chromiumMissing)))
    func rendersInChromium() throws {
        let chromium = try #require(Self.chromium)
        let document = try SampleApparatusEdition().document()
        let directory = try TemporaryDirectory(prefix: "sigla-html")
        let page = directory.path("edition.html")
        try Data(HTMLApparatusExporter().export(document).utf8).write(to: URL(fileURLWithPath: page))
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
        let dump = try chromium.run(flags + ["--dump-dom", "file://" + page], in: directory.path)
        try #require(dump.status == 0, "chromium failed: \(dump.output.suffix(1000))")
        let dom = dump.output
        #expect(dom.contains("data-ready=\"yes\""), "the page's script did not run to its end")
        #expect(dom.contains("Luce murió de tuberculosis"))
        #expect(dom.components(separatedBy: "<span class=\"app").count - 1 == document.entries.count)
        for expected in [
            "Frase suprimida por Serge, pero conservada por ser exacta.", "<span class=\"sig\">TS a.c.</span>",
            "class=\"witnesses\"", "Jean Rière",
        ] {
            #expect(dom.contains(expected), "the rendered page lacks \(expected)")
        }
        for width in ["1280,900", "375,800"] {
            let picture = directory.path("page-\(width.prefix(4)).png")
            let shot = try chromium.run(
                flags + ["--screenshot=\(picture)", "--window-size=\(width)", "file://" + page], in: directory.path)
            try #require(shot.status == 0, "chromium failed: \(shot.output.suffix(1000))")
            let size = try FileManager.default.attributesOfItem(atPath: picture)[.size] as? Int ?? 0
            #expect(size > 20_000, "the \(width) screenshot is nearly empty (\(size) bytes)")
        }
    }

    @Test(
        "In Chromium, a click on a sentence shows its blame, focus on a mark its entry, the toggles shade and tabulate",
        .enabled(if: chromium != nil, Comment(rawValue: chromiumMissing)))
    func interactions() throws {
        let chromium = try #require(Self.chromium)
        let document = try SampleApparatusEdition().document()
        let directory = try TemporaryDirectory(prefix: "sigla-html")
        let page = directory.path("edition.html")
        // What a reader does, played by a script added after the page's own.
        let reader = """
            <script>
            document.getElementById('heat').click();
            document.getElementById('sbs').click();
            var sentence = Array.from(document.querySelectorAll('.s')).find(function (s) {
              return s.dataset.s === 'I.4' && !s.closest('.app');
            });
            sentence.click();
            document.querySelector('.app[data-loc="I.2/1"]').focus();
            </script>
            </body>
            """
        let html = HTMLApparatusExporter().export(document).replacingOccurrences(of: "</body>", with: reader)
        try Data(html.utf8).write(to: URL(fileURLWithPath: page))
        let dump = try chromium.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + page], in: directory.path)
        try #require(dump.status == 0, "chromium failed: \(dump.output.suffix(1000))")
        let dom = dump.output
        #expect(dom.contains("<body class=\"heat sbs\"") || dom.contains("class=\"heat sbs\""))
        let blame = try #require(dom.firstMatch(of: #/<aside id="blame"[^>]*>(.*?)</aside>/#)?.output.1)
        #expect(!dom.contains("<aside id=\"blame\" aria-live=\"polite\" hidden"))
        for expected in [
            "I.4", "Ana Editora", "El manuscrito indica «empleado», por un lapsus de Serge.", "institutor",
        ] {
            #expect(blame.contains(expected), "the blame panel lacks \(expected)")
        }
        let popover = try #require(dom.firstMatch(of: #/<div id="pop"[^>]*>(.*?)</div>/#)?.output.1)
        #expect(popover.contains("Frase suprimida por Serge, pero conservada por ser exacta."))
    }
}
