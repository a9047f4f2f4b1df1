import Foundation
import GitStore

extension Edition {
    /// One decision (or revert) in the edition's history, as its commit records it.
    public struct LogEntry: Sendable, Codable {
        public var commit: String
        /// `decide` or `revert`.
        public var action: String
        public var location: String
        public var citation: String?
        public var decision: String?
        public var adopted: String?
        public var category: String?
        public var sign: String?
        public var editor: String
        public var date: String
        public var subject: String
        public var justification: String
        public var reverts: String?
        /// For a decision made on another branch or by a co-editor: the merge commit that
        /// brought it into this branch, and the branch it came from (`origin/main`).
        public var mergedIn: String? = nil
        public var mergedFrom: String? = nil
    }

    /// The decisions and reverts, newest first, optionally only those at one location or
    /// in one sentence (`I.27/1`, `I.27`).
    public func log(location filter: String? = nil) throws -> [LogEntry] {
        try history().filter { entry in filter == nil || filter == entry.location || filter == entry.citation }
    }

    /// The log entry a commit makes, nil for commits other than decisions and reverts.
    static func logEntry(_ commit: Commit) -> LogEntry? {
        func trailer(_ key: String) -> String? { commit.trailers.last { $0.key == key }?.value }
        guard let action = trailer("Sigla-Action"), action == "decide" || action == "revert",
            let location = trailer("Location")
        else { return nil }
        return LogEntry(
            commit: commit.id.hex, action: action, location: location, citation: trailer("Citation"),
            decision: trailer("Action"), adopted: trailer("Adopted"), category: trailer("Category"),
            sign: trailer("Sign"), editor: "\(commit.author.name) <\(commit.author.email)>",
            date: Self.isoDate(
                Timestamp(date: commit.author.date, timeZoneOffsetMinutes: commit.author.timeZoneOffsetMinutes)),
            subject: commit.summary, justification: commit.body, reverts: trailer("Reverts"))
    }

    /// What a commit changed in the established text: the section file's lines it removed
    /// and added (sentences, one per line), in order.
    public func textChange(of commitHash: String) throws -> (removed: [String], added: [String]) {
        let id = try git { try repository.resolve(commitHash) }
        let commit = try git { try repository.commit(id) }
        guard let section = commit.trailers.first(where: { $0.key == "Location" }).flatMap({ LocationID($0.value) })?.section
        else { return ([], []) }
        let path = Self.textFile(section)
        func lines(_ commit: ObjectID?) throws -> [String] {
            guard let commit, let data = try git({ try repository.fileData(at: path, commit: commit) }) else { return [] }
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        let old = try lines(commit.parents.first)
        let new = try lines(id)
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        return (Array(old[prefix..<(old.count - suffix)]), Array(new[prefix..<(new.count - suffix)]))
    }

    /// Where one sentence of the established text comes from.
    public struct SentenceBlame: Sendable, Codable {
        public var citation: String
        public var section: String
        public var line: String
        /// The sentence's line in `text/<section>.txt`.
        public var lineNumber: Int
        public var parts: [PartBlame]
        /// The commit that last changed the line, as `git blame` says.
        public var lastChangedBy: CommitSummary?
    }

    /// The source of one part of a sentence.
    public struct PartBlame: Sendable, Codable {
        public var text: String
        /// The witness state the words come from (`TS`, `TS-ac`, `V1`), or `editor`.
        public var source: String
        /// The decision that put them there; nil for base text no decision touched.
        public var decision: DecisionSummary?
    }

    /// A decision as blame shows it.
    public struct DecisionSummary: Sendable, Codable {
        public var location: String
        public var action: String
        public var category: String
        public var editor: String
        public var date: String
        public var justification: String
        public var commit: String?
    }

    /// A commit as blame shows it.
    public struct CommitSummary: Sendable, Codable {
        public var commit: String
        public var subject: String
        public var author: String
        public var date: String
    }

    /// What blame is asked about.
    public enum BlameTarget: Sendable {
        /// A sentence by citation (`I.42`, `I.26a`).
        case citation(String)
        /// Every sentence containing a phrase.
        case phrase(String)
        /// Every sentence of a section.
        case section(String)
    }

    /// The source witness, state and decision of each part of the sentences asked about.
    ///
    /// - Throws: ``BlameError`` when the target names no sentence.
    public func blame(_ target: BlameTarget) throws -> [SentenceBlame] {
        var chosen: [(EstablishedSection, EstablishedSection.Sentence)] = []
        switch target {
        case .citation(let citation):
            // Only the cited section is built: `I.42` is in section `I`.
            let name = citation.lastIndex(of: ".").map { String(citation[..<$0]) } ?? citation
            let sections = try SectionID(name).flatMap { id in try baseText().section(id) }
                .map { [try establishedSection($0.id)] } ?? []
            for section in sections {
                if let sentence = section.sentence(citation: citation) { chosen.append((section, sentence)) }
            }
            guard !chosen.isEmpty else { throw BlameError.noSuchSentence(citation) }
        case .phrase(let phrase):
            let matcher = PhraseMatcher(phrase)
            for section in try establishedText() {
                for sentence in section.sentences where matcher.matches(sentence.line) {
                    chosen.append((section, sentence))
                }
            }
            guard !chosen.isEmpty else { throw BlameError.noMatch(phrase) }
        case .section(let name):
            guard let id = SectionID(name), try baseText().section(id) != nil else {
                throw EditionError.unknownSection(name, known: try baseText().sections.map(\.id.rawValue))
            }
            let section = try establishedSection(id)
            chosen = section.sentences.map { (section, $0) }
        }

        let decisions = Dictionary(try decisions().map { ($0.location, $0) }, uniquingKeysWith: { $1 })
        let baseName = baseStateName.map(Self.displayName) ?? ""
        var lineCommits: [SectionID: [ObjectID]] = [:]
        var summaries: [ObjectID: CommitSummary] = [:]
        var decisionCommits: [LocationID: String?] = [:]
        let keeps = Dictionary(grouping: decisions.values.filter { $0.action == .keep }, by: \.location.section)
        func summary(of decision: Decision) throws -> DecisionSummary {
            if decisionCommits[decision.location] == nil {
                decisionCommits[decision.location] = try decisionCommit(decision.location)
            }
            return DecisionSummary(
                location: decision.location.description, action: decision.action.rawValue,
                category: decision.category.rawValue, editor: decision.editor, date: decision.date,
                justification: decision.justification, commit: decisionCommits[decision.location] ?? nil)
        }
        return try chosen.map { section, sentence in
            if lineCommits[section.id] == nil {
                lineCommits[section.id] = try self.lineCommits(Self.textFile(section.id))
            }
            let parts = try sentence.parts.map { part -> PartBlame in
                let text = Self.text(of: part.range, in: section.text)
                switch part.origin {
                case .base(let offset):
                    // Base text a decision confirmed (kept) is still base text, with its decision.
                    let span = offset..<(offset + part.range.count)
                    let kept = keeps[section.id]?.first { $0.baseRange.overlaps(span) || $0.baseRange.lowerBound == offset }
                    return PartBlame(
                        text: text, source: baseName,
                        decision: try kept.map { decision in try summary(of: decision) })
                case .decision(let location):
                    guard let decision = decisions[location] else {
                        return PartBlame(text: text, source: "editor", decision: nil)
                    }
                    let source: String =
                        switch decision.action {
                        case .adopt, .keep: decision.adopted ?? baseName
                        case .emend: "editor"
                        case .supply: decision.source ?? "editor"
                        }
                    return PartBlame(text: text, source: source, decision: try summary(of: decision))
                }
            }
            var last: CommitSummary?
            if let lines = lineCommits[section.id], lines.indices.contains(sentence.lineNumber - 1) {
                let id = lines[sentence.lineNumber - 1]
                if summaries[id] == nil {
                    let commit = try git { try repository.commit(id) }
                    summaries[id] = CommitSummary(
                        commit: id.hex, subject: commit.summary, author: commit.author.name,
                        date: Self.isoDate(
                            Timestamp(date: commit.author.date, timeZoneOffsetMinutes: commit.author.timeZoneOffsetMinutes)))
                }
                last = summaries[id]
            }
            return SentenceBlame(
                citation: sentence.citation, section: section.id.rawValue, line: sentence.line,
                lineNumber: sentence.lineNumber, parts: parts, lastChangedBy: last)
        }
    }

    static func text(of range: Range<Int>, in text: String) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(text[start..<utf8.index(start, offsetBy: range.count)])
    }
}

/// Why blame found nothing to show.
public enum BlameError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchSentence(String)
    case noMatch(String)

    public var description: String {
        switch self {
        case .noSuchSentence(let citation): "no sentence \(citation) in the established text"
        case .noMatch(let phrase): "no sentence of the established text contains «\(phrase)»"
        }
    }
}

// The history and line blame, read from what `.git/sigla-cache/` keeps (HistoryCache).
extension Edition {
    /// The decisions and reverts, newest first, from the kept history and the commits
    /// made since.
    func history() throws -> [LogEntry] {
        guard let head else { return [] }
        if let known = cache.history, known.head == head { return known.entries }
        let file = HistoryCache(gitDirectory: repository.gitDirectoryPath).log
        var entries: [LogEntry] = []
        var hidden: [ObjectID] = []
        // A history kept from a rewritten branch (its commit unknown or elsewhere) is dropped.
        if let kept = file.loadLatest(), let known = ObjectID(hex: kept.key),
            (try? repository.isAncestor(known, of: head)) == true
        {
            if known == head {
                cache.history = (head, kept.value.entries)
                return kept.value.entries
            }
            entries = kept.value.entries
            hidden = [known]
        }
        let commits = try git { try repository.commits(from: head, excluding: hidden) }
        var newer = commits.compactMap(Self.logEntry)
        // Commits a merge brought in are all new with it: only then are notes needed.
        if commits.contains(where: { $0.parents.count > 1 }) {
            let notes = try mergeNotes()
            for index in newer.indices {
                guard let id = ObjectID(hex: newer[index].commit), let note = notes[id] else { continue }
                newer[index].mergedIn = note.commit
                newer[index].mergedFrom = note.label
            }
        }
        entries = newer + entries
        file.store(.init(entries), key: head.hex)
        cache.history = (head, entries)
        return entries
    }

    /// The commit that made the decision now recorded at `location`: among the commits
    /// that decided it, newest first, the first whose record is the one at HEAD (on
    /// branches merged together, the newest by date need not be the one that stands);
    /// failing that, the last commit that changed the record.
    func decisionCommit(_ location: LocationID) throws -> String? {
        guard let head else { return nil }
        let path = Self.recordFile(location)
        let current = try git { try repository.blobID(at: path, commit: head) }
        let name = location.description
        for entry in try history() where entry.action == "decide" && entry.location == name {
            guard let commit = ObjectID(hex: entry.commit) else { continue }
            if try git({ try repository.blobID(at: path, commit: commit) }) == current { return entry.commit }
        }
        return try git { try repository.lastCommit(changing: path) }?.hex
    }

    /// Which commit last changed each line of `path` at HEAD (git blame's answer), from
    /// the kept blame carried forward.
    func lineCommits(_ path: String) throws -> [ObjectID] {
        guard head != nil else { return [] }
        let file = HistoryCache(gitDirectory: repository.gitDirectoryPath).blame(of: path)
        let kept = file.loadLatest()?.value
        let blame = try git { try repository.lineBlame(path: path, continuing: kept) }
        if blame != kept { file.store(blame, key: path) }
        return blame.lines
    }
}
