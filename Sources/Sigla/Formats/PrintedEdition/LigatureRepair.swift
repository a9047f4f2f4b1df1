/// One ligature restored in the text: a damaged character replaced by the letters it stood for.
public struct LigatureRepair: Sendable, Hashable, Codable {
    /// A kind of repair: which printed character became which letters (`!` → `fi`).
    public struct Kind: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
        /// The damaged character as printed.
        public var printed: String
        /// The letters restored.
        public var restored: String

        /// Creates a kind.
        public init(printed: String, restored: String) {
            self.printed = printed
            self.restored = restored
        }

        public var description: String { "\(printed) → \(restored)" }

        public static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.restored, lhs.printed) < (rhs.restored, rhs.printed)
        }
    }

    /// What was replaced by what.
    public var kind: Kind
    /// The word as printed, e.g. `clasi!cados` (footnote call digits removed).
    public var printed: String
    /// The word as repaired, e.g. `clasificados`.
    public var repaired: String
    /// The 1-based source line of the word.
    public var line: Int
    /// Whether the context decided the repair; `false` repairs are also diagnostics.
    public var isConfident: Bool

    /// Creates a repair record.
    public init(kind: Kind, printed: String, repaired: String, line: Int, isConfident: Bool) {
        self.kind = kind
        self.printed = printed
        self.repaired = repaired
        self.line = line
        self.isConfident = isConfident
    }
}
