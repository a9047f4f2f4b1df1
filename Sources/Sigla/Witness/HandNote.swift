/// A hand declared for a transcription: a name events refer to, and what it is.
///
/// Markup: `{::hand::}[id=Serge description="Victor Serge, correcciones autógrafas"]` on a line
/// of its own at the top of the file. TEI: `<handNote xml:id="Serge">…</handNote>`.
public struct HandNote: Hashable, Sendable, Codable {
    /// The name events give in `hand=` (an XML name: letters, digits, `-`, `_`, `.`).
    public var id: String
    public var description: String?

    public init(id: String, description: String? = nil) {
        self.id = id
        self.description = description
    }
}
