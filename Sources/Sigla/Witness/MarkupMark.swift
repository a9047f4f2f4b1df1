/// The marks of Sigla markup: their delimiters, names and the attributes each takes.
///
/// One table shared by the parser and the serializer, so that the two cannot drift apart.
enum MarkupMark: CaseIterable {
    case addition, deletion, substitution, note, uncertain, illegible, metamark, restoration, milestone

    /// The two characters after `{` that open the mark.
    var opener: (UInt8, UInt8) {
        switch self {
        case .addition: (0x2B, 0x2B)  // ++
        case .deletion: (0x2D, 0x2D)  // --
        case .substitution: (0x7E, 0x7E)  // ~~
        case .note: (0x3E, 0x3E)  // >>
        case .uncertain: (0x3F, 0x3F)  // ??
        case .illegible: (0x23, 0x23)  // ##
        case .metamark: (0x21, 0x21)  // !!
        case .restoration: (0x5E, 0x5E)  // ^^
        case .milestone: (0x3A, 0x3A)  // ::
        }
    }

    var openerText: String {
        "{" + String(decoding: [opener.0, opener.1], as: UTF8.self)
    }

    /// The three bytes that close the mark, e.g. `--}`; a note closes with `<<}`.
    var closer: [UInt8] {
        switch self {
        case .note: [0x3C, 0x3C, 0x7D]
        default: [opener.0, opener.1, 0x7D]
        }
    }

    var closerText: String { String(decoding: closer, as: UTF8.self) }

    /// The name used in messages.
    var name: String {
        switch self {
        case .addition: "addition"
        case .deletion: "deletion"
        case .substitution: "substitution"
        case .note: "note"
        case .uncertain: "uncertain reading"
        case .illegible: "illegible passage"
        case .metamark: "metamark"
        case .restoration: "restoration"
        case .milestone: "milestone"
        }
    }

    /// Whether the mark holds nested nodes (other marks) rather than plain text.
    var holdsNodes: Bool {
        switch self {
        case .addition, .deletion, .substitution, .restoration: true
        default: false
        }
    }

    /// The mark opened by `{` followed by `first`, `second`, if any.
    static func opened(by first: UInt8, _ second: UInt8) -> MarkupMark? {
        guard first == second else { return nil }
        switch first {
        case 0x2B: return .addition
        case 0x2D: return .deletion
        case 0x7E: return .substitution
        case 0x3E: return .note
        case 0x3F: return .uncertain
        case 0x23: return .illegible
        case 0x21: return .metamark
        case 0x5E: return .restoration
        case 0x3A: return .milestone
        default: return nil
        }
    }

    /// The mark closed by these three bytes, if any.
    static func closed(by a: UInt8, _ b: UInt8, _ c: UInt8) -> MarkupMark? {
        guard c == 0x7D, a == b else { return nil }
        if a == 0x3C { return .note }
        guard let mark = opened(by: a, b), mark != .note else { return nil }
        return mark
    }
}

/// Attribute names, in the order the serializer writes them.
enum MarkupAttribute: String, CaseIterable {
    case id, hand, medium, colour, stage, place
    case placedBy = "placed-by"
    case prefer, by, description

    static let writing: [MarkupAttribute] = [.hand, .medium, .colour]
    static let revision: [MarkupAttribute] = writing + [.stage]
}

/// The attributes a kind of event takes (mirroring what TEI can say about it).
extension RevisionEvent.Kind {
    var allowedAttributes: [MarkupAttribute] {
        switch self {
        case .deletion, .restoration: MarkupAttribute.revision
        case .addition: MarkupAttribute.revision + [.place, .placedBy]
        case .substitution: MarkupAttribute.revision + [.place]
        case .uncertain: [.prefer]
        case .illegible, .lacunaStart, .lacunaEnd: []
        case .metamark: [.place]  // TEI <metamark> has no @hand
        case .note: [.by] + MarkupAttribute.writing + [.place]
        case .handShift: MarkupAttribute.writing
        }
    }
}

/// Bytes a backslash escapes in markup; a backslash before anything else is itself.
@inline(__always)
func isMarkupEscapable(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x7C, 0x7E, 0x3E, 0x3C, 0x2B, 0x2D, 0x3F, 0x23, 0x21, 0x5E, 0x3A, 0x22, 0x3D:
        true
    default: false
    }
}

/// Whether `value` is a name usable as a hand (and as an XML id in TEI): a letter or `_`, then
/// letters, digits, `-`, `_`, `.`.
func isHandName(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first,
        first.properties.isAlphabetic || first == "_"
    else { return false }
    return value.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == "."
    }
}
