import ArgumentParser
import Foundation
import Sigla

/// `sigla witness list`: the edition's witnesses.
struct WitnessListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the edition's witnesses."
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        let base = edition.configuration.base
        if output.json {
            try Terminal.printJSON(edition.witnesses.map { WitnessSummary($0, base: base) })
            return
        }
        if edition.witnesses.isEmpty {
            print("No witnesses yet: add one with sigla witness add SIGLUM FILE --title \"…\"")
            return
        }
        let width = edition.witnesses.map(\.siglum.rawValue.count).max() ?? 0
        for witness in edition.witnesses {
            let siglum = witness.siglum.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            var details = [witness.kind.rawValue]
            if let date = witness.date { details.append(date) }
            if witness.siglum.rawValue == base { details.append("base") }
            print("\(siglum)  \(witness.title) (\(details.joined(separator: ", ")))")
        }
    }
}

/// A witness as `--json` shows it.
struct WitnessSummary: Encodable {
    var siglum: String
    var title: String
    var kind: String
    var date: String?
    var note: String?
    var file: String
    var format: String
    var isBase: Bool

    init(_ entry: EditionConfiguration.WitnessEntry, base: String?) {
        siglum = entry.siglum.rawValue
        title = entry.title
        kind = entry.kind.rawValue
        date = entry.date
        note = entry.note
        file = entry.file
        format = entry.format.rawValue
        isBase = base == entry.siglum.rawValue
    }
}
