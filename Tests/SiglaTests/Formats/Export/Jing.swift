import Foundation
import TestSupport

/// Validates XML against the TEI P5 schema with `jing`, the users' own validator.
enum Jing {
    static var executable: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/jing" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether both jing and the schema are here.
    static var isAvailable: Bool { executable != nil && SharedMaterial.teiSchema != nil }

    /// jing's complaints about the XML (empty when it is valid).
    static func errors(in xml: String) throws -> [String] {
        guard let executable, let schema = SharedMaterial.teiSchema else { return ["jing or tei_all.rng missing"] }
        let directory = try TemporaryDirectory(prefix: "sigla-jing")
        let file = directory.path("export.xml")
        try Data(xml.utf8).write(to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [schema, file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { !$0.contains("[warning]") }
        if process.terminationStatus != 0 && lines.isEmpty { return ["jing exited with \(process.terminationStatus)"] }
        return lines
    }
}
