/// The established text of an edition: its sections in order, each a list of paragraphs
/// of sentences.
///
/// On disk it is one file per section, one sentence per line (see
/// ``Section/fileContents`` and ``Section/init(id:fileContents:)``); which sections exist
/// and in which order is the edition's to record.
public struct EstablishedText: Hashable, Sendable {
    /// The sections, in reading order; their identifiers are distinct.
    public private(set) var sections: [Section]

    /// A text made of `sections`, which must have distinct identifiers.
    ///
    /// - Throws: ``EstablishedTextError/duplicateSection(_:)``.
    /// - Complexity: O(*k*) in the number of sections.
    public init(sections: [Section]) throws(EstablishedTextError) {
        var seen: Set<SectionID> = []
        for section in sections where !seen.insert(section.id).inserted {
            throw .duplicateSection(section.id)
        }
        self.sections = sections
    }

    /// A text read from section files given in reading order.
    ///
    /// - Throws: ``EstablishedTextError/file(_:)`` for a malformed file,
    ///   ``EstablishedTextError/duplicateSection(_:)`` for an identifier given twice.
    public init(files: [(id: SectionID, contents: String)]) throws(EstablishedTextError) {
        var sections: [Section] = []
        for file in files {
            do {
                sections.append(try Section(id: file.id, fileContents: file.contents))
            } catch {
                throw .file(error)
            }
        }
        try self.init(sections: sections)
    }

    /// The section named `id`, if there is one.
    ///
    /// - Complexity: O(*k*) in the number of sections; use ``CitationIndex`` for many look-ups.
    public func section(_ id: SectionID) -> Section? {
        sections.first { $0.id == id }
    }

    /// Replaces the section with the same identifier as `section`, or appends it.
    public mutating func update(_ section: Section) {
        if let index = sections.firstIndex(where: { $0.id == section.id }) {
            sections[index] = section
        } else {
            sections.append(section)
        }
    }
}

/// A problem with the established text as a whole.
public enum EstablishedTextError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two sections share an identifier.
    case duplicateSection(SectionID)
    /// A section's file could not be read.
    case file(SectionFileError)

    public var description: String {
        switch self {
        case .duplicateSection(let id): "the section «\(id)» appears twice in the established text"
        case .file(let error): error.description
        }
    }
}
