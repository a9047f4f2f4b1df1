public import ArgumentParser
import Foundation
import Sigla

/// `sigla decide`: one editorial decision, one commit.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record an editorial decision at one place, with its justification, as one commit.",
        discussion: """
            LOC is a location (I.27/1), a sentence with one location (I.27), or a phrase: \
            of a reading, to find a variant location; or, with --emend, --keep and \
            --supply, of the base text where no witness differs (the words to emend or \
            keep; the words after which to supply). Exactly one of --adopt, --emend, \
            --keep, --supply. The commit changes the established text and the apparatus \
            together; its author is the editor, its trailers say what was decided.
            """
    )

    @Argument(help: ArgumentHelp("The place: I.27/1, I.27, or a phrase.", valueName: "LOC"))
    var locator: String

    @Option(help: ArgumentHelp("Take this witness state's reading (TS-ac, V1).", valueName: "SIGLUM[-STATE]"))
    var adopt: String?

    @Option(help: ArgumentHelp("Replace the base reading with the editor's text.", valueName: "TEXT"))
    var emend: String?

    @Flag(help: "Confirm the base reading.")
    var keep = false

    @Option(help: ArgumentHelp("Insert text after LOC: from a witness (--from), or the editor's own.", valueName: "TEXT"))
    var supply: String?

    @Option(name: .customLong("from"), help: ArgumentHelp("The witness supplied text comes from.", valueName: "SIGLUM"))
    var source: String?

    @Option(help: ArgumentHelp("The justification, as the note will print it.", valueName: "TEXT"))
    var because: String?

    @Option(help: "How the text shows the intervention: brackets or none (default: brackets for restorations).")
    var sign: Decision.Sign?

    @Option(help: ArgumentHelp(
        "restoration, suppression-kept, first-version, emendation, conjecture, uncertain-reading, "
            + "marginal-addition, variant, annotation or regularization.", valueName: "CATEGORY"))
    var category: DecisionCategory?

    @Option(help: "When the decision was made: 2018-09-15 or 2018-09-15T10:30:00+02:00 (default: now).")
    var date: String?

    @Option(name: .customLong("in"), help: ArgumentHelp("Look for a phrase in this section only.", valueName: "SECTION"))
    var section: String?

    @Flag(help: "Replace the decision already made at this place.")
    var amend = false

    @Flag(help: "Show the change without committing it.")
    var dryRun = false

    @OptionGroup var authorship: AuthorshipOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var location: EditionLocationOptions

    func validate() throws {
        let actions = [adopt != nil, emend != nil, keep, supply != nil].filter { $0 }.count
        guard actions == 1 else {
            throw ValidationError("give exactly one of --adopt STATE, --emend TEXT, --keep, --supply TEXT")
        }
        if because?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            throw ValidationError("a decision needs its justification: --because \"…\"")
        }
        if let date, Timestamp(parsing: date) == nil {
            throw ValidationError("--date '\(date)' is not a date: write it as 2018-09-15 or 2018-09-15T10:30:00+02:00")
        }
    }

    func run() throws {
        let edition = try location.openEdition()
        let action: Decision.Action = adopt != nil ? .adopt : emend != nil ? .emend : keep ? .keep : .supply
        let request = Edition.DecisionRequest(
            locator: locator, action: action, adopt: adopt, text: emend ?? supply, source: source, sign: sign,
            category: category, justification: because ?? "", amend: amend, section: section)
        let outcome = try edition.decide(
            request, editor: try authorship.person(), date: date.flatMap(Timestamp.init(parsing:)) ?? .now(),
            dryRun: dryRun)
        if output.json {
            struct Shown: Encodable {
                var decision: Decision
                var commit: String?
                var before: [String]
                var after: [String]
            }
            try Terminal.printJSON(
                Shown(
                    decision: outcome.decision, commit: outcome.commit,
                    before: outcome.before.map { "\($0.citation) \($0.line)" },
                    after: outcome.after.map { "\($0.citation) \($0.line)" }))
            return
        }
        let decision = outcome.decision
        if let commit = outcome.commit {
            print("Decided \(decision.location) (\(decision.category.rawValue)) in \(commit.prefix(7))")
        } else {
            print("Would decide \(decision.location) (\(decision.category.rawValue)); nothing committed (--dry-run)")
        }
        for sentence in outcome.before { print("- \(sentence.citation)  \(sentence.line)") }
        for sentence in outcome.after { print("+ \(sentence.citation)  \(sentence.line)") }
        if let resolution = outcome.resolution {
            if let merge = resolution.mergeCommit {
                print("Resolved the last conflict with \(resolution.label): merged in \(merge.prefix(7))")
            } else {
                print("Resolved; still in conflict with \(resolution.label): \(resolution.remaining.joined(separator: ", "))")
            }
        }
    }
}

extension Decision.Sign: ExpressibleByArgument {}
extension DecisionCategory: ExpressibleByArgument {}
