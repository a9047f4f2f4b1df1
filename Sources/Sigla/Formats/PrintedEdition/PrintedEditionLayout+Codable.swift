extension PrintedEditionLayout: Codable {
    enum CodingKeys: String, CodingKey {
        case notesRestartPerChapter, pageStartIndent, noteLineMinimumLength, headingsFollowFirstPage
        case notesContinueWithoutNumber, captionBlankLines, editorialMarker, runningHeadSeparator
        case backMatterHeadings, ligatureDamage
    }

    /// Decodes a layout; a missing key keeps its default, so an options file names only
    /// what differs from the seed edition.
    public init(from decoder: any Decoder) throws {
        let defaults = PrintedEditionLayout()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            notesRestartPerChapter: try container.decodeIfPresent(Bool.self, forKey: .notesRestartPerChapter)
                ?? defaults.notesRestartPerChapter,
            pageStartIndent: try container.decodeIfPresent(String.self, forKey: .pageStartIndent)
                ?? defaults.pageStartIndent,
            noteLineMinimumLength: try container.decodeIfPresent(Int.self, forKey: .noteLineMinimumLength)
                ?? defaults.noteLineMinimumLength,
            headingsFollowFirstPage: try container.decodeIfPresent(Bool.self, forKey: .headingsFollowFirstPage)
                ?? defaults.headingsFollowFirstPage,
            notesContinueWithoutNumber: try container.decodeIfPresent(
                Bool.self, forKey: .notesContinueWithoutNumber) ?? defaults.notesContinueWithoutNumber,
            captionBlankLines: container.contains(.captionBlankLines)
                ? try container.decodeIfPresent(Int.self, forKey: .captionBlankLines)
                : defaults.captionBlankLines,
            editorialMarker: try container.decodeIfPresent(String.self, forKey: .editorialMarker)
                ?? defaults.editorialMarker,
            runningHeadSeparator: container.contains(.runningHeadSeparator)
                ? try container.decodeIfPresent(String.self, forKey: .runningHeadSeparator)
                : defaults.runningHeadSeparator,
            backMatterHeadings: try container.decodeIfPresent([String].self, forKey: .backMatterHeadings)
                ?? defaults.backMatterHeadings,
            ligatureDamage: try container.decodeIfPresent([LigatureDamage].self, forKey: .ligatureDamage)
                ?? defaults.ligatureDamage
        )
    }

    /// Encodes every option, `null` for a disabled optional one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(notesRestartPerChapter, forKey: .notesRestartPerChapter)
        try container.encode(pageStartIndent, forKey: .pageStartIndent)
        try container.encode(noteLineMinimumLength, forKey: .noteLineMinimumLength)
        try container.encode(headingsFollowFirstPage, forKey: .headingsFollowFirstPage)
        try container.encode(notesContinueWithoutNumber, forKey: .notesContinueWithoutNumber)
        try container.encode(captionBlankLines, forKey: .captionBlankLines)
        try container.encode(editorialMarker, forKey: .editorialMarker)
        try container.encode(runningHeadSeparator, forKey: .runningHeadSeparator)
        try container.encode(backMatterHeadings, forKey: .backMatterHeadings)
        try container.encode(ligatureDamage, forKey: .ligatureDamage)
    }
}
