import TestSupport

/// A seeded mutational fuzzing run of one target: mutants of the corpus, checked one by one.
public struct FuzzCampaign: Sendable {
    /// What a run found.
    public struct Report: Sendable {
        public var iterations = 0
        public var accepted = 0
        /// Each rule broken, with the input (at most the first few hundred bytes shown).
        public var violations: [String] = []
    }

    public var target: FuzzTarget
    public var corpus: [[UInt8]]
    public var seed: UInt64
    public var mutator: FuzzMutator

    public init(target: FuzzTarget, corpus: [[UInt8]], seed: UInt64) {
        self.target = target
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.seed = seed
        self.mutator = FuzzMutator(for: target)
    }

    /// Checks the corpus itself, then `iterations` mutants.
    public func run(iterations: Int) -> Report {
        var report = Report()
        var random = SeededRandomNumberGenerator(seed: seed)
        func check(_ input: [UInt8]) {
            report.iterations += 1
            do {
                if try target.check(input).isAccepted { report.accepted += 1 }
            } catch {
                let shown = String(decoding: input.prefix(400), as: UTF8.self)
                report.violations.append("\(error)\n  input (\(input.count) bytes): \(shown.debugDescription)")
            }
        }
        for input in corpus { check(input) }
        for _ in 0..<iterations {
            let base = corpus[Int.random(in: 0..<corpus.count, using: &random)]
            check(mutator.mutate(base, splicingFrom: corpus, using: &random))
        }
        return report
    }
}
