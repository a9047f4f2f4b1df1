import Foundation
import Sigla

extension FuzzChecks {
    /// Sigla markup: read, or refused at a place inside the text naming the file; what is
    /// read survives serialize → parse unchanged, and every state can be computed.
    static func markup(_ data: Data, fileName: String) throws(FuzzViolation) -> FuzzOutcome {
        let text: String
        switch try inputText(data, fileName: fileName, target: .markup) {
        case .success(let read): text = read
        case .failure(let refusal): return .refused(refusal.message)
        }
        let transcription: Transcription
        do {
            transcription = try SiglaMarkup.parse(text, fileName: fileName)
        } catch {
            let message = error.description
            try requireNamesFile(message, fileName: fileName, target: .markup)
            try requireInside(
                line: error.position.line, column: error.position.column, of: text, target: .markup, message: message)
            return .refused(message)
        }
        try requireStatesAndRoundTrip(transcription, target: .markup, fileName: fileName)
        return .accepted
    }

    /// A transcription read from any format: every state computes, and the canonical
    /// markup and the TEI it is written as both read back as the same transcription.
    static func requireStatesAndRoundTrip(_ transcription: Transcription, target: FuzzTarget, fileName: String)
        throws(FuzzViolation)
    {
        for state in [WitnessState.beforeRevision, .afterRevision] + transcription.distinctStates {
            _ = transcription.state(state).text
        }
        let markup = SiglaMarkup.serialize(transcription)
        do {
            let reread = try SiglaMarkup.parse(markup, fileName: fileName)
            guard reread == transcription else {
                throw FuzzViolation(target, "serialize → parse changed the transcription; canonical markup:\n\(markup)")
            }
        } catch let error as MarkupSyntaxError {
            throw FuzzViolation(target, "its canonical markup does not read back: \(error)\n\(markup)")
        } catch let violation as FuzzViolation {
            throw violation
        } catch {
            throw FuzzViolation(target, "unexpected error \(error)")
        }
        let tei = TEITranscription.document(for: transcription)
        do {
            let (reread, _) = try TEITranscription.parse(tei, fileName: fileName)
            guard reread == transcription else {
                throw FuzzViolation(target, "TEI export → import changed the transcription; TEI:\n\(tei)")
            }
        } catch let error as TEIImportError {
            throw FuzzViolation(target, "its TEI does not read back: \(error)\n\(tei)")
        } catch let violation as FuzzViolation {
            throw violation
        } catch {
            throw FuzzViolation(target, "unexpected error \(error)")
        }
    }
}
