public import Foundation

/// Reads CollateX's JSON input format, so that CollateX users can bring their data:
///
/// ```json
/// {"witnesses": [
///   {"id": "A", "content": "A black cat"},
///   {"id": "B", "tokens": [{"t": "A ", "n": "a"}, {"t": "white ", "n": "white"}, {"t": "cat"}]}
/// ]}
/// ```
///
/// A witness has either `content` (plain text, tokenized by Sigla) or `tokens`
/// (each with `t`, the text, and optionally `n`, the normalized form to match on; other
/// properties are ignored).
public enum CollateXJSONInput {
    /// Parses the input.
    ///
    /// - Throws: `CollateXInputError` describing what is wrong and where.
    public static func witnesses(from data: Data) throws -> [WitnessInput] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw CollateXInputError.notJSON
        }
        guard let object = root as? [String: Any], let list = object["witnesses"] as? [Any] else {
            throw CollateXInputError.noWitnessList
        }
        return try list.enumerated().map { index, item in
            guard let witness = item as? [String: Any] else { throw CollateXInputError.notAnObject(witness: index + 1) }
            guard let id = witness["id"] as? String, !id.isEmpty else {
                throw CollateXInputError.missingID(witness: index + 1)
            }
            if let content = witness["content"] as? String {
                return WitnessInput(siglum: id, text: content)
            }
            guard let tokens = witness["tokens"] as? [Any] else { throw CollateXInputError.missingContent(siglum: id) }
            let made = try tokens.enumerated().map { tokenIndex, token -> InputToken in
                guard let token = token as? [String: Any], let t = token["t"] as? String else {
                    throw CollateXInputError.badToken(siglum: id, token: tokenIndex + 1)
                }
                return InputToken(text: t, normalized: token["n"] as? String)
            }
            return WitnessInput(siglum: id, content: .tokens(made))
        }
    }

    /// Whether `data` looks like CollateX JSON input (an object with a `witnesses` list).
    public static func recognizes(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["witnesses"] is [Any]
    }
}

/// What is wrong with a CollateX JSON input.
public enum CollateXInputError: Error, Equatable, Sendable, CustomStringConvertible {
    case notJSON
    case noWitnessList
    case notAnObject(witness: Int)
    case missingID(witness: Int)
    case missingContent(siglum: String)
    case badToken(siglum: String, token: Int)

    public var description: String {
        switch self {
        case .notJSON: return "not valid JSON"
        case .noWitnessList: return "expected an object with a \"witnesses\" list (CollateX JSON input)"
        case .notAnObject(let index): return "witness \(index) is not an object"
        case .missingID(let index): return "witness \(index) has no \"id\""
        case .missingContent(let siglum): return "witness ‘\(siglum)’ has neither \"content\" nor \"tokens\""
        case .badToken(let siglum, let token): return "witness ‘\(siglum)’: token \(token) has no \"t\" string"
        }
    }
}
