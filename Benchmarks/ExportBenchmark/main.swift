import BenchmarkSupport
import Foundation
import Sigla

// Export benchmark on a whole book. Usage:
//   ExportBenchmark [--seed PATH] [--decisions N] [--keep DIR]
// Builds an edition from the seed's body text: ten chapters; a typescript (TS) in which
// one sentence in eight paragraphs is struck in black pencil; a first version (V1) with
// 1 % of its words changed; N decisions (default 300): struck sentences restored, V1
// readings adopted or the base kept. Then times building the apparatus document (which
// collates the witnesses) and each export, best of three, and prints the sizes.

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let seedPath =
    option("--seed") ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed/memorias.txt").path
let decisionCount = option("--decisions").flatMap(Int.init) ?? 300

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    return (value, seconds(clock.now - start))
}

func best<T>(of runs: Int = 3, _ body: () throws -> T) rethrows -> (T, Double) {
    var result: (T, Double)?
    for _ in 0..<runs {
        let run = try timed(body)
        if result == nil || run.1 < result!.1 { result = run }
    }
    return result!
}

@discardableResult
func git(_ arguments: [String], in directory: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
        ["git", "-C", directory, "-c", "user.name=Jean Rière", "-c", "user.email=jean@example.org"]
        + arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

// MARK: - The witnesses

guard let book = try? String(contentsOfFile: seedPath, encoding: .utf8) else {
    print("no seed at \(seedPath) (pass --seed PATH)")
    exit(1)
}
let paragraphs = BodyText.extract(book).components(separatedBy: "\n\n")
    .map { $0.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces) }
    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
let perChapter = (paragraphs.count + numerals.count - 1) / numerals.count

func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
        if "\\{}[]".contains(character) { out.append("\\") }
        out.append(character)
    }
    return out
}

var typescript = "{::hand::}[id=Serge description=\"Victor Serge\"]\n"
var plain = ""
var struck = 0
for (index, paragraph) in paragraphs.enumerated() {
    if index % perChapter == 0 {
        let heading = "# \(numerals[index / perChapter]). Capítulo \(index / perChapter + 1)\n\n"
        typescript += heading
        plain += heading
    }
    plain += paragraph + "\n\n"
    var marked = escaped(paragraph)
    if index % 8 == 3, let end = marked.range(of: ". "),
        marked.distance(from: marked.startIndex, to: end.lowerBound) > 20
    {
        let sentence = marked[..<end.upperBound]
        marked = "{--\(sentence)--}[hand=Serge medium=\"lápiz negro\"]" + marked[end.upperBound...]
        struck += 1
    }
    typescript += marked + "\n\n"
}
var maker = VariantMaker(seed: 42, rate: 0.01)
let firstVersion = maker.derive(from: plain)

let directory =
    option("--keep")
    ?? FileManager.default.temporaryDirectory
    .appendingPathComponent("sigla-export-benchmark-\(ProcessInfo.processInfo.processIdentifier)").path
try? FileManager.default.removeItem(atPath: directory)
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
defer { if option("--keep") == nil { try? FileManager.default.removeItem(atPath: directory) } }
try Data(typescript.utf8).write(to: URL(fileURLWithPath: directory + "/TS.txt"))
try Data(firstVersion.utf8).write(to: URL(fileURLWithPath: directory + "/V1.txt"))
print("Seed body: \(BodyText.wordCount(plain)) words, \(paragraphs.count) paragraphs, \(struck) struck sentences")

// MARK: - The edition

let root = directory + "/edition"
let jean = Person(name: "Jean Rière", email: "jean@example.org")
let (edition, setup) = try timed { () throws -> Edition in
    let edition = try Edition.create(at: root, title: "Memorias de un revolucionario", editor: jean)
    try edition.addWitness(
        siglum: "TS", file: InputFile(path: directory + "/TS.txt"),
        description: .init(title: "Mecanoscrito", kind: .typescript))
    try edition.addWitness(
        siglum: "V1", file: InputFile(path: directory + "/V1.txt"), format: .plain,
        description: .init(title: "Primera versión", kind: .print, date: "1951"))
    return edition
}
let locations = try edition.locations()
print("Edition made in \(String(format: "%.1f", setup)) s: \(locations.count) variant locations")

// Decisions, worked out without committing (the edition's cache stays warm), then recorded
// one commit each, as `sigla decide` records them.
var decisions: [Decision] = []
var lastEnd: [SectionID: Int] = [:]
for (index, location) in locations.enumerated() where decisions.count < decisionCount {
    let request: Edition.DecisionRequest
    if location.reading(of: "TS-ac").map({ !$0.isEmpty && location.lemma.isEmpty }) == true {
        request = .init(
            locator: location.id.description, action: .adopt, adopt: "TS-ac", category: .restoration,
            justification: "Pasaje tachado con lápiz negro; lo mantenemos por su importancia.")
    } else if index % 3 == 0, location.reading(of: "V1") != nil {
        request = .init(
            locator: location.id.description, action: .adopt, adopt: "V1",
            justification: "La primera versión da la lectura correcta.")
    } else if index % 3 == 1 {
        request = .init(locator: location.id.description, action: .keep, justification: "V1 normaliza.")
    } else {
        continue
    }
    guard let decision = try? edition.decide(request, editor: jean, dryRun: true).decision else { continue }
    guard decision.baseStart >= lastEnd[decision.location.section, default: 0] else { continue }
    lastEnd[decision.location.section] = decision.baseEnd
    decisions.append(decision)
}
let (_, recording) = try timed {
    let encoder = JSONEncoder()  // JSON is YAML: the decision records read the same
    encoder.outputFormatting = [.sortedKeys]
    for decision in decisions {
        let path = root + "/apparatus/" + decision.location.recordPath
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        try encoder.encode(decision).write(to: URL(fileURLWithPath: path))
        try git(["add", "apparatus"], in: root)
        try git(
            [
                "commit", "-q", "-m",
                "Decide \(decision.location)\n\n\(decision.justification)\n\nSigla-Action: decide\nLocation: \(decision.location)\nCitation: \(decision.location.citation)",
            ], in: root)
    }
}
print("\(decisions.count) decisions recorded in \(String(format: "%.1f", recording)) s")

// MARK: - Exports

let (document, building) = try best {
    try Edition.open(containing: root).apparatusDocument()
}
print("\(document.entries.count) entries, \(document.entries.filter { $0.decision != nil }.count) decided")
print("")
print("| step | seconds | output |")
print("| --- | --- | --- |")
print("| open the edition, collate, build the apparatus document | \(String(format: "%.3f", building)) | |")
let formats: [(String, () throws -> Data)] = [
    ("TEI, parallel segmentation", { Data(TEIApparatusExporter(method: .parallelSegmentation).export(document).utf8) }),
    ("TEI, double-end-point", { Data(TEIApparatusExporter(method: .doubleEndPoint).export(document).utf8) }),
    ("Markdown", { Data(ApparatusTextExporter(style: .markdown).export(document).utf8) }),
    ("plain text", { Data(ApparatusTextExporter(style: .text).export(document).utf8) }),
    ("JSON", { try ApparatusJSONExporter().export(document) }),
]
for (name, export) in formats {
    let (data, time) = try best(export)
    let size = String(format: "%.1f MB", Double(data.count) / 1_000_000)
    print("| \(name): write | \(String(format: "%.3f", time)) | \(size) |")
    print("| \(name): whole export (document + write) | \(String(format: "%.3f", building + time)) | |")
}
if let keep = option("--keep") { print("\nEdition kept in \(keep)/edition") }
