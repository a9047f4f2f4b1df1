/// A revision on the page behind a reading, read from the witness's transcription: who
/// made it, with what, where («tachado con lápiz negro», «Reservar» in the margin).
public struct RevisionDetail: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case deletion, addition, substitution, restoration
        /// A mark or instruction on the page, not text («Reservar»).
        case metamark
        /// A reading the transcriber is unsure of, with its alternatives.
        case uncertain
    }

    public var kind: Kind
    /// The witness (`TS`).
    public var witness: String
    /// The event's number in the witness's transcription (its events in document order,
    /// from 0): the same revision seen from two readings has the same number.
    public var event: Int
    /// Whether the reading's state shows the revision made: the text struck (absent), the
    /// addition written (present). False for the reading before it (`TS-ac` reads text
    /// TS later struck).
    public var applied: Bool
    public var hand: String?
    public var medium: String?
    public var colour: String?
    public var stage: Int?
    /// Where on the page: `margin`, `above`, `top`…
    public var place: String?
    /// The words concerned: the struck or added text at this place, the metamark's text,
    /// the alternatives of an uncertain reading (joined by ` | `).
    public var text: String?

    public init(
        kind: Kind, witness: String, event: Int, applied: Bool, hand: String? = nil, medium: String? = nil,
        colour: String? = nil, stage: Int? = nil, place: String? = nil, text: String? = nil
    ) {
        self.kind = kind
        self.witness = witness
        self.event = event
        self.applied = applied
        self.hand = hand
        self.medium = medium
        self.colour = colour
        self.stage = stage
        self.place = place
        self.text = text
    }

    /// Hand, medium and colour as printed: `Serge, lápiz negro` (a colour already named
    /// by the medium is not repeated).
    public func agents(_ terms: ApparatusTerms) -> String {
        var parts: [String] = []
        if let hand, !hand.isEmpty { parts.append(hand) }
        if let medium, !medium.isEmpty { parts.append(terms.medium(medium)) }
        if let colour, !colour.isEmpty, !(medium ?? "").lowercased().contains(colour.lowercased()) {
            parts.append(colour)
        }
        return parts.joined(separator: ", ")
    }
}
