import ArgumentParser
import Foundation
import Sigla

/// `sigla variants`: where the witnesses differ from the base text.
struct VariantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "variants",
        abstract: "List the variant locations: where witness states differ from the base text.",
        discussion: """
            Each location has an id (I.27/1: section I, sentence 27, first location there), \
            every compared state's reading, and whether it is decided. Witnesses that \
            survive in fragments are not compared (bring their text in with decide --supply).
            """
    )

    @Flag(help: "Only the locations not decided yet.")
    var open = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    struct Listed: Encodable {
        var id: String
        var citation: String
        var kind: String?
        var substantive: Bool
        var readings: [Decision.Reading]
        var decided: Bool
        var decision: Decision?
    }

    func run() throws {
        let edition = try location.openEdition()
        let decisions = Dictionary(try edition.decisions().map { ($0.location, $0) }, uniquingKeysWith: { $1 })
        var listed = try edition.locations().map { location in
            Listed(
                id: location.id.description, citation: location.id.citation, kind: location.kind?.rawValue,
                substantive: location.isSubstantive, readings: location.readings,
                decided: decisions[location.id] != nil, decision: decisions[location.id])
        }
        let variantIDs = Set(listed.map(\.id))
        // Places the editor chose where no witness differs are locations too.
        listed += decisions.values.filter { !variantIDs.contains($0.location.description) }
            .sorted { $0.location < $1.location }
            .map { decision in
                Listed(
                    id: decision.location.description, citation: decision.location.citation, kind: nil,
                    substantive: true, readings: decision.readings, decided: true, decision: decision)
            }
        if open { listed.removeAll(where: \.decided) }
        if output.json {
            try Terminal.printJSON(listed)
            return
        }
        for item in listed {
            let status = item.decided ? "decided: \(item.decision?.category.rawValue ?? "")" : "open"
            print("\(item.id)  \(item.kind ?? "editorial")\(item.substantive ? "" : " (formal)")  [\(status)]")
            let width = item.readings.map(\.state.count).max() ?? 0
            for reading in item.readings {
                let text = reading.text.isEmpty ? "—" : "«\(shortened(reading.text))»"
                print("    \(reading.state.padding(toLength: width, withPad: " ", startingAt: 0))  \(text)")
            }
        }
        let decided = listed.filter(\.decided).count
        print("\(listed.count) location\(listed.count == 1 ? "" : "s"), \(decided) decided")
    }

    private func shortened(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > 14 else { return words.joined(separator: " ") }
        return words.prefix(6).joined(separator: " ") + " … " + words.suffix(6).joined(separator: " ")
    }
}
