import Foundation

/// The command line of a fuzzer built without libFuzzer (a plain `swift build`): replay
/// inputs, write the seed corpus, or run the seeded mutational fuzzer.
///
/// ```
/// MarkupFuzzer FILE|DIR…                      replay inputs (a crash reproduces)
/// MarkupFuzzer --write-corpus ROOT [SEED]     write Fuzz/Corpus/<target>/seed-NN
/// MarkupFuzzer --seeded N ROOT [--seed S]     N mutants of the corpus, seeded
/// MarkupFuzzer --write-dictionary FILE        the parser's tokens, as a libFuzzer -dict
/// ```
public enum FuzzDriver {
    /// Runs the driver for `targets` with the process's arguments; returns the exit status.
    public static func main(targets: [FuzzTarget], arguments: [String] = Array(CommandLine.arguments.dropFirst()))
        -> Int32
    {
        if arguments.first == "--write-corpus", arguments.count >= 2 {
            for target in targets {
                do {
                    let count = try FuzzCorpus.writeSeeds(
                        of: target, packageRoot: arguments[1], seedFile: arguments.count > 2 ? arguments[2] : nil)
                    print("\(target.rawValue): \(count) seeds")
                } catch {
                    print("\(target.rawValue): cannot write the corpus: \(error)")
                    return 1
                }
            }
            return 0
        }
        if arguments.first == "--write-dictionary", arguments.count >= 2 {
            // libFuzzer's -dict format: one quoted token a line, non-printable bytes as \xNN.
            let tokens = Set(targets.flatMap { FuzzDictionary.tokens(for: $0) }).sorted()
            let lines = tokens.map { token in
                "\""
                    + token.utf8.map { byte in
                        (0x20..<0x7F).contains(byte) && byte != 0x22 && byte != 0x5C
                            ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
                    }.joined() + "\""
            }
            do {
                try (lines.joined(separator: "\n") + "\n").write(
                    toFile: arguments[1], atomically: true, encoding: .utf8)
            } catch {
                print("cannot write \(arguments[1]): \(error)")
                return 1
            }
            return 0
        }
        if arguments.first == "--seeded", arguments.count >= 3, let runs = Int(arguments[1]) {
            let root = arguments[2]
            var seed: UInt64 = 1
            if let index = arguments.firstIndex(of: "--seed"), index + 1 < arguments.count {
                seed = UInt64(arguments[index + 1]) ?? 1
            }
            var failures = 0
            for target in targets {
                let corpus = FuzzCorpus.inputs(of: target, packageRoot: root).map(\.bytes)
                let start = Date()
                let report = FuzzCampaign(target: target, corpus: corpus, seed: seed).run(iterations: runs)
                let seconds = Date().timeIntervalSince(start)
                print(
                    "\(target.rawValue): \(report.iterations) runs in \(String(format: "%.1f", seconds)) s "
                        + "(\(Int(Double(report.iterations) / max(seconds, 0.001))) runs/s), "
                        + "\(report.accepted) accepted, \(report.violations.count) violations")
                for violation in report.violations.prefix(5) { print("  \(violation)") }
                failures += report.violations.count
            }
            return failures == 0 ? 0 : 1
        }
        // Replay: every file given, and every file in every folder given.
        var status: Int32 = 0
        for path in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files =
                isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                for target in targets {
                    do {
                        let outcome = try target.check(Array(data))
                        switch outcome {
                        case .accepted: print("\(file): \(target.rawValue): accepted")
                        case .refused(let message): print("\(file): \(target.rawValue): refused: \(message)")
                        }
                    } catch {
                        print("\(file): VIOLATION \(error)")
                        status = 1
                    }
                }
            }
        }
        return status
    }
}
