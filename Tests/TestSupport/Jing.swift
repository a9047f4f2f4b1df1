import Foundation

/// Validates XML against the TEI P5 schema (`../shared/schemas/tei_all.rng`) with `jing`,
/// the validator editors use themselves.
public enum Jing {
    /// Whether both jing and the schema are here (CI installs jing and has `../shared`).
    public static var isAvailable: Bool { SharedMaterial.jing != nil && SharedMaterial.teiSchema != nil }

    /// Why a validating test is skipped here.
    public static let missing = "jing or ../shared/schemas/tei_all.rng is not here (CI installs them)"

    /// jing's complaints about the files (empty when every one is valid).
    public static func errors(inFiles files: [String]) throws -> [String] {
        guard let jing = SharedMaterial.jing, let schema = SharedMaterial.teiSchema else { return [missing] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: jing)
        process.arguments = [schema] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { !$0.contains("[warning]") }
        return lines.isEmpty ? ["jing exited with \(process.terminationStatus)"] : lines
    }

    /// jing's complaints about an XML document (empty when it is valid).
    public static func errors(in xml: String) throws -> [String] {
        let directory = try TemporaryDirectory(prefix: "sigla-jing")
        let file = directory.path("document.xml")
        try Data(xml.utf8).write(to: URL(fileURLWithPath: file))
        return try errors(inFiles: [file])
    }
}
