/// How one ligature was damaged when the printed book's PDF was turned into text.
///
/// PDF text extraction often loses ligature glyphs: the glyph for «fi» comes out as `!`,
/// the one for «fl» as `-`, and so on. Each damaged character also has an ordinary use in
/// running text (`!` closes an exclamation, `-` joins a compound, `8` is a digit), so a
/// repair must look at the context; ``OrdinaryUse`` says which context rules apply.
public struct LigatureDamage: Sendable, Hashable, Codable {
    /// What the damaged character means when it is not damage.
    public enum OrdinaryUse: String, Sendable, Hashable, Codable, CaseIterable {
        /// Closes something (`!` after a word): kept at the end of a word.
        case closingPunctuation
        /// A quotation mark (`"`): kept at either end of a word.
        case quotation
        /// A hyphen (`-`): kept between the parts of a compound, removed at a line end.
        case hyphen
        /// A digit (`8`, `9`): kept in numbers; after a word it may be a footnote call.
        case digit
        /// A symbol that never touches letters in running text (`$`, `#`, `<`).
        case symbol
    }

    /// The character the extraction printed, e.g. `"!"`; a single character.
    public var printed: String
    /// The letters it may stand for, most likely first, e.g. `["fi", "Th"]`.
    public var restorations: [String]
    /// What the printed character means when it is not damage.
    public var ordinaryUse: OrdinaryUse

    /// Creates a damage rule.
    public init(printed: String, restorations: [String], ordinaryUse: OrdinaryUse) {
        self.printed = printed
        self.restorations = restorations
        self.ordinaryUse = ordinaryUse
    }

    /// The damage measured in the seed edition: 'fi' as `!` or `"`, 'fl' as `-` or `$`,
    /// 'ff' as `8` or `#`, 'ffl' as `<`, 'Th' as `9` or `!`.
    public static let pdfDefaults: [LigatureDamage] = [
        LigatureDamage(printed: "!", restorations: ["fi", "Th"], ordinaryUse: .closingPunctuation),
        LigatureDamage(printed: "\"", restorations: ["fi"], ordinaryUse: .quotation),
        LigatureDamage(printed: "-", restorations: ["fl"], ordinaryUse: .hyphen),
        LigatureDamage(printed: "$", restorations: ["fl"], ordinaryUse: .symbol),
        LigatureDamage(printed: "8", restorations: ["ff"], ordinaryUse: .digit),
        LigatureDamage(printed: "#", restorations: ["ff"], ordinaryUse: .symbol),
        LigatureDamage(printed: "<", restorations: ["ffl"], ordinaryUse: .symbol),
        LigatureDamage(printed: "9", restorations: ["Th"], ordinaryUse: .digit),
    ]
}
