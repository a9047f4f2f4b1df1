import Foundation
import Sigla

extension FuzzChecks {
    /// A TEI transcription: read strictly, else leniently (as the edition reads its own
    /// witnesses), else refused at a place naming the file; what is read survives the
    /// round trips.
    static func tei(_ data: Data, fileName: String) throws(FuzzViolation) -> FuzzOutcome {
        let text: String
        switch try inputText(data, fileName: fileName, target: .tei) {
        case .success(let read): text = read
        case .failure(let refusal): return .refused(refusal.message)
        }
        var outcome = FuzzOutcome.accepted
        for lenient in [false, true] {
            do {
                let (transcription, warnings) = try TEITranscription.parse(text, fileName: fileName, lenient: lenient)
                for warning in warnings {
                    try requireNamesFile(warning.description, fileName: fileName, target: .tei)
                }
                try requireStatesAndRoundTrip(transcription, target: .tei, fileName: fileName)
                return outcome
            } catch let error as TEIImportError {
                let message = error.description
                try requireNamesFile(message, fileName: fileName, target: .tei)
                try requireInside(
                    line: error.position.line, column: error.position.column, of: text, target: .tei, message: message)
                outcome = .refused(message)
            } catch let violation as FuzzViolation {
                throw violation
            } catch {
                throw FuzzViolation(.tei, "an untyped error: \(error)")
            }
        }
        return outcome
    }
}
