/// Where things live in an edition repository (see Docs/edition-repository.md).
public enum EditionLayout {
    /// The edition's settings, at the root.
    public static let configurationFile = "sigla.yaml"
    /// One transcription per witness.
    public static let witnessesDirectory = "witnesses"
    /// The established text, one file per chapter or section, one sentence per line.
    public static let textDirectory = "text"
    /// The decisions, one record per variant location.
    public static let apparatusDirectory = "apparatus"
    /// Sigla's lock, inside `.git` so that it is never committed.
    public static let lockFileName = "sigla.lock"

    /// The path of a witness's transcription, relative to the edition root.
    public static func witnessFile(_ siglum: Siglum, format: TranscriptionFormat) -> String {
        "\(witnessesDirectory)/\(siglum.rawValue).\(format == .tei ? "xml" : "txt")"
    }

    /// The files every new edition starts with, so the layout is visible in git from the
    /// first commit (git does not keep empty directories).
    static func placeholderFiles() -> [(path: String, text: String)] {
        [
            ("\(witnessesDirectory)/README.md", """
            # Witnesses

            One transcription per witness, named by its siglum (`TS.txt`, `V1.xml`), in Sigla \
            markup or TEI. Add them with `sigla witness add SIGLUM FILE --title "…"`.

            """),
            ("\(textDirectory)/README.md", """
            # Established text

            One file per chapter or section, one sentence per line, built by Sigla from the \
            base witness and the editor's decisions.

            """),
            ("\(apparatusDirectory)/README.md", """
            # Apparatus

            The editor's decisions, one record per variant location, each written by the \
            commit that made the decision.

            """),
        ]
    }
}
