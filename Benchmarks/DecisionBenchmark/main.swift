// Decisions on a whole book: how long one decision takes to commit, blame and log.
//
//     make release        # sigla as users run it (statically linked Swift runtime)
//     swift build -c release --product DecisionBenchmark
//     .build/release/DecisionBenchmark [--decisions 5000] [--seed PATH] [--keep DIR]
//     .build/release/DecisionBenchmark --edition DIR    # an edition kept by --keep
//
// Builds an edition from the seed's body (ten chapters, ~180,000 words) as TS, adds a
// witness W with one substituted word in every 12, records N decisions through the
// library, then times 20 more decisions through the library on the edition as a program
// holding it open would, and the `sigla` command (a fresh process each time, as an editor
// runs it): one more decision, blame of one sentence, the log of all decisions. With
// `--edition`, it skips the building and times an edition made before.
//
// Each figure is given as wall time and CPU time (user + system, of this process or of
// the child): on a machine shared with other work, CPU time is the steadier measure.
import Foundation
import Sigla

#if canImport(Glibc)
    import Glibc
#endif

/// CPU seconds (user + system) used so far by this process, or by its finished children.
func cpuSeconds(children: Bool = false) -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue), &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

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
let editor = Person(name: "Jean Rière", email: "jean@example.org")

/// Builds the benchmark's edition in `directory` with `wanted` decisions; prints the times.
func buildEdition(in directory: String, decisions wanted: Int) throws {
    let seedPath = argument("--seed")
        ?? root.deletingLastPathComponent().appendingPathComponent("shared/seed/memorias.txt").path
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

    let files = directory + "-input"
    try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: files) }
    try typescript.write(toFile: files + "/TS.txt", atomically: true, encoding: .utf8)
    try variant.write(toFile: files + "/W.txt", atomically: true, encoding: .utf8)

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
    print(String(format: "recording %d decisions through the library: median %.1f ms, p95 %.1f ms, total %.1f s",
        times.count, percentile(times, 0.5) * 1000, percentile(times, 0.95) * 1000, times.reduce(0, +)))
}

let directory: String
if let existing = argument("--edition") {
    directory = existing
} else {
    directory = argument("--keep") ?? FileManager.default.temporaryDirectory
        .appendingPathComponent("sigla-decision-benchmark-\(UUID().uuidString)").path
    try buildEdition(in: directory, decisions: Int(argument("--decisions") ?? "5000") ?? 5000)
}
defer { if argument("--keep") == nil && argument("--edition") == nil { try? FileManager.default.removeItem(atPath: directory) } }

// Through the library, the edition open as a program holding it would have it.
let edition = try Edition.open(containing: directory)
let decided = Set(try edition.decisions().map(\.location))
var open = try edition.locations().filter { !decided.contains($0.id) }.map(\.id.description)
print("decisions recorded: \(decided.count), open locations: \(open.count)")
var wall: [Double] = []
var cpu: [Double] = []
for locator in open.prefix(20) {
    let began = ContinuousClock.now
    let cpuBefore = cpuSeconds()
    try edition.decide(.init(locator: locator, action: .adopt, adopt: "W", justification: "Lectura de W."), editor: editor)
    wall.append(seconds(began))
    cpu.append(cpuSeconds() - cpuBefore)
}
open.removeFirst(min(20, open.count))
print(String(format: "one decision through the library (edition open, 20 runs): median %.1f ms wall, %.1f ms CPU",
    percentile(wall, 0.5) * 1000, percentile(cpu, 0.5) * 1000))

// The command line, a fresh process each time, as an editor runs it.
let sigla = root.appendingPathComponent(".build/release/sigla").path
guard FileManager.default.isExecutableFile(atPath: sigla) else {
    print("(build the CLI too for command timings: make release)")
    exit(0)
}
/// Runs `sigla arguments` in the edition: wall and CPU seconds. Started with
/// `posix_spawn`, output to /dev/null: Foundation's `Process` added some 30 ms of its own
/// to the wall time of each run.
func run(_ arguments: [String]) throws -> (wall: Double, cpu: Double) {
    let argv = ([sigla] + arguments + ["-C", directory]).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let began = ContinuousClock.now
    let cpuBefore = cpuSeconds(children: true)
    var pid = pid_t()
    guard posix_spawn(&pid, sigla, &actions, nil, argv, environ) == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else { throw CocoaError(.executableLoad) }
    return (seconds(began), cpuSeconds(children: true) - cpuBefore)
}
func report(_ what: String, _ runs: [(wall: Double, cpu: Double)]) {
    print(String(format: "%@ (%d runs): median %.0f ms wall, %.0f ms CPU", what, runs.count,
        percentile(runs.map(\.wall), 0.5) * 1000, percentile(runs.map(\.cpu), 0.5) * 1000))
}
report("sigla --version (process start)", try (0..<5).map { _ in try run(["--version"]) })
report("sigla decide", try open.prefix(5).map { try run(["decide", $0, "--adopt", "W", "--because", "Lectura de W."]) })
_ = try run(["blame", "I.42"])  // warm: the first blame after a change carries the kept blame forward
report("sigla blame I.42, warm", try (0..<5).map { _ in try run(["blame", "I.42"]) })
report("sigla log --json (\(try Edition.open(containing: directory).log().count) entries)", try (0..<5).map { _ in try run(["log", "--json"]) })
