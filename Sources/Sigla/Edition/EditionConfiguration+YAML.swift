import Foundation
import Yams

extension EditionConfiguration {
    /// Reads `sigla.yaml`.
    ///
    /// Every problem is reported with the file, the line and the column it is at: a YAML
    /// syntax error, a key Sigla does not know, a missing key, a value of the wrong kind.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - fileName: the name to report in errors.
    /// - Throws: ``ConfigurationError``.
    public init(yaml: String, fileName: String) throws(ConfigurationError) {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw ConfigurationError(file: fileName, line: 1, column: 1, problem: "the file is empty")
            }
            node = composed
        } catch let error as ConfigurationError {
            throw error
        } catch let error as YamlError {
            throw ConfigurationError(file: fileName, yamlError: error)
        } catch {
            throw ConfigurationError(file: fileName, line: nil, column: nil, problem: "\(error)")
        }
        try Self.schema.checkKeys(of: node, fileName: fileName, path: "")
        do {
            self = try YAMLDecoder().decode(EditionConfiguration.self, from: node)
        } catch let error as DecodingError {
            throw ConfigurationError(file: fileName, decodingError: error, root: node)
        } catch let error as YamlError {
            throw ConfigurationError(file: fileName, yamlError: error)
        } catch {
            throw ConfigurationError(file: fileName, line: nil, column: nil, problem: "\(error)")
        }
        guard formatVersion <= Self.currentFormatVersion else {
            let mark = node.mapping?[CodingKeys.formatVersion.rawValue]?.mark
            throw ConfigurationError(
                file: fileName, line: mark?.line, column: mark?.column,
                problem: "this edition uses sigla.yaml format \(formatVersion); this Sigla reads up to "
                    + "\(Self.currentFormatVersion): update Sigla")
        }
    }

    /// The text of `sigla.yaml` for this configuration.
    public func yaml() -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        encoder.options.sortKeys = false
        // Encoding plain Codable values to YAML cannot fail.
        let body = (try? encoder.encode(self)) ?? ""
        return "# Sigla edition. Plain YAML: edit it by hand or with `sigla` commands.\n" + body
    }

    /// The keys each mapping of the file may hold, by position in the document.
    static let schema = KeySchema.mapping([
        CodingKeys.formatVersion.rawValue: .scalar,
        CodingKeys.title.rawValue: .scalar,
        CodingKeys.editors.rawValue: .sequence(of: .mapping(["name": .scalar, "email": .scalar])),
        CodingKeys.base.rawValue: .scalar,
        CodingKeys.witnesses.rawValue: .sequence(
            of: .mapping(Dictionary(uniqueKeysWithValues: WitnessEntry.CodingKeys.allCases.map { ($0.rawValue, .scalar) }))
        ),
        CodingKeys.collation.rawValue: .mapping([
            "normalization": .mapping([
                "ignore": .any, "nfc": .scalar, "hyphenation": .scalar, "ligatures": .scalar,
                "rules": .sequence(of: .mapping(["pattern": .scalar, "replacement": .scalar])),
            ]),
            "near-match": .scalar,
            "near-match-threshold": .scalar,
            "transpositions": .any,
        ]),
        CodingKeys.signs.rawValue: .mapping(
            Dictionary(uniqueKeysWithValues: Signs.CodingKeys.allCases.map { ($0.rawValue, .scalar) })),
        CodingKeys.apparatus.rawValue: .mapping(
            Dictionary(uniqueKeysWithValues: ApparatusConventions.CodingKeys.allCases.map { ($0.rawValue, .scalar) })),
        CodingKeys.sentences.rawValue: .any,
        CodingKeys.notes.rawValue: .scalar,
    ])
}

/// The shape of a YAML document: which keys a mapping may hold. Used to refuse unknown
/// keys with their line, which `Codable` alone would silently ignore.
indirect enum KeySchema: Sendable {
    /// Anything; its decoder checks it.
    case any
    case scalar
    case mapping([String: KeySchema])
    case sequence(of: KeySchema)

    func checkKeys(of node: Node, fileName: String, path: String) throws(ConfigurationError) {
        switch (self, node) {
        case (.mapping(let allowed), .mapping(let mapping)):
            for (key, value) in mapping {
                let name = key.string ?? "\(key)"
                guard let schema = allowed[name] else {
                    let known = allowed.keys.sorted().joined(separator: ", ")
                    let place = path.isEmpty ? "at the top level" : "in '\(path)'"
                    throw ConfigurationError(
                        file: fileName, line: key.mark?.line, column: key.mark?.column,
                        problem: "unknown key '\(name)' \(place) (known keys: \(known))")
                }
                try schema.checkKeys(of: value, fileName: fileName, path: path.isEmpty ? name : "\(path).\(name)")
            }
        case (.sequence(let element), .sequence(let sequence)):
            for (index, item) in sequence.enumerated() {
                try element.checkKeys(of: item, fileName: fileName, path: "\(path)[\(index + 1)]")
            }
        default:
            // A value of the wrong shape is reported by the decoder, with its expected type.
            return
        }
    }
}

/// A problem in `sigla.yaml`, with the place it is at.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var problem: String

    public init(file: String, line: Int?, column: Int?, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, let column, line > 0 { place += ":\(column)" }
        return "\(place): \(problem)"
    }

    init(file: String, yamlError: YamlError) {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            self.init(file: file, line: mark.line, column: mark.column, problem: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(
                file: file, line: context.mark.line, column: context.mark.column,
                problem: "duplicated key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            self.init(file: file, line: nil, column: nil, problem: "invalid YAML: \(yamlError)")
        }
    }

    init(file: String, decodingError: DecodingError, root: Node) {
        func place(_ path: [any CodingKey]) -> (Node?, String) {
            var node: Node? = root
            var names: [String] = []
            for key in path {
                if let index = key.intValue {
                    node = node?.sequence.flatMap { index < $0.count ? $0[index] : nil }
                    names.append("[\(index + 1)]")
                } else {
                    node = node?.mapping?[key.stringValue]
                    names.append(names.isEmpty ? key.stringValue : ".\(key.stringValue)")
                }
            }
            return (node, names.joined())
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            let (node, path) = place(context.codingPath)
            let where_ = path.isEmpty ? "at the top level" : "in '\(path)'"
            self.init(
                file: file, line: node?.mark?.line, column: node?.mark?.column,
                problem: "missing key '\(key.stringValue)' \(where_)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let (node, path) = place(context.codingPath)
            self.init(
                file: file, line: node?.mark?.line, column: node?.mark?.column,
                problem: "'\(path)' should be \(Self.describe(type))")
        case .dataCorrupted(let context):
            let (node, path) = place(context.codingPath)
            var problem = context.debugDescription
            if let underlying = context.underlyingError { problem = "\(underlying)" }
            if problem.contains("Cannot initialize"), let value = node?.string {
                problem = "'\(value)' is not a valid value"
            }
            self.init(
                file: file, line: node?.mark?.line, column: node?.mark?.column,
                problem: path.isEmpty ? problem : "'\(path)': \(problem)")
        @unknown default:
            self.init(file: file, line: nil, column: nil, problem: "\(decodingError)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "of type \(type)"
        }
    }
}
