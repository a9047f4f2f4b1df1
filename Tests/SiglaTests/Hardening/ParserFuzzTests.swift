import Foundation
import FuzzHarness
import TestSupport
import Testing

/// The short, bounded fuzzing pass CI runs: every parser fed seeded mutants of real inputs
/// (`Fuzz/Corpus`, cut from the Memorias samples) must read each one or refuse it with a
/// message naming the file, and what it reads must survive its round trip. A crash or a
/// hang fails the run. `Scripts/fuzz.sh` runs the same checks for longer, with libFuzzer.
@Suite("Fuzzing: every parser reads or refuses mutants of real inputs, naming the file; never crashes")
struct ParserFuzzTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Mutants per parser: a few seconds each in a debug build. `SIGLA_FUZZ_SCALE=10` runs
    /// ten times as many.
    static func iterations(for target: FuzzTarget) -> Int {
        let scale = ProcessInfo.processInfo.environment["SIGLA_FUZZ_SCALE"].flatMap(Int.init) ?? 1
        let base =
            switch target {
            case .markup, .tei, .printed, .recipeDecisions: 300
            case .configuration, .collatex, .decision, .recipeManifest: 600
            }
        return base * max(scale, 1)
    }

    @Test("Seeded mutants of the corpus", arguments: FuzzTarget.allCases)
    func mutants(of target: FuzzTarget) throws {
        let corpus = FuzzCorpus.inputs(of: target, packageRoot: Self.packageRoot).map(\.bytes)
        try #require(corpus.count >= 2, "Fuzz/Corpus/\(target.rawValue) holds the seeds")
        let report = FuzzCampaign(target: target, corpus: corpus, seed: 0x5167_1A00 + UInt64(corpus.count))
            .run(iterations: Self.iterations(for: target))
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3).joined(separator: "\n"))")
        // The mutants get past the first syntax check often enough to test what lies beyond.
        #expect(report.accepted * 50 >= report.iterations, "only \(report.accepted) of \(report.iterations) read")
    }

    @Test(
        "Every seed cut from a real sample is read; every input kept from a bug is handled",
        arguments: FuzzTarget.allCases)
    func corpus(of target: FuzzTarget) throws {
        for (name, bytes) in FuzzCorpus.inputs(of: target, packageRoot: Self.packageRoot) {
            let outcome = try target.check(bytes)
            if name.hasPrefix("seed-") {
                #expect(outcome == .accepted, "\(target.rawValue)/\(name): \(outcome)")
            }
        }
    }

    @Test("The mutator is seeded: the same seed gives the same mutants")
    func mutatorIsSeeded() {
        let mutator = FuzzMutator(for: .markup)
        let input = Array("Un {--tachado--}[hand=Serge] y {++añadido++}.".utf8)
        func mutants(seed: UInt64) -> [[UInt8]] {
            var random = SeededRandomNumberGenerator(seed: seed)
            return (0..<20).map { _ in mutator.mutate(input, splicingFrom: [input], using: &random) }
        }
        #expect(mutants(seed: 7) == mutants(seed: 7))
        #expect(mutants(seed: 7) != mutants(seed: 8))
        #expect(Set(mutants(seed: 7)).count > 10)
    }
}
