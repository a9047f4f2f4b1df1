// Times the sentence splitter on the seed book.
//
//     swift build -c release --product SentenceBenchmark
//     .build/release/SentenceBenchmark [path/to/memorias.txt] [--dump N]
//
// Splits the whole file (front matter, notes and all) several times and reports the best
// run, plus building the sections and the citation index. `--dump N` prints the first N
// sentences, one per line, for eyeballing.
import Foundation
import Sigla

let arguments = CommandLine.arguments.dropFirst()
let defaultPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seed/memorias.txt").path
let path = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? defaultPath
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(1)
}
let words = text.split(whereSeparator: \.isWhitespace).count
let splitter = SentenceSplitter()

func time<T>(_ body: () -> T) -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

var best = Double.infinity
var split: SentenceSplit?
for _ in 0..<7 {
    let (result, seconds) = time { splitter.split(text) }
    best = min(best, seconds)
    split = result
}
guard let split else { exit(1) }
print("input: \(text.utf8.count) bytes, \(words) words")
print("split: \(split.sentences.count) sentences, best of 7: \(String(format: "%.1f", best * 1000)) ms")

let (section, sectionSeconds) = time {
    try? EstablishedText.Section(id: SectionID("all")!, title: nil, split: split)
}
print("section (one line per sentence): \(String(format: "%.1f", sectionSeconds * 1000)) ms")
if let section, let established = try? EstablishedText(sections: [section]) {
    let (index, indexSeconds) = time { CitationIndex(established) }
    print("citation index: \(String(format: "%.1f", indexSeconds * 1000)) ms")
    let (matches, searchSeconds) = time { index.sentences(containing: "cubierto de lodo") }
    print(
        "phrase search «cubierto de lodo»: \(matches.count) match(es) in \(String(format: "%.1f", searchSeconds * 1000)) ms"
    )
    let (file, fileSeconds) = time { section.fileContents }
    print("file form: \(file.utf8.count) bytes in \(String(format: "%.1f", fileSeconds * 1000)) ms")
}

if let flag = arguments.firstIndex(of: "--dump"), let n = Int(arguments[arguments.index(after: flag)]) {
    for sentence in split.sentences.prefix(n) { print(sentence.line) }
}
