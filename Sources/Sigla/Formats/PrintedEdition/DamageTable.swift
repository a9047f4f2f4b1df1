/// The ligature damage of a layout, looked up by scalar. Internal.
struct DamageTable: Sendable {
    // ASCII damage (the usual case) is looked up in an array: this runs for every scalar.
    private var ascii: [LigatureDamage?] = Array(repeating: nil, count: 128)
    private var others: [Unicode.Scalar: LigatureDamage] = [:]

    init(_ damage: [LigatureDamage]) {
        for entry in damage {
            let scalars = entry.printed.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first, !entry.restorations.isEmpty else { continue }
            if scalar.value < 128 { ascii[Int(scalar.value)] = entry } else { others[scalar] = entry }
        }
    }

    subscript(_ scalar: Unicode.Scalar) -> LigatureDamage? {
        if scalar.value < 128 { return ascii[Int(scalar.value)] }
        return others.isEmpty ? nil : others[scalar]
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool { self[scalar] != nil }

    /// Damage that can sit inside a word token when building the lexicon: not hyphens (they
    /// split compounds) and not digits (they are numbers and calls).
    func isInWordToken(_ scalar: Unicode.Scalar) -> Bool {
        guard let entry = self[scalar] else { return false }
        return entry.ordinaryUse != .hyphen && entry.ordinaryUse != .digit
    }
}
