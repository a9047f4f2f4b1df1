/// placeholder
public struct HTMLApparatusExporter: Sendable {
    public init() {}
    public func export(_ document: ApparatusDocument) -> String { "" }
}
