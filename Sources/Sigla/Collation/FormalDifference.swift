/// A kind of difference between readings that is a matter of form, not of substance.
///
/// Used twice: in `NormalizationSettings.ignoring`, to say which differences matching
/// disregards (readings that differ only so are not variants at all), and in
/// `VariantSignificance.formal`, to say what a formal variant consists of.
public enum FormalDifference: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Upper- versus lowercase (`La` / `la`).
    case letterCase = "case"
    /// Accents and other diacritics (`más` / `mas`).
    case diacritics
    /// Punctuation marks, and punctuation inside words (`d’un` / `d'un`).
    case punctuation
    /// Spellings the editor declared equivalent with `SpellingRule`s (`mui` / `muy`).
    case spelling

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
