import Yams

extension ReconstructedDecision {
    /// The decisions as a YAML list (the `decisions.yaml` of a sample edition): one mapping per
    /// decision, its keys in the documented order, a blank line between decisions. Texts are
    /// double-quoted, so that a line break shows as `\n`; names (action, sign, category,
    /// witnesses) are plain.
    ///
    /// - Parameter header: comment lines put first, each prefixed with `# `.
    /// - Complexity: O(*n*) in the size of the output.
    public static func yaml(_ decisions: [ReconstructedDecision], header: [String] = []) -> String {
        var output = header.map { $0.isEmpty ? "#\n" : "# \($0)\n" }.joined()
        for decision in decisions {
            if !output.isEmpty { output += "\n" }
            var lines: [(String, String)] = [("note", quoted(decision.note)), ("at", quoted(decision.at))]
            lines.append(("action", decision.action.rawValue))
            if let adopt = decision.adopt { lines.append(("adopt", plainOrQuoted(adopt))) }
            if let text = decision.text { lines.append(("text", quoted(text))) }
            if let from = decision.from { lines.append(("from", plainOrQuoted(from))) }
            lines.append(("sign", decision.sign.rawValue))
            lines.append(("category", decision.category.rawValue))
            lines.append(("because", quoted(decision.because)))
            lines.append(("editor", quoted(decision.editor)))
            lines.append(("date", quoted(decision.date)))
            for (index, (key, value)) in lines.enumerated() {
                output += (index == 0 ? "- " : "  ") + key + ": " + value + "\n"
            }
        }
        return output
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A name written plain when it is letters, digits and `-` only (`TS-ac`, `V1`), else quoted.
    static func plainOrQuoted(_ name: String) -> String {
        let plain =
            !name.isEmpty && name.first?.isLetter == true
            && name.unicodeScalars.allSatisfy {
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-"
            }
        let reserved = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"].contains(name.lowercased())
        return plain && !reserved ? name : quoted(name)
    }

    /// Reads a YAML list of decisions.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - fileName: the name errors give.
    /// - Throws: ``ReconstructedDecisionError`` naming the file and, when YAML knows it, the line.
    public static func decisions(yaml: String, fileName: String) throws(ReconstructedDecisionError) -> [Self] {
        do {
            return try YAMLDecoder().decode([ReconstructedDecision].self, from: yaml)
        } catch let error as YamlError {
            throw ReconstructedDecisionError(file: fileName, problem: "\(error)")
        } catch let error as DecodingError {
            throw ReconstructedDecisionError(file: fileName, problem: Self.describe(error))
        } catch {
            throw ReconstructedDecisionError(file: fileName, problem: "\(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

/// Why a list of decisions could not be read.
public struct ReconstructedDecisionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file read.
    public var file: String
    /// What is wrong, for a person.
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): error: \(problem)" }
}
