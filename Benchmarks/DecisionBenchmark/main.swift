// Decisions on a whole book: how long one decision takes to commit, blame and log.
//
//     swift build -c release --product DecisionBenchmark --product sigla
//     .build/release/DecisionBenchmark [--decisions 5000] [--seed PATH] [--keep DIR]
//
// Builds an edition from the seed's body (ten chapters, ~180,000 words) as TS, adds a
// witness W with one substituted word in every 12, records N decisions through the
// library, then times the `sigla` command (a fresh process each time, as an editor runs
// it): one more decision, blame of one sentence, the log of all decisions.
import Foundation
import Sigla

func argument(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func seconds(_ start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let seedPath = argument("--seed") ?? root.deletingLastPathComponent().appendingPathComponent("shared/seed/memorias.txt").path
let wanted = Int(argument("--decisions") ?? "5000") ?? 5000
guard let seedText = try? String(contentsOfFile: seedPath, encoding: .utf8) else {
    print("The seed is not at \(seedPath); give --seed PATH")
    exit(2)
}

// The base witness: the printed body, chapter by chapter, under `# I. Title` headings.
let printed = try PrintedEditionImporter().importEdition(text: seedText, fileName: seedPath)
var typescript = ""
for chapter in printed.chapters {
    typescript += "# \(chapter.numeral). \(chapter.title)\n\n"
    typescript += chapter.content.text.split(separator: "\n").joined(separator: "\n\n") + "\n\n"
}
// Braces would read as markup: the body has none, but be sure.
typescript = typescript.replacingOccurrences(of: "{", with: "(").replacingOccurrences(of: "}", with: ")")
var words = 0
var variant = ""
for piece in typescript.split(separator: " ", omittingEmptySubsequences: false) {
    words += 1
    if words % 12 == 0, piece.count >= 4, piece.allSatisfy(\.isLetter) {
        variant += piece + "s "
    } else {
        variant += piece + " "
    }
}
variant.removeLast()

let directory = argument("--keep") ?? FileManager.default.temporaryDirectory
    .appendingPathComponent("sigla-decision-benchmark-\(UUID().uuidString)").path
let files = directory + "-input"
try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
try typescript.write(toFile: files + "/TS.txt", atomically: true, encoding: .utf8)
try variant.write(toFile: files + "/W.txt", atomically: true, encoding: .utf8)
defer {
    if argument("--keep") == nil { try? FileManager.default.removeItem(atPath: directory) }
    try? FileManager.default.removeItem(atPath: files)
}

let editor = Person(name: "Jean Rière", email: "jean@example.org")
var start = ContinuousClock.now
let edition = try Edition.create(at: directory, title: "Memorias", editor: editor)
try edition.addWitness(
    siglum: "TS", file: try InputFile(path: files + "/TS.txt"), description: .init(title: "Mecanoscrito"))
try edition.addWitness(siglum: "W", file: try InputFile(path: files + "/W.txt"), description: .init(title: "Variante"))
print(String(format: "edition with two whole-book witnesses (%d words): %.2f s", words, seconds(start)))

start = ContinuousClock.now
let locations = try edition.locations()
print(String(format: "variant locations: %d, found in %.2f s", locations.count, seconds(start)))

var times: [Double] = []
for location in locations.prefix(wanted) {
    let began = ContinuousClock.now
    try edition.decide(
        .init(locator: location.id.description, action: .adopt, adopt: "W", justification: "Lectura de W."),
        editor: editor)
    times.append(seconds(began))
}
print(String(format: "decisions through the library: %d, median %.1f ms, p95 %.1f ms, total %.1f s",
    times.count, percentile(times, 0.5) * 1000, percentile(times, 0.95) * 1000, times.reduce(0, +)))

// The command line, a fresh process each time, as an editor runs it.
let sigla = root.appendingPathComponent(".build/release/sigla").path
guard FileManager.default.isExecutableFile(atPath: sigla) else {
    print("(build the CLI too for command timings: swift build -c release --product sigla)")
    exit(0)
}
func run(_ arguments: [String]) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sigla)
    process.arguments = arguments + ["-C", directory]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let began = ContinuousClock.now
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    return seconds(began)
}
let remaining = locations.dropFirst(wanted).prefix(5)
var cli: [Double] = []
for location in remaining {
    cli.append(try run(["decide", location.id.description, "--adopt", "W", "--because", "Lectura de W."]))
}
if !cli.isEmpty {
    print(String(format: "sigla decide (one process each, %d runs): median %.0f ms", cli.count, percentile(cli, 0.5) * 1000))
}
let blame = try (0..<3).map { _ in try run(["blame", "I.42"]) }
print(String(format: "sigla blame I.42: best %.0f ms", blame.min()! * 1000))
let log = try (0..<3).map { _ in try run(["log", "--json"]) }
print(String(format: "sigla log --json (%d decisions): best %.0f ms", times.count + cli.count, log.min()! * 1000))
