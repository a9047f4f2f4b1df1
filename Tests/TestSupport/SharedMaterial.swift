import Foundation

/// The material in `../shared` beside the project (the seed edition, the TEI schema),
/// present for developers and in CI, absent in a user's fresh clone.
public enum SharedMaterial {
    /// `../shared`, from the package root.
    public static let directory: String = {
        URL(fileURLWithPath: #filePath)  // …/Tests/TestSupport/SharedMaterial.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    /// The seed: the printed critical edition of Serge's *Memorias*, as PDF-extracted text.
    public static var seed: String? { existing(directory + "/seed/memorias.txt") }

    /// The seed's text, read once.
    public static let seedText: String? = seed.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }

    /// The TEI P5 schema (tei_all.rng).
    public static var teiSchema: String? { existing(directory + "/schemas/tei_all.rng") }

    /// The `jing` validator, if installed.
    public static let jing: String? = ["/usr/bin/jing", "/usr/local/bin/jing"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private static func existing(_ path: String) -> String? {
        FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
