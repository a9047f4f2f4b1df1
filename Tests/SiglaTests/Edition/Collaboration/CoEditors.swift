import Foundation
import Sigla
import TestSupport

/// Co-editors on one machine: a bare remote made by `git init --bare`, a founder's edition
/// pushed to it, and clones for each editor, all real repositories in a temporary folder.
final class CoEditors {
    let directory: TemporaryDirectory
    /// The bare remote's path.
    let remote: String
    let founder: Edition

    static let jean = Person(name: "Jean Rière", email: "jean@example.org")
    static let ana = Person(name: "Ana Pérez", email: "ana@example.org")
    static let luis = Person(name: "Luis Soto", email: "luis@example.org")

    /// A day of September 2018, at noon UTC.
    static func day(_ number: Int, hour: Int = 12) -> Timestamp {
        Timestamp(
            date: Date(timeIntervalSince1970: 1_535_760_000 + Double(number - 1) * 86_400 + Double(hour) * 3600),
            timeZoneOffsetMinutes: 120)
    }

    /// An edition with the witnesses `texts` (siglum → transcription; the first is the
    /// base), pushed to a fresh bare remote.
    init(texts: [(siglum: String, text: String)]) throws {
        directory = try TemporaryDirectory(prefix: "sigla-coeditors")
        remote = directory.path("remote.git")
        try GitCLI(directory: directory.path).run("init", "-q", "--bare", remote)
        founder = try Edition.create(
            at: directory.path("jean"), title: "Memorias", editor: Self.jean, date: Self.day(1))
        for (index, witness) in texts.enumerated() {
            try directory.write(witness.text, to: "sources/\(witness.siglum).txt")
            try founder.addWitness(
                siglum: witness.siglum, file: InputFile(path: directory.path("sources/\(witness.siglum).txt")),
                description: .init(title: "Testigo \(witness.siglum)", kind: .typescript), date: Self.day(1 + index))
        }
        try founder.addRemote(named: "origin", url: remote)
        _ = try founder.push()
    }

    /// A new clone of the remote in `name/`.
    func clone(_ name: String) throws -> Edition {
        try Edition.clone(from: remote, to: directory.path(name))
    }

    /// The git command-line tool in a folder of the set-up (`remote.git`, `ana`, …).
    func git(_ name: String) -> GitCLI {
        GitCLI(directory: directory.path(name))
    }

    /// Every file of an edition's work tree that holds a git conflict marker.
    func filesWithConflictMarkers(_ name: String) throws -> [String] {
        let root = directory.path(name)
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return files.filter { path in
            guard !path.hasPrefix(".git"), let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8)
            else { return false }
            return text.contains("<<<<<<<") || text.contains(">>>>>>>")
        }
    }
}
