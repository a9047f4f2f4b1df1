import Foundation

/// The corpus kept in the repository, `Fuzz/Corpus/<target>/`: the seeds (see
/// ``FuzzSeeds``) and every input a fuzzer found a bug with, kept as a regression.
public enum FuzzCorpus {
    /// The corpus folder of `target` in the package at `packageRoot`.
    public static func directory(of target: FuzzTarget, packageRoot: String) -> String {
        packageRoot + "/Fuzz/Corpus/" + target.rawValue
    }

    /// The inputs in the corpus of `target`, in file-name order (empty if there is none).
    public static func inputs(of target: FuzzTarget, packageRoot: String) -> [(name: String, bytes: [UInt8])] {
        let folder = directory(of: target, packageRoot: packageRoot)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).map { (name, Array($0)) }
        }
    }

    /// Writes the seeds of `target` into its corpus folder as `seed-01`, `seed-02`… (found
    /// inputs, named otherwise, are left alone).
    ///
    /// - Returns: how many seeds were written.
    @discardableResult
    public static func writeSeeds(of target: FuzzTarget, packageRoot: String, seedFile: String?) throws -> Int {
        let folder = directory(of: target, packageRoot: packageRoot)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for old in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where old.hasPrefix("seed-") {
            try FileManager.default.removeItem(atPath: folder + "/" + old)
        }
        // Only seeds the parser reads: a seed is a valid input mutants start from.
        let seeds = FuzzSeeds.make(for: target, packageRoot: packageRoot, seedFile: seedFile).filter { seed in
            let outcome = Result { try target.check(seed) }
            if case .success(.accepted) = outcome { return true }
            print("\(target.rawValue): a seed is left out: \(outcome)")
            return false
        }
        for (index, seed) in seeds.enumerated() {
            let name = String(format: "seed-%02d", index + 1)
            try Data(seed).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return seeds.count
    }
}
