import Foundation
import Sigla

extension FuzzChecks {
    /// The base text decision records are applied to: a section of the Memorias base text.
    static let decisionBase = BaseText(
        text: """
            # I

            Fue sin duda entre los seis y los ocho años cuando descubrí la muerte. \
            Varias veces he sido cubierto de lodo por una prensa. Nuestro grupo era pequeño, \
            y «rasée» o «rosée»: tomamos la primera.
            """)

    /// A decision record, as read from `apparatus/` of an edition someone else pushed:
    /// read, or refused naming the file; what is read has a base range that exists
    /// (`base-start` ≤ `base-end`, both ≥ 0), so every later use of it is safe, and applying
    /// it gives the established text or a ``DecisionConflict``.
    static func decision(_ data: Data, fileName: String) throws(FuzzViolation) -> FuzzOutcome {
        // The edition reads records from its own commits, decoding them as UTF-8 leniently.
        let text = String(decoding: data, as: UTF8.self)
        let decision: Decision
        do {
            decision = try Edition.decodeDecision(text, path: fileName)
        } catch {
            let message = "\(error)"
            try requireNamesFile(message, fileName: fileName, target: .decision)
            return .refused(message)
        }
        guard decision.baseStart >= 0, decision.baseStart <= decision.baseEnd else {
            throw FuzzViolation(
                .decision, "a record with base-start \(decision.baseStart), base-end \(decision.baseEnd) was accepted")
        }
        _ = decision.baseRange
        _ = decision.rejected
        guard let section = decisionBase.sections.first else { return .accepted }
        var placed = decision
        placed.location.section = section.id
        _ = try? EstablishedSection(base: section, decisions: [placed])
        return .accepted
    }
}
