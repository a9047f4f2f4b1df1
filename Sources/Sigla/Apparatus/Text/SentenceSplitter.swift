/// Splits running text into sentences, for Spanish, French and English.
///
/// A sentence ends at `.`, `?`, `!` or `…` (or `...`) together with what closes it right
/// after: quotes and guillemets (`…dijo.»`, French `Viens. »`), brackets and
/// parentheses (the edition's restored text, `[… la verdad.]`), and a footnote call
/// (`verdad.27`, `él.]11*`). It ends there only if white space follows and the next
/// word does not continue the sentence:
///
/// - a lowercase word always continues it (`«¿Se le debe matar?» (estábamos…`,
///   `Es hermoso ¿verdad? ver morir…`, `…de él… y`, `etc. y`);
/// - after a single period, a known abbreviation (``AbbreviationKind``), an initial
///   (`J. Mesnil`, `A. N. Afinoguenov`, `J.-P. Sartre`) or a list number at the start
///   of a sentence (`3. El`) continues it; a period inside a number (`1.500`) is not
///   a terminator at all, since no space follows it.
///
/// A paragraph break (a blank line, or U+2029) always ends a sentence. Editors correct
/// the few wrong splits with ``SplitCorrections``.
///
/// The splitter is a value: two splitters with the same languages and exceptions split
/// every text the same way.
public struct SentenceSplitter: Hashable, Sendable {
    /// The languages whose abbreviations the splitter knows.
    public enum Language: String, Codable, Hashable, Sendable, CaseIterable {
        case spanish = "es"
        case french = "fr"
        case english = "en"
    }

    /// Changes to the built-in abbreviation lists, for an edition's own needs.
    public struct Exceptions: Codable, Hashable, Sendable {
        /// Abbreviations to add or to reclassify, keyed without their final period.
        ///
        /// A lowercase key matches the word in any case (`"cf"` matches `Cf.`); a key
        /// with a capital matches only that spelling (`"Me"` for French *Maître*).
        public var abbreviations: [String: AbbreviationKind]
        /// Words that must not be taken for abbreviations (without their period).
        public var notAbbreviations: Set<String>

        public init(abbreviations: [String: AbbreviationKind] = [:], notAbbreviations: Set<String> = []) {
            self.abbreviations = abbreviations
            self.notAbbreviations = notAbbreviations
        }
    }

    /// The languages whose abbreviations the splitter knows.
    public let languages: Set<Language>
    /// The edition's changes to the built-in abbreviation lists.
    public let exceptions: Exceptions
    let abbreviations: AbbreviationTable

    /// A splitter for `languages`, with `exceptions` to their abbreviation lists.
    public init(languages: Set<Language> = Set(Language.allCases), exceptions: Exceptions = Exceptions()) {
        self.languages = languages
        self.exceptions = exceptions
        self.abbreviations = AbbreviationTable(languages: languages, exceptions: exceptions)
    }

    /// The kind of abbreviation `word` (given without its final period) is for this
    /// splitter, or `nil` if the splitter does not take it for one.
    public func abbreviationKind(of word: String) -> AbbreviationKind? {
        abbreviations.kind(of: word.hasSuffix(".") ? String(word.dropLast()) : word)
    }

    /// Splits `text` into sentences.
    ///
    /// - Parameter text: running text; line breaks inside a paragraph are white space.
    /// - Returns: the sentences, each with its exact range in `text`, the white space that
    ///   follows it and whether a paragraph ends with it.
    /// - Complexity: O(*n*), where *n* is the length of `text`.
    public func split(_ text: String) -> SentenceSplit {
        split(text, applying: SplitCorrections())
    }

    /// Splits `text` into sentences, then applies an editor's corrections in order.
    ///
    /// A correction that no longer fits the text (its phrase is gone, its sentence number
    /// is out of range …) is skipped and reported in
    /// ``SentenceSplit/unappliedCorrections``; the others still apply.
    ///
    /// - Complexity: O(*n* + *c*·(*s* + *n*)) for *c* corrections and *s* sentences;
    ///   O(*n*) without corrections.
    public func split(_ text: String, applying corrections: SplitCorrections) -> SentenceSplit {
        var source = text
        source.makeContiguousUTF8()
        let scanner = SentenceScanner(abbreviations: abbreviations)
        let raw =
            source.utf8.withContiguousStorageIfAvailable { scanner.scan($0) } ?? []
        var bounds = SentenceBounds(sentences: raw)
        var unapplied: [UnappliedCorrection] = []
        if !corrections.isEmpty {
            unapplied = bounds.apply(corrections, to: source)
        }
        return SentenceSplit(source: source, bounds: bounds.sentences, unapplied: unapplied)
    }
}

extension SentenceSplitter: Codable {
    private enum CodingKeys: String, CodingKey {
        case languages
        case exceptions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let languages = try container.decodeIfPresent(Set<Language>.self, forKey: .languages)
        let exceptions = try container.decodeIfPresent(Exceptions.self, forKey: .exceptions)
        self.init(languages: languages ?? Set(Language.allCases), exceptions: exceptions ?? Exceptions())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(languages.sorted { $0.rawValue < $1.rawValue }, forKey: .languages)
        try container.encode(exceptions, forKey: .exceptions)
    }
}
