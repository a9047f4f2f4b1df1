import Foundation
import Sigla

extension FuzzChecks {
    /// The largest input whose witnesses the check also collates (collation is the costly
    /// part, and its own tests cover size).
    static let collationBudget = 20_000

    /// CollateX JSON input: read, or refused with a ``CollateXInputError`` (the command
    /// puts the file name before it); small inputs that are read are collated and written
    /// in every output format.
    static func collateX(_ data: Data, fileName: String) throws(FuzzViolation) -> FuzzOutcome {
        let witnesses: [WitnessInput]
        do {
            witnesses = try CollateXJSONInput.witnesses(from: data)
        } catch let error as CollateXInputError {
            return .refused("\(fileName): \(error.description)")
        } catch {
            throw FuzzViolation(.collatex, "an untyped error: \(error)")
        }
        guard data.count <= collationBudget, (1...8).contains(witnesses.count) else { return .accepted }
        do {
            let collation = try Collator().collate(witnesses)
            _ = VariantListFormatter().format(collation)
            _ = AlignmentTableFormatter().format(collation)
            _ = CollateXJSONWriter().format(collation)
            _ = TEIParallelSegmentationWriter().format(collation)
        } catch let error as CollationError {
            return .refused("\(fileName): \(error)")
        } catch {
            throw FuzzViolation(.collatex, "collation threw an untyped error: \(error)")
        }
        return .accepted
    }
}
