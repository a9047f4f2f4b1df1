/// A setting of `sigla.yaml` that takes one of a fixed set of words. Decoding an unknown
/// word fails with a message listing the words it may be.
public protocol ConfigurationChoice: RawRepresentable, CaseIterable, Codable where RawValue == String {}

extension ConfigurationChoice {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let word = try container.decode(String.self)
        guard let value = Self(rawValue: word) else {
            let choices = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(word)' is not one of: \(choices)")
        }
        self = value
    }
}

extension Witness.Kind: ConfigurationChoice {}
extension TranscriptionFormat: ConfigurationChoice {}
extension EditionConfiguration.Signs.RestoredSign: ConfigurationChoice {}
extension EditionConfiguration.ApparatusConventions.Language: ConfigurationChoice {}
extension EditionConfiguration.ApparatusConventions.ApparatusType: ConfigurationChoice {}
