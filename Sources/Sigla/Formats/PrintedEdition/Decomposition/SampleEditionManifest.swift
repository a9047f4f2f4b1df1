import Yams

/// The `edition.yaml` of a sample edition: what it is, how to cite it, what is reconstructed,
/// its witnesses and its decisions file.
public struct SampleEditionManifest: Sendable, Hashable, Codable {
    public var title: String
    public var author: String
    /// `Name <mail>`.
    public var editor: String
    /// The printed edition the sample is taken from.
    public var source: String
    /// What is reconstructed, and from what.
    public var reconstructed: String
    /// How to cite the sample edition.
    public var cite: String
    /// The siglum of the base witness.
    public var base: String
    public var witnesses: [WitnessEntry]
    /// The decisions file, relative to the sample's folder.
    public var decisions: String

    /// A witness of the sample edition.
    public struct WitnessEntry: Sendable, Hashable, Codable {
        public var siglum: String
        /// Relative to the sample's folder.
        public var file: String
        public var format: TranscriptionFormat
        public var title: String
        public var kind: Witness.Kind
        public var date: String?
        public var note: String

        public init(
            siglum: String, file: String, format: TranscriptionFormat = .markup, title: String, kind: Witness.Kind,
            date: String?, note: String
        ) {
            self.siglum = siglum
            self.file = file
            self.format = format
            self.title = title
            self.kind = kind
            self.date = date
            self.note = note
        }
    }

    public init(
        title: String, author: String, editor: String, source: String, reconstructed: String, cite: String,
        base: String, witnesses: [WitnessEntry], decisions: String
    ) {
        self.title = title
        self.author = author
        self.editor = editor
        self.source = source
        self.reconstructed = reconstructed
        self.cite = cite
        self.base = base
        self.witnesses = witnesses
        self.decisions = decisions
    }

    /// The manifest as YAML, keys in the order above.
    ///
    /// - Parameter header: comment lines put first, each prefixed with `# `.
    public func yaml(header: [String] = []) -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        encoder.options.sortKeys = false
        // Encoding plain Codable values to YAML cannot fail.
        let body = (try? encoder.encode(self)) ?? ""
        return header.map { $0.isEmpty ? "#\n" : "# \($0)\n" }.joined() + body
    }

    /// Reads a manifest.
    ///
    /// - Throws: ``ReconstructedDecisionError`` naming the file and the problem.
    public init(yaml: String, fileName: String) throws(ReconstructedDecisionError) {
        do {
            self = try YAMLDecoder().decode(SampleEditionManifest.self, from: yaml)
        } catch {
            throw ReconstructedDecisionError(file: fileName, problem: "\(error)")
        }
    }
}
