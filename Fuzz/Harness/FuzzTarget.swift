import Foundation

/// One of Sigla's parsers, as a fuzzer drives it: bytes in, and either a result or a typed
/// error whose message names the file. Never a crash, never a hang.
///
/// Each case's ``check(_:)`` is the whole rule for that parser; the seeded fuzz tests
/// (`Tests/SiglaTests/Hardening`) and the libFuzzer targets (`Fuzz/<Parser>Fuzzer`) both
/// call it, so they test the same thing. See `Docs/reliability.md`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Sigla markup (`witnesses/TS.txt`), through the checks every input file gets.
    case markup
    /// A TEI transcription (`witnesses/TS.xml`), strict and lenient.
    case tei
    /// The edition's settings, `sigla.yaml`.
    case configuration
    /// CollateX's JSON input format (`sigla collate witnesses.json`).
    case collatex
    /// The PDF-extracted text of a printed edition (`sigla import printed`).
    case printed
    /// One decision record of the apparatus (`apparatus/I/27-1.yaml`).
    case decision
    /// A sample edition's `edition.yaml`.
    case recipeManifest
    /// A sample edition's `decisions.yaml`.
    case recipeDecisions

    /// The file name every message about the input must give.
    public var fileName: String {
        switch self {
        case .markup: "witnesses/TS.txt"
        case .tei: "witnesses/TS.xml"
        case .configuration: "sigla.yaml"
        case .collatex: "witnesses.json"
        case .printed: "memorias.txt"
        case .decision: "apparatus/I/27-1.yaml"
        case .recipeManifest: "edition.yaml"
        case .recipeDecisions: "decisions.yaml"
        }
    }

    /// The name of the libFuzzer executable for this parser.
    public var fuzzerName: String {
        switch self {
        case .markup: "MarkupFuzzer"
        case .tei: "TEIFuzzer"
        case .configuration: "ConfigurationFuzzer"
        case .collatex: "CollateXFuzzer"
        case .printed: "PrintedEditionFuzzer"
        case .decision: "DecisionRecordFuzzer"
        case .recipeManifest, .recipeDecisions: "RecipeFuzzer"
        }
    }

    /// Runs the parser on `bytes` and checks what it did.
    ///
    /// - Returns: whether the input was accepted or refused (with the message).
    /// - Throws: ``FuzzViolation`` when the parser broke a rule: a refusal that does not
    ///   name the file, a result that does not survive its own round trip.
    public func check(_ bytes: [UInt8]) throws(FuzzViolation) -> FuzzOutcome {
        let data = Data(bytes)
        switch self {
        case .markup: return try FuzzChecks.markup(data, fileName: fileName)
        case .tei: return try FuzzChecks.tei(data, fileName: fileName)
        case .configuration: return try FuzzChecks.configuration(data, fileName: fileName)
        case .collatex: return try FuzzChecks.collateX(data, fileName: fileName)
        case .printed: return try FuzzChecks.printed(data, fileName: fileName)
        case .decision: return try FuzzChecks.decision(data, fileName: fileName)
        case .recipeManifest: return try FuzzChecks.recipe(data, as: .manifest)
        case .recipeDecisions: return try FuzzChecks.recipe(data, as: .decisions)
        }
    }
}

/// What a parser did with one input.
public enum FuzzOutcome: Hashable, Sendable {
    /// The input was read.
    case accepted
    /// The input was refused with this message.
    case refused(String)

    public var isAccepted: Bool { self == .accepted }
}

/// A rule a parser broke on one input (a crash or a hang cannot be caught: it ends the run).
public struct FuzzViolation: Error, Sendable, CustomStringConvertible {
    public var target: FuzzTarget
    public var problem: String

    public init(_ target: FuzzTarget, _ problem: String) {
        self.target = target
        self.problem = problem
    }

    public var description: String { "\(target.rawValue): \(problem)" }
}
