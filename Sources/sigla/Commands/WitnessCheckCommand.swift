import ArgumentParser
import Foundation
import Sigla

/// `sigla witness check`: reads a transcription without recording it.
struct WitnessCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a transcription file and list its revision events, without recording anything.",
        discussion: "Needs no edition. Exits 1 with the file, line and column of the first problem."
    )

    @Argument(help: ArgumentHelp("The transcription (Sigla markup, plain text or TEI).", valueName: "FILE"))
    var file: String

    @Option(help: "The transcription's format: markup, tei or plain (default: guessed from the file).")
    var format: TranscriptionFormat?

    @Flag(help: "Keep the text of TEI elements Sigla does not support, with a warning.")
    var lenient = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let input = try InputFile.read(file)
        let format = format ?? TranscriptionFormat.detect(fileName: file, contents: input.text)
        let (transcription, warnings): (Transcription, [Diagnostic])
        do {
            (transcription, warnings) = try Transcription.parse(
                contents: input.text, format: format, fileName: file, lenient: lenient)
        } catch {
            throw EditionError.invalidTranscription(error.diagnostic)
        }
        let events = transcription.events.map(EventSummary.init)
        if output.json {
            struct Checked: Encodable {
                var file: String
                var format: String
                var states: [String]
                var events: [EventSummary]
                var warnings: [Diagnostic]
            }
            try Terminal.printJSON(
                Checked(
                    file: file, format: format.rawValue, states: transcription.distinctStates.map(\.suffix),
                    events: events, warnings: warnings))
            return
        }
        for warning in warnings { Terminal.printError(warning.description) }
        for event in events {
            print(event.line(file: file))
        }
        let states = transcription.distinctStates.map(\.suffix).joined(separator: ", ")
        print("\(file): \(format.rawValue), \(events.count) event\(events.count == 1 ? "" : "s"), states: \(states)")
    }
}

/// One revision event as `check` lists it.
struct EventSummary: Encodable {
    var kind: String
    var line: Int?
    var column: Int?
    var hand: String?
    var medium: String?
    var colour: String?
    var stage: Int?

    init(_ event: RevisionEvent) {
        kind = event.kind.name
        line = event.origin.start?.line
        column = event.origin.start?.column
        hand = event.hand
        medium = event.medium
        colour = event.colour
        stage = event.stage
    }

    func line(file: String) -> String {
        var details: [String] = []
        if let hand { details.append("hand \(hand)") }
        if let medium { details.append(medium) }
        if let colour { details.append(colour) }
        if let stage { details.append("stage \(stage)") }
        let place = [line, column].compactMap { $0.map(String.init) }.joined(separator: ":")
        return "\(file):\(place): \(kind)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }
}
