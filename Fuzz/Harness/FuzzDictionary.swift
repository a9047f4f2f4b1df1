/// The tokens each parser gives meaning to: the fuzzers insert them so that mutants reach
/// past the first syntax check. libFuzzer reads the same lists (`Scripts/fuzz.sh` writes
/// them as `-dict` files).
public enum FuzzDictionary {
    public static func tokens(for target: FuzzTarget) -> [String] {
        switch target {
        case .markup:
            [
                "{++", "++}", "{--", "--}", "{~~", "~>", "~~}", "{>>", "<<}", "{??", "??}", "|", "{##", "##}", "{!!",
                "!!}", "{^^", "^^}", "{::", "::}", "{::hand::}", "{::lacuna-start::}", "{::lacuna-end::}",
                "{::hand-shift::}", "[", "]", "[hand=Serge]", "[stage=2]", "[medium=\"lápiz negro\"]", "[place=margin]",
                "[prefer=2]", "[by=author]", "[id=Serge description=\"x\"]", "\\", "\\{", "\"", "=", "\n", "\r\n",
            ]
        case .tei:
            [
                "<del>", "</del>", "<add place=\"margin\">", "</add>", "<subst>", "</subst>", "<restore>", "</restore>",
                "<unclear>", "</unclear>", "<choice>", "</choice>", "<gap extent=\"2 words\"/>", "<metamark>",
                "</metamark>", "<note type=\"author\">", "</note>", "<handShift new=\"#Serge\"/>", "<lb/>", "<p>",
                "</p>",
                "<div>", "</div>", "<app><rdg><lacunaStart/></rdg></app>", " hand=\"#h1\"", " seq=\"2\"", "&amp;",
                "&lt;",
                "&#x0;", "&#1114112;", "&foo;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>", "<!DOCTYPE", "<!ENTITY",
                " xmlns=\"http://www.tei-c.org/ns/1.0\"", " xmlns:x=\"urn:x\"", "<x:y>", "</x:y>", "\"", "'", ">", "</",
            ]
        case .configuration, .recipeManifest:
            [
                "format-version: 1", "title: ", "base: TS", "witnesses:", "- siglum: TS", "  file: witnesses/TS.txt",
                "  file: ../x", "  file: /etc/passwd", "  format: tei", "collation:", "  normalization:",
                "    ignore: [case]",
                "    rules:", "    - pattern: \"(\"", "      replacement: x", "  near-match: true",
                "  transpositions: {}", "signs:", "apparatus:", "sentences:", "notes: |", "&a [1, 2]", "*a", "!!binary",
                "!!int", "? ", ": ", "- ", "{", "}", "[", "]", "\"", "'", "#", "\n", "\n  ", "~", "null", "<<: *a",
                "decisions: decisions.yaml", "editor: A <a@b>", "kind: print",
            ]
        case .recipeDecisions, .decision:
            [
                "- note: I.11", "  at: ", "  action: adopt", "action: emend", "action: keep", "action: supply",
                "  adopt: TS-ac", "  sign: brackets", "  category: restoration", "  because: ", "  date: 2018-09-15",
                "location: I.27/1", "location: I.0/0", "base-start: ", "base-end: ", "lemma: ", "readings:",
                "- state: TS",
                "  text: ", "adopted: TS-ac", "from: V1", "text: ", "sign: none", "category: emendation", "because: ",
                "editor: A <a@b>", "date: 2018-09-15T00:00:00Z", "anchor: ", "&a x", "*a", "!!str", ": ", "- ", "\"",
                "'", "\n", "\n  ", "~", "-1", "99999999999999999999",
            ]
        case .collatex:
            [
                "{", "}", "[", "]", ",", ":", "\"witnesses\"", "\"id\"", "\"content\"", "\"tokens\"", "\"t\"", "\"n\"",
                "null", "true", "1e999", "-0", "\"\\u0000\"", "\"\\ud800\"", "\"\\\"", "{\"t\": \"x \"}",
            ]
        case .printed:
            [
                " I\n", "\nII\n", "\nMUNDO SIN EVASIÓN POSIBLE (1906-1912)\n", "\n\n", "-\n", "1 ", "11* ", "*", "!",
                "!n", "-", "8", "\u{0C}", " 23\n", "NOTAS\n", "ÍNDICE\n", "[…]", "«", "»",
            ]
        }
    }
}
