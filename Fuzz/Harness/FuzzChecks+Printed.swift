import Foundation
import Sigla

extension FuzzChecks {
    /// A printed edition's extracted text: taken apart, or refused naming the file; every
    /// diagnostic names the file too, and the summary can be made.
    static func printed(_ data: Data, fileName: String) throws(FuzzViolation) -> FuzzOutcome {
        let text: String
        switch try inputText(data, fileName: fileName, target: .printed) {
        case .success(let read): text = read
        case .failure(let refusal): return .refused(refusal.message)
        }
        let edition: PrintedEdition
        do {
            edition = try PrintedEditionImporter().importEdition(text: text, fileName: fileName)
        } catch {
            try requireNamesFile(error.description, fileName: fileName, target: .printed)
            return .refused(error.description)
        }
        let summary = PrintedEditionSummary(edition)
        for diagnostic in summary.diagnostics {
            try requireNamesFile(diagnostic.description, fileName: fileName, target: .printed)
        }
        do {
            _ = try edition.summaryJSON()
        } catch {
            throw FuzzViolation(.printed, "the summary cannot be written as JSON: \(error)")
        }
        return .accepted
    }
}
