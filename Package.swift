// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Sigla",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Sigla", targets: ["Sigla"]),
        .library(name: "GitStore", targets: ["GitStore"]),
        .executable(name: "sigla", targets: ["sigla"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libgit2 from the system (Debian: libgit2-dev), through pkg-config.
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"]), .brew(["libgit2"])]
        ),
        // A thin, safe Swift face over libgit2. Knows nothing of editions.
        .target(name: "GitStore", dependencies: ["CLibGit2"]),
        // The domain library: witnesses, collation, apparatus, edition, formats.
        .target(
            name: "Sigla",
            dependencies: [
                "GitStore",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The command-line tool: parses arguments, calls Sigla, prints.
        .executableTarget(
            name: "sigla",
            dependencies: [
                "Sigla",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures and helpers shared by the test targets.
        .target(name: "TestSupport", dependencies: ["Sigla"], path: "Tests/TestSupport"),
        .testTarget(name: "GitStoreTests", dependencies: ["GitStore", "TestSupport"]),
        .testTarget(
            name: "SiglaTests", dependencies: ["Sigla", "TestSupport", "FuzzHarness"],
            exclude: ["Formats/Export/Golden"]),  // golden files, read by path
        // End-to-end tests of the built `sigla` binary.
        .testTarget(name: "siglaTests", dependencies: ["sigla", "TestSupport"]),
        // Benchmarks (not timed tests): `swift build -c release --product <name>`.
        .executableTarget(name: "WitnessBenchmark", dependencies: ["Sigla"], path: "Benchmarks/WitnessBenchmark"),
        .executableTarget(name: "SentenceBenchmark", dependencies: ["Sigla"], path: "Benchmarks/SentenceBenchmark"),
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support"),
        .executableTarget(
            name: "CollationBenchmark", dependencies: ["Sigla", "BenchmarkSupport"], path: "Benchmarks/CollationBenchmark"),
        .executableTarget(name: "ImportBenchmark", dependencies: ["Sigla"], path: "Benchmarks/ImportBenchmark"),
        .executableTarget(name: "DecisionBenchmark", dependencies: ["Sigla"], path: "Benchmarks/DecisionBenchmark"),
        .executableTarget(name: "ExportBenchmark", dependencies: ["Sigla", "BenchmarkSupport"], path: "Benchmarks/ExportBenchmark"),
        // Fuzzing (Docs/reliability.md): one harness per parser, shared by the seeded fuzz tests
        // and the libFuzzer targets; `Scripts/fuzz.sh` builds the fuzzers with -sanitize=fuzzer,address.
        .target(
            name: "FuzzHarness", dependencies: ["Sigla", "TestSupport", .product(name: "Yams", package: "Yams")],
            path: "Fuzz/Harness"),
        .executableTarget(name: "MarkupFuzzer", dependencies: ["FuzzHarness"], path: "Fuzz/MarkupFuzzer"),
        .executableTarget(name: "TEIFuzzer", dependencies: ["FuzzHarness"], path: "Fuzz/TEIFuzzer"),
        .executableTarget(name: "ConfigurationFuzzer", dependencies: ["FuzzHarness"], path: "Fuzz/ConfigurationFuzzer"),
        .executableTarget(name: "CollateXFuzzer", dependencies: ["FuzzHarness"], path: "Fuzz/CollateXFuzzer"),
        .executableTarget(name: "PrintedEditionFuzzer", dependencies: ["FuzzHarness"], path: "Fuzz/PrintedEditionFuzzer"),
        .executableTarget(name: "DecisionRecordFuzzer", dependencies: ["FuzzHarness"], path: "Fuzz/DecisionRecordFuzzer"),
        .executableTarget(name: "RecipeFuzzer", dependencies: ["FuzzHarness"], path: "Fuzz/RecipeFuzzer"),
    ],
    swiftLanguageModes: [.v6]
)

// Strictness for every Swift target, from day one.
for target in package.targets where [.regular, .test, .executable].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
