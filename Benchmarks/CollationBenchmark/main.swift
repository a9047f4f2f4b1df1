import BenchmarkSupport
import Foundation
import Sigla

// Collation benchmark on the seed book. Usage:
//   CollationBenchmark [--seed PATH] [--collatex PYTHON]
// Prints a table of timings (best of three runs), git diff on the same files, peak
// memory of a two-witness run (measured in a child process), and, with --collatex, the
// CollateX Python package on 1,000- and 3,000-word pairs.

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func collateFiles(_ paths: [String]) throws -> Collation {
    let witnesses = try paths.map { path in
        (
            siglum: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            text: try String(contentsOfFile: path, encoding: .utf8)
        )
    }
    return try Collator().collate(witnesses)
}

// Child mode: collate the files once and report peak resident memory.
if arguments.count > 2 && arguments[1] == "--child" {
    let collation = try collateFiles(Array(arguments[2...]))
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM") } ?? "VmHWM: ?"
    print(
        "\(peak.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ")) \(collation.variantLocations.count)"
    )
    exit(0)
}

// Profile mode: read the files, then collate them `--runs` times as the timed runs do
// (result freed each time); for `valgrind --tool=callgrind` or `perf`.
if arguments.count > 2 && arguments[1] == "--profile" {
    let paths = arguments[2...].filter { !$0.hasPrefix("--") && Int($0) == nil }
    let texts = try paths.enumerated().map { (siglum: "W\($0.offset)", text: try String(contentsOfFile: $0.element, encoding: .utf8)) }
    let runs = option("--runs").flatMap { Int($0) } ?? 1
    var count = 0
    for _ in 0..<runs { count = try Collator().collate(texts).variantLocations.count }
    print(count)
    exit(0)
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sigla-collation-benchmark")
try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// CPU time (user + system) of this process, or of its waited-for children, in seconds.
func cpuSeconds(children: Bool = false) -> Double {
    var usage = rusage()
    getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return s(usage.ru_utime) + s(usage.ru_stime)
}

/// Best wall-clock time of `runs` runs, and the least CPU time (all threads) of a run:
/// on a loaded machine the CPU time shows the work done when wall time cannot.
func bestWithCPU(of runs: Int = 5, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var times: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let cpu = cpuSeconds()
        let start = clock.now
        try body()
        times.append(seconds(clock.now - start))
        cpus.append(cpuSeconds() - cpu)
    }
    return (times.min() ?? 0, cpus.min() ?? 0)
}

func best(of runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
    try bestWithCPU(of: runs, body).wall
}

@discardableResult
func run(_ executable: String, _ args: [String], timeout: Double = 900) -> (
    seconds: Double, output: String, status: Int32
) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = args
    let outputPath = directory.appendingPathComponent("child-output-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
    let output = FileHandle(forWritingAtPath: outputPath)
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let clock = ContinuousClock()
    let start = clock.now
    do { try process.run() } catch { return (0, "", -1) }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(1_000) }
    if process.isRunning {
        process.terminate()
        return (timeout, "timeout", -2)
    }
    let elapsed = seconds(clock.now - start)
    try? output?.close()
    let data = FileManager.default.contents(atPath: outputPath) ?? Data()
    return (elapsed, String(decoding: data, as: UTF8.self), process.terminationStatus)
}

let here = URL(fileURLWithPath: #filePath)
let defaultSeed = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seed/memorias.txt").path
let seedPath = option("--seed") ?? defaultSeed
guard let book = try? String(contentsOfFile: seedPath, encoding: .utf8) else {
    print("seed not found at \(seedPath); pass --seed PATH")
    exit(1)
}
let body = BodyText.extract(book)
let bodyWords = BodyText.wordCount(body)

func witnesses(words: Int, count: Int, rate: Double = 0.02) throws -> [String] {
    let base = BodyText.prefix(body, words: words)
    var paths: [String] = []
    for index in 0..<count {
        let name = ["A", "B", "C", "D"][index]
        var maker = VariantMaker(seed: UInt64(index), rate: rate)
        let text = index == 0 ? base : maker.derive(from: base)
        let path = directory.appendingPathComponent("\(words)-\(name).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        paths.append(path)
    }
    return paths
}

// Fingerprint mode: digests of the collation under several configurations, to check
// that an optimisation leaves the output unchanged (compare the lines before and after).
if arguments.contains("--fingerprint") {
    let texts = try witnesses(words: 160_000, count: 4).map { try String(contentsOfFile: $0, encoding: .utf8) }
    var maker = VariantMaker(seed: 7, rate: 0.02)
    let rawDerived = maker.derive(from: book)
    var ignoring = NormalizationSettings()
    ignoring.ignoring = [.letterCase, .diacritics, .punctuation]
    var spelling = NormalizationSettings()
    spelling.rules = [
        SpellingRule(pattern: "^mui$", replacement: "muy"), SpellingRule(pattern: "v", replacement: "b"),
        SpellingRule(pattern: "^h", replacement: ""),
    ]
    var spellingIgnored = spelling
    spellingIgnored.ignoring = [.spelling, .letterCase]
    var bare = NormalizationSettings()
    bare.unicodeNormalization = false
    bare.joinsLineEndHyphenation = false
    bare.repairsLigatures = false
    let cases: [(String, CollationConfiguration, [String])] = [
        ("default, 2 witnesses", CollationConfiguration(), Array(texts.prefix(2))),
        ("default, 4 witnesses", CollationConfiguration(), texts),
        ("default, whole raw book", CollationConfiguration(), [book, rawDerived]),
        ("ignore case, diacritics, punctuation", CollationConfiguration(normalization: ignoring), Array(texts.prefix(2))),
        ("spelling rules, 3 witnesses", CollationConfiguration(normalization: spelling), Array(texts.prefix(3))),
        ("spelling and case ignored", CollationConfiguration(normalization: spellingIgnored), Array(texts.prefix(2))),
        ("no repairs, raw book", CollationConfiguration(normalization: bare), [book, rawDerived]),
        ("no near matching", CollationConfiguration(nearMatching: false), Array(texts.prefix(2))),
        ("base D", CollationConfiguration(base: "D"), texts),
    ]
    for (name, configuration, inputs) in cases {
        let sigla = ["A", "B", "C", "D"]
        let collation = try Collator(configuration: configuration).collate(
            inputs.enumerated().map { (siglum: sigla[$0.offset], text: $0.element) })
        print("\(name): \(Fingerprint.of(collation))")
    }
    exit(0)
}

print("Collation benchmark — body text of \(seedPath): \(bodyWords) words; variants at 2% edits per word")
print("Best of 5 runs; git timed in the same run (wall clock includes starting the process).")
print("")
print(String(format: "%-34@ %10@ %12@", "case" as NSString, "words" as NSString, "seconds" as NSString))
func row(_ name: String, _ words: Int, _ value: String) {
    print(
        name.padding(toLength: 34, withPad: " ", startingAt: 0) + " " + String(words).leftPad(10) + " "
            + value.leftPad(12))
}
extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

let sizes = [10_000, 40_000, 160_000]
var full: [String] = []
var twoWayFull = 0.0
var twoWayFullCPU = 0.0
for size in sizes {
    let paths = try witnesses(words: size, count: 4)
    if size == sizes.last { full = paths }
    let texts = try paths.map { try String(contentsOfFile: $0, encoding: .utf8) }
    var locations = 0
    // The whole library call (tokenize, normalize, align, table, variant locations) and
    // the freeing of its result, best of five.
    let (time, cpu) = try bestWithCPU {
        let c = try Collator().collate([("A", texts[0]), ("B", texts[1])])
        locations = c.variantLocations.count
    }
    if size == sizes.last { (twoWayFull, twoWayFullCPU) = (time, cpu) }
    row("Sigla, 2 witnesses (\(locations) loc.)", size, String(format: "%.3f", time))
}
row("  CPU time of that run (both threads)", sizes.last!, String(format: "%.3f", twoWayFullCPU))
let fullTexts = try full.map { try String(contentsOfFile: $0, encoding: .utf8) }
let fourWay = try best {
    _ = try Collator().collate(zip(["A", "B", "C", "D"], fullTexts).map { (siglum: $0, text: $1) })
}
row("Sigla, 4 witnesses", sizes.last!, String(format: "%.3f", fourWay))

var gitTimes: [Double] = []
var gitCPUs: [Double] = []
for _ in 0..<5 {
    let cpu = cpuSeconds(children: true)
    gitTimes.append(run("/usr/bin/git", ["diff", "--no-index", "--word-diff=porcelain", full[0], full[1]]).seconds)
    gitCPUs.append(cpuSeconds(children: true) - cpu)
}
let git = gitTimes.min() ?? 0
let gitCPU = gitCPUs.min() ?? 0
row("git diff --word-diff=porcelain", sizes.last!, String(format: "%.3f", git))
row("  CPU time of that run", sizes.last!, String(format: "%.3f", gitCPU))
row("ratio Sigla 2-way / git", sizes.last!, String(format: "%.2f", twoWayFull / max(git, 1e-9)))
row("  ratio of CPU times", sizes.last!, String(format: "%.2f", twoWayFullCPU / max(gitCPU, 1e-9)))

let child = run(arguments[0], ["--child", full[0], full[1]])
row(
    "peak memory, 2 witnesses (child)", sizes.last!, child.output.split(separator: " ").prefix(2).joined(separator: " ")
)
let siglaCLI = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("sigla").path
if FileManager.default.isExecutableFile(atPath: siglaCLI) {
    let cli = (0..<3).map { _ in run(siglaCLI, ["collate", full[0], full[1], "--format", "json"]).seconds }.min() ?? 0
    row("sigla collate A B --format json", sizes.last!, String(format: "%.3f", cli))
}

if let python = option("--collatex") {
    let script = directory.appendingPathComponent("collatex-pair.py").path
    try """
    import sys
    from collatex import Collation, collate
    c = Collation()
    c.add_plain_witness("A", open(sys.argv[1]).read())
    c.add_plain_witness("B", open(sys.argv[2]).read())
    collate(c, output="json")
    """.write(toFile: script, atomically: true, encoding: .utf8)
    for size in [1_000, 3_000] {
        let paths = try witnesses(words: size, count: 2)
        let texts = try paths.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let sigla = try best { _ = try Collator().collate([("A", texts[0]), ("B", texts[1])]) }
        let collatex = run(python, [script, paths[0], paths[1]], timeout: 600)
        let shown = collatex.status == 0 ? String(format: "%.2f", collatex.seconds) : "failed(\(collatex.status))"
        row("CollateX Python, 2 witnesses", size, shown)
        row("Sigla, 2 witnesses", size, String(format: "%.4f", sigla))
        if collatex.status == 0 {
            row("ratio CollateX / Sigla", size, String(format: "%.0f", collatex.seconds / sigla))
        }
    }
}
