// Times the import of a printed edition (by default the seed, ../shared/seed/memorias.txt
// from the package root) and prints the figures of the result.
//
//     swift build -c release --product ImportBenchmark
//     .build/release/ImportBenchmark [FILE] [--runs N] [--dump]
import Foundation
import Sigla

let arguments = Array(CommandLine.arguments.dropFirst())
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let defaultSeed = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed/memorias.txt")
let path = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? defaultSeed.path
let runs = arguments.firstIndex(of: "--runs").flatMap { index in
    index + 1 < arguments.count ? Int(arguments[index + 1]) : nil
} ?? 10

guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(1)
}
let importer = PrintedEditionImporter()
var times: [Double] = []
var edition: PrintedEdition?
for _ in 0..<max(1, runs) {
    let start = DispatchTime.now().uptimeNanoseconds
    edition = try importer.importEdition(text: text, fileName: (path as NSString).lastPathComponent)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}
times.sort()
print("import of \(path): \(text.utf8.count) bytes, \(runs) runs")
print(String(format: "  min %.1f ms, median %.1f ms, max %.1f ms", times[0], times[times.count / 2], times[times.count - 1]))
guard let edition else { exit(1) }
print("chapters: \(edition.chapters.count)")
for chapter in edition.chapters {
    let notes = chapter.content.notes
    print(
        "  \(chapter.numeral)\t\(chapter.title) lines \(chapter.lines.lowerBound)-\(chapter.lines.upperBound): "
            + "\(notes.count) notes, \(notes.filter(\.isEditorial).count) editorial, "
            + "\(notes.filter { $0.call == nil }.count) without call, \(chapter.content.pageStarts.count) pages")
}
print("editorial notes: \(edition.editorialNotes.count)")
print("repairs:")
for (kind, count) in edition.repairCounts.sorted(by: { $0.key < $1.key }) {
    print("  \(kind): \(count)")
}
print("  unsure: \(edition.repairs.filter { !$0.isConfident }.count)")
print("hyphenation: \(edition.hyphenation.joined) joined, \(edition.hyphenation.kept) kept")
let byKind = Dictionary(grouping: edition.diagnostics, by: \.kind)
print("diagnostics: \(edition.diagnostics.count)")
for (kind, list) in byKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
    print("  \(kind.rawValue): \(list.count)")
}
if arguments.contains("--dump") {
    for diagnostic in edition.diagnostics { print(diagnostic) }
}
if let index = arguments.firstIndex(of: "--notes"), index + 1 < arguments.count, let number = Int(arguments[index + 1]),
    let chapter = edition.chapter(number)
{
    for note in chapter.content.notes {
        print(
            "\(chapter.numeral):\(note.number)\(note.isEditorial ? "*" : "") L\(note.lines.lowerBound) "
                + "call: \(note.call.map { "L\($0.line) «\($0.printed)»" } ?? "—") "
                + "\(note.governed.map { "[\($0.rule.rawValue)] \($0.text.prefix(80))" } ?? "")")
    }
}
if arguments.contains("--repairs") {
    for repair in edition.repairs {
        print("L\(repair.line)\t\(repair.kind)\t\(repair.printed)\t\(repair.repaired)\t\(repair.isConfident ? "" : "UNSURE")")
    }
}
if arguments.contains("--text") {
    print(edition.frontMatter.text)
    for chapter in edition.chapters {
        print("=== \(chapter.numeral) \(chapter.title)")
        print(chapter.content.text)
    }
    if let back = edition.backMatter { print("=== back matter"); print(back.text) }
}
