/// A set of `FormalDifference`s as bits: the normalizer consults it for every text it
/// folds, where a `Set` would hash.
struct FoldingMask: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let letterCase = FoldingMask(rawValue: 1 << 0)
    static let diacritics = FoldingMask(rawValue: 1 << 1)
    static let punctuation = FoldingMask(rawValue: 1 << 2)
    static let spelling = FoldingMask(rawValue: 1 << 3)
    /// Every formal difference.
    static let all: FoldingMask = [.letterCase, .diacritics, .punctuation, .spelling]

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ differences: Set<FormalDifference>) {
        var mask: FoldingMask = []
        for difference in differences {
            switch difference {
            case .letterCase: mask.insert(.letterCase)
            case .diacritics: mask.insert(.diacritics)
            case .punctuation: mask.insert(.punctuation)
            case .spelling: mask.insert(.spelling)
            }
        }
        self = mask
    }
}
