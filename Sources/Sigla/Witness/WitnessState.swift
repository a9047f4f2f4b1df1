/// One state of a revised witness: its text before revision, after all revisions, or after a
/// given revision stage.
public enum WitnessState: Hashable, Sendable, Codable, CustomStringConvertible {
    /// *Ante correctionem* (`ac`): the text as first written or typed, no revision applied.
    case beforeRevision
    /// *Post correctionem* (`pc`): every revision applied. The default reading of a witness.
    case afterRevision
    /// Revisions of stages 1 through *k* applied (`TS-1`, `TS-2`, …).
    case afterStage(Int)

    /// Reads a state suffix: `ac`, `pc`, or a stage number ≥ 1. Case-insensitive.
    public init?(suffix: String) {
        switch suffix.lowercased() {
        case "ac": self = .beforeRevision
        case "pc": self = .afterRevision
        default:
            guard let stage = Int(suffix), stage >= 1, suffix.allSatisfy(\.isASCII) else { return nil }
            self = .afterStage(stage)
        }
    }

    /// The suffix naming the state: `ac`, `pc`, or the stage number.
    public var suffix: String {
        switch self {
        case .beforeRevision: "ac"
        case .afterRevision: "pc"
        case .afterStage(let stage): String(stage)
        }
    }

    public var description: String { suffix }

    /// Whether an event of the given stage is applied in this state.
    func applies(stage: Int) -> Bool {
        switch self {
        case .beforeRevision: false
        case .afterRevision: true
        case .afterStage(let k): stage <= k
        }
    }
}

/// A witness state as the apparatus names it: siglum and state suffix, `TS-ac`, `TS-pc`, `TS-2`.
///
/// A bare siglum (`TS`) names the witness's default reading, after revision.
public struct WitnessStateName: Hashable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    public var siglum: String
    public var state: WitnessState

    public init(siglum: String, state: WitnessState = .afterRevision) {
        self.siglum = siglum
        self.state = state
    }

    /// Reads `TS-ac`, `TS-pc`, `TS-2` or a bare `TS`. The suffix is what follows the last `-`
    /// when it is `ac`, `pc` or a number; otherwise the whole name is a siglum (`MS-B`).
    /// Returns `nil` for an empty siglum.
    public init?(_ name: String) {
        if let dash = name.lastIndex(of: "-"),
            let state = WitnessState(suffix: String(name[name.index(after: dash)...]))
        {
            let siglum = String(name[..<dash])
            guard !siglum.isEmpty else { return nil }
            self.init(siglum: siglum, state: state)
        } else {
            guard !name.isEmpty else { return nil }
            self.init(siglum: name)
        }
    }

    /// Always explicit: `TS-pc`, never the bare siglum, so a name says which state it means.
    public var description: String { "\(siglum)-\(state.suffix)" }
}
