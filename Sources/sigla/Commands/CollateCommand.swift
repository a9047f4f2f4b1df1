import ArgumentParser
import Foundation
import Sigla

/// `sigla collate A.txt B.txt [C.txt …]`: align witnesses and show where they differ.
struct CollateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collate",
        abstract: "Align two or more witnesses and show where they differ.",
        discussion: """
            Each file is a witness in plain UTF-8 text; its siglum is the file name without \
            extension. A single .json file in CollateX's input format (or any file with \
            --input collatex-json) supplies the witnesses instead.

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

    @Argument(help: "Witness files, or one CollateX JSON input file.")
    var files: [String] = []

    @Option(help: "Siglum of the base witness (default: the first siglum in sorted order).")
    var base: String?

    @Flag(inversion: .prefixedNo, help: "Refine changed regions by near matching (edit distance).")
    var nearMatch = true

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
        let json = input == .collatexJSON || (input == nil && files.count == 1 && files[0].hasSuffix(".json"))
        if json && files.count != 1 {
            throw ValidationError("CollateX JSON input is one file; got \(files.count)")
        }
        if !json && files.count < 2 {
            throw ValidationError("collate needs at least two witness files (or one CollateX JSON file)")
        }
    }

    func run() throws {
        var configuration = CollationConfiguration()
        configuration.base = base
        configuration.nearMatching = nearMatch
        configuration.normalization.ignoring = Set(Self.names(ignore ?? "").compactMap(FormalDifference.init))
        let witnesses = try readWitnesses()
        let collation: Collation
        do {
            collation = try Collator(configuration: configuration).collate(witnesses)
        } catch let error as CollationError {
            throw CollateFailure(message: error.description)
        }
        let output: String
        switch format {
        case .text:
            let colored = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            output = VariantListFormatter(colored: colored).format(collation)
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
        let json = input == .collatexJSON || (input == nil && files.count == 1 && files[0].hasSuffix(".json"))
        if json {
            let data = try Self.read(files[0])
            do {
                return try CollateXJSONInput.witnesses(from: data)
            } catch let error as CollateXInputError {
                throw CollateFailure(message: "\(files[0]): \(error.description)")
            }
        }
        return try files.map { path in
            let data = try Self.read(path)
            guard let text = String(validating: data, as: UTF8.self) else {
                let offset = Self.firstInvalidUTF8Offset(data) ?? 0
                throw CollateFailure(message: "\(path): not UTF-8 text (invalid byte at offset \(offset))")
            }
            if text.allSatisfy(\.isWhitespace) {
                throw CollateFailure(message: "\(path): the file is empty; a witness needs some text")
            }
            let siglum = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return WitnessInput(siglum: siglum, text: text)
        }
    }

    private static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CollateFailure(message: "\(path): no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CollateFailure(message: "\(path): cannot be read as a file")
        }
        return data
    }

    static func names(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// Byte offset of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            // Overlong, surrogate and out-of-range forms.
            if length == 3 {
                if lead == 0xE0 && bytes[i + 1] < 0xA0 { return i }
                if lead == 0xED && bytes[i + 1] > 0x9F { return i }
            }
            if length == 4 {
                if lead == 0xF0 && bytes[i + 1] < 0x90 { return i }
                if lead == 0xF4 && bytes[i + 1] > 0x8F { return i }
            }
            i += length
        }
        return nil
    }
}

/// A failure of `sigla collate` explained for a person (exit status 1).
struct CollateFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
