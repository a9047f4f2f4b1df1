/// A witness of the text: one source the editor transcribes (a manuscript, a typescript, a printing).
///
/// The witness is the description; what it reads is its ``Transcription``. A siglum names the
/// witness in the apparatus (`TS`, `MS`, `V1`); a state of a revised witness adds a suffix
/// (`TS-ac`, `TS-pc`, `TS-2`, see ``WitnessStateName``).
public struct Witness: Hashable, Sendable, Codable {
    /// The short name used in the apparatus, e.g. `TS`.
    public var siglum: String
    /// A human title, e.g. "Mecanoscrito corregido a mano por el autor".
    public var title: String
    /// What sort of object the witness is.
    public var kind: Kind
    /// When the witness was made, as the editor writes it ("1945-1946", "1951").
    public var date: String?
    /// Free description: location, extent, hands, condition.
    public var description: String?

    /// What sort of object a witness is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case manuscript, typescript, print, edition, other
    }

    public init(siglum: String, title: String, kind: Kind, date: String? = nil, description: String? = nil) {
        self.siglum = siglum
        self.title = title
        self.kind = kind
        self.date = date
        self.description = description
    }
}
