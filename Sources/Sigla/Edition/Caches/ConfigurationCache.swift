/// `sigla.yaml` as last read, kept in `.git/sigla-cache/` in the compact form of
/// ``CacheFile`` and keyed by the file's whole text.
///
/// Every command reads `sigla.yaml`; decoding it through YAML and `Codable` cost a
/// command some 4 ms, most of it the Swift runtime looking up the conformances of each
/// type the first time it is decoded. The kept form is read field by field instead. A
/// file that differs by one byte from the one kept is read from YAML again, with its
/// errors reported as always; only a file that was read without error is kept.
struct ConfigurationCache {
    /// Bumped whenever the kept form of the configuration changes.
    static let version = 1

    private let file: CacheFile<EditionConfiguration>

    init(gitDirectory: String) {
        file = CacheFile(
            path: gitDirectory.withoutTrailingSlash + "/sigla-cache/configuration.bin", tag: "sigla-configuration",
            version: Self.version)
    }

    /// The configuration read from `text` before, if this is the text kept.
    func load(text: String) -> EditionConfiguration? { file.load(key: text) }

    func store(_ configuration: EditionConfiguration, text: String) { file.store(configuration, key: text) }
}
