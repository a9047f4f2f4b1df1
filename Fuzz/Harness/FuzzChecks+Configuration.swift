import Foundation
import Sigla

extension FuzzChecks {
    /// `sigla.yaml`: read, or refused naming the file; what is read is written back
    /// (`yaml()`, as every command that changes the settings does) and reads the same.
    static func configuration(_ data: Data, fileName: String) throws(FuzzViolation) -> FuzzOutcome {
        let text: String
        switch try inputText(data, fileName: fileName, target: .configuration) {
        case .success(let read): text = read
        case .failure(let refusal): return .refused(refusal.message)
        }
        let configuration: EditionConfiguration
        do {
            configuration = try EditionConfiguration(yaml: text, fileName: fileName)
        } catch {
            let message = error.description
            try requireNamesFile(message, fileName: fileName, target: .configuration)
            try requireInside(
                line: error.line, column: error.column, of: text, target: .configuration, message: message)
            return .refused(message)
        }
        let written = configuration.yaml()
        do {
            let reread = try EditionConfiguration(yaml: written, fileName: fileName)
            guard reread == configuration else {
                throw FuzzViolation(.configuration, "yaml() → read changed the settings; written:\n\(written)")
            }
        } catch let error as ConfigurationError {
            throw FuzzViolation(.configuration, "what yaml() writes does not read back: \(error)\n\(written)")
        } catch let violation as FuzzViolation {
            throw violation
        } catch {
            throw FuzzViolation(.configuration, "an untyped error: \(error)")
        }
        return .accepted
    }
}
