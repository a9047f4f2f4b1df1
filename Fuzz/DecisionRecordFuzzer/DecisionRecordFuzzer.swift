import FuzzHarness

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libFuzzer's entry point (built by `Scripts/fuzz.sh` with -sanitize=fuzzer,address).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzEntry.run([.decision], data, size)
}

#if !SIGLA_LIBFUZZER
    /// Without libFuzzer: replay inputs, write the seed corpus, or fuzz with seeded mutations
    /// (see `FuzzDriver`).
    @main
    struct DecisionRecordFuzzer {
        static func main() {
            exit(FuzzDriver.main(targets: [.decision]))
        }
    }
#endif
