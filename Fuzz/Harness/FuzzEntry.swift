import Foundation

/// What a libFuzzer target does with one input: check it against every target given, and
/// abort on a broken rule, so that libFuzzer keeps the input as a crash.
public enum FuzzEntry {
    public static func run(_ targets: [FuzzTarget], _ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        for target in targets {
            do {
                _ = try target.check(bytes)
            } catch {
                FileHandle.standardError.write(Data("sigla fuzz violation: \(error)\n".utf8))
                abort()
            }
        }
        return 0
    }
}
