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
let runs =
    arguments.firstIndex(of: "--runs").flatMap { index in
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
print(
    String(
        format: "  min %.1f ms, median %.1f ms, max %.1f ms", times[0], times[times.count / 2], times[times.count - 1]))
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
        print(
            "L\(repair.line)\t\(repair.kind)\t\(repair.printed)\t\(repair.repaired)\t\(repair.isConfident ? "" : "UNSURE")"
        )
    }
}
if arguments.contains("--text") {
    print(edition.frontMatter.text)
    for chapter in edition.chapters {
        print("=== \(chapter.numeral) \(chapter.title)")
        print(chapter.content.text)
    }
    if let back = edition.backMatter {
        print("=== back matter")
        print(back.text)
    }
}
// `--page LINE`: the page starting at or before a source line, as printed and as imported.
if let index = arguments.firstIndex(of: "--page"), index + 1 < arguments.count, let line = Int(arguments[index + 1]) {
    let sections = [edition.frontMatter] + edition.chapters.map(\.content) + (edition.backMatter.map { [$0] } ?? [])
    if let section = sections.first(where: { $0.lines.contains(line) }),
        let pageIndex = section.pageStarts.lastIndex(where: { $0.line <= line })
    {
        let page = section.pageStarts[pageIndex]
        let next = pageIndex + 1 < section.pageStarts.count ? section.pageStarts[pageIndex + 1] : nil
        let lastLine = (next?.line ?? section.lines.upperBound + 1) - 1
        let source = text.split(separator: "\n", omittingEmptySubsequences: false)
        print("--- source, lines \(page.line)-\(lastLine)")
        for number in page.line...lastLine { print(String(format: "%5d|", number) + source[number - 1]) }
        print("--- body text")
        print(section.substring(from: page.offset, to: next?.offset ?? section.text.unicodeScalars.count))
        print("--- notes with lines on this page")
        for note in section.notes where note.lines.overlaps(page.line...lastLine) {
            print(
                "\(note.number)\(note.isEditorial ? "*" : "") [L\(note.lines.lowerBound)-\(note.lines.upperBound), "
                    + "call L\(note.call?.line ?? 0)] \(note.text)")
            if let governed = note.governed { print("    governs (\(governed.rule.rawValue)): \(governed.text)") }
        }
        for caption in section.captions where caption.lines.overlaps(page.line...lastLine) {
            print("caption [L\(caption.lines.lowerBound)]: \(caption.text)")
        }
    }
}
