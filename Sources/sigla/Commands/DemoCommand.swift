import ArgumentParser
import Foundation
import Sigla

/// `sigla demo`: the main job, end to end, on the sample edition in `Editions/memorias`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build the sample edition (Editions/memorias) end to end: witnesses, decisions, blame, exports.",
        discussion: """
            Run from the project root. Makes a fresh edition repository in DIR (or a new \
            temporary folder), adds the witnesses, collates them, replays every editorial \
            decision as its own commit (editor and date as recorded), blames the restored \
            «Reservar» passage of chapter I, and exports the apparatus. Prints where \
            everything is at the end.
            """
    )

    @Option(help: ArgumentHelp("Where to build (a new or empty folder; default: a new temporary one).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("The edition's source material.", valueName: "DIR"))
    var source = "Editions/memorias"

    @Flag(inversion: .prefixedNo, help: "Typeset the LaTeX apparatus to PDF with pdflatex (minutes for the whole book).")
    var pdf = true

    func run() throws {
        guard FileManager.default.fileExists(atPath: source + "/edition.yaml") else {
            throw ValidationError(
                "no sample edition at \(source) (edition.yaml): run sigla demo from the project root, or pass --source DIR")
        }
        let output = out ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("sigla-demo-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let root = output + "/memorias"
        let recipe = try EditionRecipe(directory: source)
        let progress = ProgressLine()
        let started = Date()

        let edition = try recipe.build(at: root) { step in
            switch step {
            case .initializing: progress.show("Making the edition repository")
            case .addingWitness(let siglum): progress.show("Adding witness \(siglum)")
            case .deciding(let index, let count, let note):
                progress.show("Deciding \(index)/\(count)" + (note.map { " (note \($0)*)" } ?? ""))
            }
        }
        progress.show("Collating")
        let locations = try edition.locations()
        let decisions = try edition.decisions()
        progress.finish()
        let witnessCount = edition.witnesses.count
        print("Edition “\(edition.configuration.title)”: \(witnessCount) witness\(witnessCount == 1 ? "" : "es"), "
            + "\(locations.count) variant locations, \(decisions.count) decisions, each its own commit.")

        // The restored «Reservar» passage of chapter I (note I.11*).
        let blamed = try edition.blame(.phrase("me había librado de él"))
        print("\nsigla blame \"me había librado de él\"")
        for sentence in blamed {
            print("  \(sentence.citation)  \(sentence.line)")
            for part in sentence.parts {
                guard let decision = part.decision else { continue }
                print("    from \(part.source), decision \(decision.location) (\(decision.category)), "
                    + "\(decision.editor), \(decision.date.prefix(10))")
                print("    «\(decision.justification)»")
            }
        }
        // The apparatus, in every format Sigla writes.
        let exports = output + "/export"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        progress.show("Exporting")
        let document = try edition.apparatusDocument()
        var written: [String] = []
        for format in ApparatusExportFormat.allCases {
            let path = exports + "/memorias." + Self.fileExtension(format)
            try ExportCommand.writeAtomically(try ApparatusExporter(format: format).export(document), to: path)
            written.append(path)
        }
        if pdf, let typeset = try Self.compile(exports + "/memorias.tex", progress: progress) { written.append(typeset) }
        progress.finish()
        print("\nExported the apparatus (\(document.entries.count) entries):")
        for path in written { print("  \(path)") }

        let seconds = Date().timeIntervalSince(started)
        print(String(format: "\nBuilt in %.1f s.", seconds))
        print("The edition (a git repository: try git -C \(root) log) is in \(root)")
    }
}

extension DemoCommand {
    /// Typesets the LaTeX export with pdflatex, twice so reledmac's line numbers settle.
    ///
    /// - Returns: the PDF's path, or nil when pdflatex is not installed (it is in CI).
    static func compile(_ tex: String, progress: ProgressLine) throws -> String? {
        guard FileManager.default.fileExists(atPath: tex),
            let pdflatex = ["/usr/bin/pdflatex", "/usr/local/bin/pdflatex"].first(where: FileManager.default.isExecutableFile)
        else {
            return nil
        }
        let folder = URL(fileURLWithPath: tex).deletingLastPathComponent()
        for pass in 1...2 {
            progress.show("Typesetting the LaTeX apparatus (pdflatex, pass \(pass) of 2)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: pdflatex)
            process.arguments = ["-interaction=nonstopmode", "-halt-on-error", URL(fileURLWithPath: tex).lastPathComponent]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ValidationError("pdflatex failed on \(tex); see \(tex.dropLast(4)).log")
            }
        }
        return String(tex.dropLast(4)) + ".pdf"
    }

    static func fileExtension(_ format: ApparatusExportFormat) -> String {
        switch format.rawValue {
        case "tei": "xml"
        case "markdown": "md"
        case "text": "txt"
        case "latex": "tex"
        default: format.rawValue
        }
    }
}

/// One line of progress on standard error, rewritten in place on a terminal and silent
/// when standard error is not one.
final class ProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var width = 0

    func show(_ text: String) {
        guard isTerminal else { return }
        let padded = text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
        FileHandle.standardError.write(Data(("\r" + padded).utf8))
        width = text.count
    }

    func finish() {
        guard isTerminal, width > 0 else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: width) + "\r").utf8))
        width = 0
    }
}
