/// Roman numerals for chapter headings.
enum RomanNumeral {
    /// The numeral for 1...3999, in capitals (`4` → `IV`).
    static func string(for number: Int) -> String {
        guard number > 0, number < 4000 else { return "" }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = number
        var result = ""
        for (value, symbol) in table {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }
}
