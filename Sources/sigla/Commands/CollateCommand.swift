import ArgumentParser
import Foundation
import Sigla

/// `sigla collate A.txt B.txt [C.txt …]`: align witnesses and show where they differ.
struct CollateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collate",
        abstract: "Align two or more witnesses and show where they differ.",
        discussion: """
            With files, no edition is needed: each file is a witness in plain UTF-8 text, \
            its siglum the file name without extension. A single .json file in CollateX's \
            input format (or any file with --input collatex-json) supplies the witnesses \
            instead.

            Inside an edition, name witnesses or witness states instead (TS, TS-ac, V1); \
            with none, all the edition's witnesses are collated, each in its state after \
            revision, against the edition's base. The edition's collation settings in \
            sigla.yaml apply; options given here override them.

            Formats: text (variant locations with context, coloured on a terminal unless \
            NO_COLOR is set), table (alignment table, one aligned position per line), json \
            (CollateX alignment-table JSON with a "transpositions" list), tei (TEI parallel \
            segmentation).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, table, json, tei
    }

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case collatexJSON = "collatex-json"
    }

    @Argument(help: "Witness files, or one CollateX JSON input file; inside an edition, witnesses or states (TS, TS-ac).")
    var files: [String] = []

    @Option(help: "Siglum of the base witness (default: the edition's base, else the first siglum in sorted order).")
    var base: String?

    @Flag(inversion: .prefixedNo, help: "Refine changed regions by near matching (edit distance; default: on).")
    var nearMatch: Bool?

    @Option(help: "Differences to ignore, comma-separated: case, punctuation, diacritics, spelling.")
    var ignore: String?

    @Option(help: "Output format: text, table, json or tei.")
    var format: Format = .text

    @Option(help: "Input format: text, or collatex-json (default: collatex-json for a single .json file).")
    var input: InputFormat?

    func validate() throws {
        if let ignore {
            for name in Self.names(ignore) where FormalDifference(rawValue: name) == nil {
                throw ValidationError(
                    "--ignore: unknown difference ‘\(name)’; use case, punctuation, diacritics or spelling")
            }
        }
        if isCollateXInput && files.count != 1 {
            throw ValidationError("CollateX JSON input is one file; got \(files.count)")
        }
    }

    @OptionGroup var location: EditionLocationOptions

    /// Witnesses come from files (no edition), unless no argument names an existing file.
    private var usesFiles: Bool {
        isCollateXInput || files.contains { FileManager.default.fileExists(atPath: $0) }
    }

    private var isCollateXInput: Bool {
        input == .collatexJSON || (input == nil && files.count == 1 && files[0].hasSuffix(".json"))
    }

    func run() throws {
        var configuration = CollationConfiguration()
        let witnesses: [WitnessInput]
        if usesFiles {
            witnesses = try readWitnesses()
            guard witnesses.count >= 2 else {
                throw ValidationError("collate needs at least two witness files (or one CollateX JSON file)")
            }
        } else {
            let edition: Edition
            do {
                edition = try location.openEdition()
            } catch EditionError.notAnEdition {
                if let missing = files.first {
                    throw CollateFailure(
                        message: "\(missing): no such file (and this is not inside an edition, where it could name a witness)")
                }
                throw ValidationError("collate needs at least two witness files (or, inside an edition, witness sigla)")
            }
            configuration = edition.configuration.collation
            let names = files.isEmpty ? edition.witnesses.map(\.siglum.rawValue) : files
            witnesses = try names.map { name in
                WitnessInput(siglum: name, text: try edition.stateText(named: name).state.text)
            }
            guard witnesses.count >= 2 else {
                throw ValidationError("collate needs at least two witnesses; the edition has \(witnesses.count)")
            }
            configuration.base = edition.configuration.base.flatMap { base in names.first { $0 == base } }
        }
        if let base { configuration.base = base }
        if let nearMatch { configuration.nearMatching = nearMatch }
        if let ignore {
            configuration.normalization.ignoring.formUnion(Self.names(ignore).compactMap(FormalDifference.init))
        }
        let collation: Collation
        do {
            collation = try Collator(configuration: configuration).collate(witnesses)
        } catch let error as CollationError {
            throw CollateFailure(message: error.description)
        }
        let output: String
        switch format {
        case .text:
            output = VariantListFormatter(colored: Terminal.usesColor).format(collation)
        case .table:
            output = AlignmentTableFormatter().format(collation)
        case .json:
            output = CollateXJSONWriter().format(collation)
        case .tei:
            output = TEIParallelSegmentationWriter().format(collation)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func readWitnesses() throws -> [WitnessInput] {
        if isCollateXInput {
            let data = try InputFile.read(files[0]).data
            do {
                return try CollateXJSONInput.witnesses(from: data)
            } catch let error as CollateXInputError {
                throw CollateFailure(message: "\(files[0]): \(error.description)")
            }
        }
        return try files.map { path in
            let siglum = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return WitnessInput(siglum: siglum, text: try InputFile.read(path).text)
        }
    }


    static func names(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }
}

/// A failure of `sigla collate` explained for a person (exit status 1).
struct CollateFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
