public import ArgumentParser
import Foundation
import Sigla

/// `sigla export`: the apparatus criticus in TEI, Markdown, plain text or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the edition with its apparatus criticus: TEI, LaTeX, HTML, Markdown, plain text or JSON.",
        discussion: """
            TEI P5 for the archive (parallel segmentation, or double-end-point attachment \
            for overlapping lemmata), Markdown or plain text for review (by chapter, one \
            entry per line), JSON for other tools (the whole edition, schema in \
            Docs/json-schema.md). The apparatus language, its type and the sign for \
            restored text come from sigla.yaml; --apparatus overrides the type. Writes \
            to standard output, or to FILE with -o (replaced whole, never half-written).
            """
    )

    @Option(help: ArgumentHelp("tei, latex, html, markdown, text or json.", valueName: "FORMAT"))
    var format: ApparatusExportFormat

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "negative (only dissenting witnesses) or positive (every witness named); default: sigla.yaml's.",
            valueName: "TYPE"))
    var apparatus: ApparatusConventions.ApparatusType?

    @Option(
        name: .customLong("tei-method"),
        help: ArgumentHelp("parallel-segmentation (default) or double-end-point.", valueName: "METHOD"))
    var teiMethod: TEIApparatusExporter.Method?

    @OptionGroup var location: EditionLocationOptions

    func validate() throws {
        if teiMethod != nil && format != .tei {
            throw ValidationError("--tei-method applies to --format tei only")
        }
        if let output, output.isEmpty { throw ValidationError("-o needs a file name") }
    }

    func run() throws {
        let edition = try location.openEdition()
        var conventions = edition.defaultApparatusConventions
        if let apparatus { conventions.type = apparatus }
        let document = try edition.apparatusDocument(conventions: conventions)
        let exporter = ApparatusExporter(format: format, teiMethod: teiMethod ?? .parallelSegmentation)
        let data = try exporter.export(document)
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        let path = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: location.startDirectory)).path
        try Self.writeAtomically(data, to: path)
    }

    /// Writes `data` beside `path` under a temporary name, then renames it over `path`: a
    /// reader sees the old file or the new one, never half of one; on failure nothing is left.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ExportError.cannotWrite(path, "the folder \(directory) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ExportError.cannotWrite(path, "it is a folder")
        }
        let temporary =
            directory + "/." + url.lastPathComponent + ".sigla-\(ProcessInfo.processInfo.processIdentifier).tmp"
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ExportError.cannotWrite(path, "the folder is not writable")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw ExportError.cannotWrite(path, reason)
        }
    }
}

/// Why the export could not be written.
enum ExportError: Error, CustomStringConvertible {
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

extension ApparatusExportFormat: ExpressibleByArgument {}
extension ApparatusConventions.ApparatusType: ExpressibleByArgument {}
extension TEIApparatusExporter.Method: ExpressibleByArgument {}
