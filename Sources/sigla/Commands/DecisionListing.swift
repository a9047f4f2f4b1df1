import Foundation
import Sigla

/// How the collaboration commands list decisions and conflicts for people.
enum DecisionListing {
    /// "  I.27/1  Keep suppressed text at I.27/1 from TS-ac — Ana Pérez, 2018-09-16", one per
    /// decision, oldest first.
    static func lines(_ entries: [Edition.LogEntry], indent: String = "  ") -> [String] {
        entries.reversed().map { entry in
            "\(indent)\(entry.location)  \(entry.subject) — \(name(entry.editor)), \(entry.date.prefix(10))"
        }
    }

    /// The name part of "Name <mail>".
    static func name(_ editor: String) -> String {
        editor.split(separator: "<").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? editor
    }

    /// One side of a conflict: what the place reads, who decided it, when and why.
    static func side(_ side: EditorialConflict.Side, label: String) -> [String] {
        var lines: [String] = []
        let who = [
            side.author.map(name), side.date.map { String($0.prefix(10)) },
            side.commit.map { "commit " + $0.prefix(7) },
        ]
        .compactMap { $0 }.joined(separator: ", ")
        guard let decision = side.decision else {
            lines.append("  \(label)  no decision (reverted) — \(who)")
            if let subject = side.subject { lines.append("          \(subject)") }
            return lines
        }
        lines.append("  \(label)  \(summary(decision)) — \(who)")
        for line in decision.justification.split(separator: "\n") { lines.append("          \(line)") }
        return lines
    }

    /// What a decision does, in a few words: "adopt V: «institutor»", "keep TS: «empleado»".
    static func summary(_ decision: Decision) -> String {
        let text = decision.text.trimmingCharacters(in: .whitespaces)
        switch decision.action {
        case .adopt: return "adopt \(decision.adopted ?? ""): «\(text)» (\(decision.category.rawValue))"
        case .keep: return "keep \(decision.adopted ?? "the base"): «\(text)» (\(decision.category.rawValue))"
        case .emend: return "emend: «\(text)» (\(decision.category.rawValue))"
        case .supply:
            return "supply\(decision.source.map { " from \($0)" } ?? ""): «\(text)» (\(decision.category.rawValue))"
        }
    }

    /// The `sigla decide` options that would make `decision` again.
    static func options(_ decision: Decision) -> String {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        let text = decision.text.trimmingCharacters(in: .whitespaces)
        switch decision.action {
        case .adopt: return "--adopt \(decision.adopted ?? "")"
        case .keep: return "--keep"
        case .emend: return "--emend \(quoted(text))"
        case .supply: return "--supply \(quoted(text))" + (decision.source.map { " --from \($0)" } ?? "")
        }
    }
}
