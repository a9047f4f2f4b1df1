import Foundation
import GitStore

extension Edition {
    /// What the editor asks for at one place.
    public struct DecisionRequest: Sendable {
        /// The place: a location (`I.27/1`), a sentence's citation with one location
        /// (`I.27`), or a phrase: of a reading (to find a variant location) or, with
        /// `emend`, `keep` and `supply`, of the base text where no witness differs.
        public var locator: String
        public var action: Decision.Action
        /// With `adopt`: the state whose reading to take (`TS-ac`).
        public var adopt: String?
        /// With `emend` and `supply`: the text.
        public var text: String?
        /// With `supply`: the witness it comes from; nil when the editor supplies it.
        public var source: String?
        public var sign: Decision.Sign?
        public var category: DecisionCategory?
        public var justification: String
        /// Replace an existing decision at the location.
        public var amend: Bool

        public init(
            locator: String, action: Decision.Action, adopt: String? = nil, text: String? = nil, source: String? = nil,
            sign: Decision.Sign? = nil, category: DecisionCategory? = nil, justification: String, amend: Bool = false
        ) {
            self.locator = locator
            self.action = action
            self.adopt = adopt
            self.text = text
            self.source = source
            self.sign = sign
            self.category = category
            self.justification = justification
            self.amend = amend
        }
    }

    /// A decision made (or, in a dry run, that would be made) and what it changed.
    public struct DecisionOutcome: Sendable {
        public var decision: Decision
        /// The commit's hash; nil in a dry run.
        public var commit: String?
        /// The sentences around the location before and after, with their citations.
        public var before: [(citation: String, line: String)]
        public var after: [(citation: String, line: String)]
    }

    /// Records one decision as one commit: the location's record in `apparatus/` and the
    /// section's established text change together.
    ///
    /// - Parameter dryRun: work out the change and return it without committing.
    /// - Throws: ``EditionError``; nothing is written on failure.
    @discardableResult
    public func decide(
        _ request: DecisionRequest, editor: Person? = nil, date: Timestamp = .now(), dryRun: Bool = false
    ) throws -> DecisionOutcome {
        let justification = request.justification.trimmingWhitespace()
        guard !justification.isEmpty else { throw DecisionError.missingJustification }
        let author = try resolveEditor(editor)
        let target = try resolve(request.locator, action: request.action)
        let existing = try decisions()
        let previous = existing.first { $0.location == target.id }
        if let previous, !request.amend {
            throw DecisionError.alreadyDecided(target.id, by: previous.editor, date: previous.date)
        }

        let baseState = baseStateName.map(Self.displayName) ?? ""
        var range = target.baseRange
        var text: String
        var adopted: String?
        switch request.action {
        case .adopt:
            guard let state = request.adopt else { throw DecisionError.missingArgument("--adopt STATE") }
            let name = WitnessStateName(state).map(Self.displayName) ?? state
            guard let adoption = target.adoptions[name] else {
                throw DecisionError.stateNotAtLocation(state, target.id, available: target.readings.map(\.state))
            }
            range = adoption.baseRange
            text = adoption.text
            adopted = name
        case .emend:
            guard let given = request.text, !given.isEmpty else { throw DecisionError.missingArgument("--emend TEXT") }
            text = target.baseRange.isEmpty ? given + " " : given
        case .keep:
            text = target.lemma
            adopted = baseState
        case .supply:
            guard let given = request.text, !given.isEmpty else { throw DecisionError.missingArgument("--supply TEXT") }
            // From a witness, or (without one) the editor's own supplement.
            if let source = request.source {
                _ = try witness(named: WitnessStateName(source)?.siglum ?? source)
            }
            text = " " + given
            adopted = request.source
        }
        let category = request.category ?? Self.defaultCategory(request.action, adopted: adopted, base: baseStateName)
        let sign = request.sign
            ?? ([.restoration, .suppressionKept].contains(category) && configuration.signs.restored == .brackets
                ? .brackets : .none)
        let section = try baseText().section(target.id.section)
        let lemma = section?.text(range) ?? target.lemma
        let decision = Decision(
            location: target.id, baseStart: range.lowerBound, baseEnd: range.upperBound, lemma: lemma,
            readings: target.readings, action: request.action, adopted: adopted,
            source: request.action == .supply ? request.source : nil, text: text, sign: sign, category: category,
            justification: justification, editor: author.description, date: Self.isoDate(date))

        let others = existing.filter { $0.location != target.id }
        let before = try establishedSection(target.id.section, decisions: existing)
        let after = try establishedSection(target.id.section, decisions: others + [decision])
        let changed = Self.changedSentences(before: before, after: after, around: target.id)
        var outcome = DecisionOutcome(decision: decision, commit: nil, before: changed.before, after: changed.after)
        guard !dryRun else { return outcome }

        let message = try Self.commitMessage(for: decision, baseState: baseState, amending: previous != nil)
        outcome.commit = try commit(
            [
                Self.recordFile(target.id): Data(Self.encodeDecision(decision).utf8),
                Self.textFile(target.id.section): Data(after.fileContents.utf8),
            ],
            message: message, author: author, date: date
        ).hex
        cache.decisions = (others + [decision]).sorted { $0.location < $1.location }
        return outcome
    }

    /// Undoes a decision as a new commit (nothing is rewritten).
    ///
    /// - Parameter reference: the decision's location, or the commit that made it (full
    ///   or abbreviated hash).
    @discardableResult
    public func revert(_ reference: String, justification: String, editor: Person? = nil, date: Timestamp = .now())
        throws -> (decision: Decision, commit: String)
    {
        let justification = justification.trimmingWhitespace()
        guard !justification.isEmpty else { throw DecisionError.missingJustification }
        let author = try resolveEditor(editor)
        let decision = try findDecision(reference)
        let made = try git { try repository.log(path: Self.recordFile(decision.location), limit: 1) }.first
        let remaining = try decisions().filter { $0.location != decision.location }
        let after = try establishedSection(decision.location.section, decisions: remaining)
        var trailers = [
            Trailer(key: "Sigla-Action", value: "revert"),
            Trailer(key: "Location", value: decision.location.description),
            Trailer(key: "Citation", value: decision.location.citation),
        ]
        if let made { trailers.append(Trailer(key: "Reverts", value: made.id.hex)) }
        let message = try CommitMessage(
            subject: "Revert decision at \(decision.location)", body: justification, trailers: trailers)
        let commit = try commit(
            [
                Self.recordFile(decision.location): nil,
                Self.textFile(decision.location.section): Data(after.fileContents.utf8),
            ],
            message: message, author: author, date: date)
        cache.decisions = remaining
        return (decision, commit.hex)
    }

    /// The decision named by its location or by the commit that made it.
    public func findDecision(_ reference: String) throws -> Decision {
        let all = try decisions()
        if let id = LocationID(reference) {
            guard let found = all.first(where: { $0.location == id }) else { throw DecisionError.notDecided(reference) }
            return found
        }
        let citationMatches = all.filter { $0.location.citation == reference }
        if citationMatches.count == 1 { return citationMatches[0] }
        if citationMatches.count > 1 {
            throw DecisionError.ambiguousLocator(reference, candidates: citationMatches.map(\.location.description))
        }
        guard let commit = try? repository.resolve(reference), let made = try? repository.commit(commit),
            let location = made.trailers.first(where: { $0.key == "Location" }).flatMap({ LocationID($0.value) }),
            let found = all.first(where: { $0.location == location })
        else { throw DecisionError.notDecided(reference) }
        return found
    }

    /// The location `locator` names.
    func resolve(_ locator: String, action: Decision.Action) throws -> EditionLocation {
        let locations = try locations()
        let decisions = try decisions()
        if let id = LocationID(locator) {
            if let found = locations.first(where: { $0.id == id }) { return found }
            if let recorded = decisions.first(where: { $0.location == id }) { return Self.location(of: recorded) }
            throw DecisionError.unknownLocation(locator)
        }
        if let citation = try? Citation(parsing: locator), case .sentence = citation.reference {
            let inSentence = locations.filter { $0.id.citation == locator }
                + decisions.filter { $0.location.isEditorial && $0.location.citation == locator }.map(Self.location(of:))
            if inSentence.count == 1 { return inSentence[0] }
            if inSentence.isEmpty { throw DecisionError.noLocationInSentence(locator) }
            throw DecisionError.ambiguousLocator(locator, candidates: inSentence.map { "\($0.id)  \(Self.preview($0))" })
        }
        // To adopt, a phrase finds the reading to adopt; to emend, keep or supply, the base
        // text to act on.
        let phrase = PhraseMatcher(locator)
        let matching = locations.filter { location in
            action == .adopt
                ? location.readings.contains { phrase.matches($0.text) } : phrase.matches(location.lemma)
        }
        if matching.count == 1 { return matching[0] }
        if matching.count > 1 {
            throw DecisionError.ambiguousLocator(locator, candidates: matching.map { "\($0.id)  \(Self.preview($0))" })
        }
        guard action != .adopt else { throw DecisionError.noMatch(locator) }
        return try editorialLocation(at: locator, insertAfter: action == .supply, decisions: decisions)
    }

    /// A place the editor names in the base text where no witness differs.
    func editorialLocation(at phrase: String, insertAfter: Bool, decisions: [Decision]) throws -> EditionLocation {
        var matches: [(BaseText.Section, Range<Int>)] = []
        for section in try baseText().sections {
            var searchStart = section.text.startIndex
            while let found = section.text.range(of: phrase, range: searchStart..<section.text.endIndex) {
                searchStart = found.upperBound
                // Whole words only: «a» is not the a of «nada».
                let before = found.lowerBound > section.text.startIndex
                    ? section.text[section.text.index(before: found.lowerBound)] : nil
                let after = found.upperBound < section.text.endIndex ? section.text[found.upperBound] : nil
                if let first = phrase.first, first.isLetter || first.isNumber,
                    let before, before.isLetter || before.isNumber
                {
                    continue
                }
                if let last = phrase.last, last.isLetter || last.isNumber, let after, after.isLetter || after.isNumber {
                    continue
                }
                let utf8 = section.text.utf8
                let start = utf8.distance(from: utf8.startIndex, to: found.lowerBound)
                matches.append((section, start..<(start + phrase.utf8.count)))
            }
        }
        guard !matches.isEmpty else { throw DecisionError.noMatch(phrase) }
        guard matches.count == 1 else {
            let places = matches.map { "\($0.0.id.rawValue).\($0.0.sentenceNumber(at: $0.1.lowerBound))" }
            throw DecisionError.ambiguousLocator(phrase, candidates: places)
        }
        let (section, range) = matches[0]
        let sentence = section.sentenceNumber(at: range.lowerBound)
        let taken = decisions.filter {
            $0.location.isEditorial && $0.location.section == section.id && $0.location.sentence == sentence
        }
        let baseRange = insertAfter ? range.upperBound..<range.upperBound : range
        let id = LocationID(
            section: section.id, sentence: sentence, ordinal: (taken.map(\.location.ordinal).max() ?? 0) + 1,
            isEditorial: true)
        let lemma = section.text(baseRange)
        let baseName = baseStateName.map(Self.displayName) ?? ""
        return EditionLocation(
            id: id, baseRange: baseRange, lemma: lemma, readings: [Decision.Reading(state: baseName, text: lemma)],
            kind: nil, isSubstantive: true, adoptions: [baseName: .init(baseRange: baseRange, text: lemma)])
    }

    static func location(of decision: Decision) -> EditionLocation {
        EditionLocation(
            id: decision.location, baseRange: decision.baseRange, lemma: decision.lemma, readings: decision.readings,
            kind: nil, isSubstantive: true, adoptions: [:])
    }

    static func preview(_ location: EditionLocation) -> String {
        location.readings.map { "\($0.state): «\(Self.shortened($0.text))»" }.joined(separator: "  ")
    }

    /// A long text as `first words … last words`.
    static func shortened(_ text: String, words: Int = 4) -> String {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count > words * 2 + 1 else { return parts.joined(separator: " ") }
        return parts.prefix(words).joined(separator: " ") + " … " + parts.suffix(words).joined(separator: " ")
    }

    static func defaultCategory(_ action: Decision.Action, adopted: String?, base: WitnessStateName?)
        -> DecisionCategory
    {
        switch action {
        case .adopt:
            if let adopted, let name = WitnessStateName(adopted), name.siglum == base?.siglum,
                name.state != base?.state
            {
                return .restoration
            }
            return .variant
        case .emend: return .emendation
        case .keep: return .variant
        case .supply: return .firstVersion
        }
    }

    static func commitMessage(for decision: Decision, baseState: String, amending: Bool) throws -> CommitMessage {
        var subject = "\(decision.category.verb) at \(decision.location)"
        switch decision.action {
        case .adopt: subject += " from \(decision.adopted ?? "")"
        case .emend: subject += ": «\(shortened(decision.text.trimmingWhitespace(), words: 3))»"
        case .keep: subject += " (\(baseState) kept)"
        case .supply: subject += decision.source.map { " from \($0)" } ?? " (editor's supplement)"
        }
        var trailers = [
            Trailer(key: "Sigla-Action", value: "decide"),
            Trailer(key: "Location", value: decision.location.description),
            Trailer(key: "Citation", value: decision.location.citation),
            Trailer(key: "Action", value: decision.action.rawValue),
        ]
        if let adopted = decision.adopted { trailers.append(Trailer(key: "Adopted", value: adopted)) }
        if decision.action == .emend { trailers.append(Trailer(key: "Adopted", value: "editor")) }
        let rejected = decision.rejected
        if !rejected.isEmpty { trailers.append(Trailer(key: "Rejected", value: rejected.joined(separator: ", "))) }
        trailers.append(Trailer(key: "Category", value: decision.category.rawValue))
        trailers.append(Trailer(key: "Sign", value: decision.sign.rawValue))
        if let adopted = decision.adopted, WitnessStateName(adopted)?.state != .afterRevision {
            trailers.append(Trailer(key: "Witness-State", value: adopted))
        }
        if amending { trailers.append(Trailer(key: "Amends", value: decision.location.description)) }
        return try CommitMessage(subject: subject, body: decision.justification, trailers: trailers)
    }

    /// The sentences a decision changed, before and after.
    static func changedSentences(before: EstablishedSection, after: EstablishedSection, around location: LocationID)
        -> (before: [(citation: String, line: String)], after: [(citation: String, line: String)])
    {
        let old = before.sentences.map { ($0.citation, $0.line) }
        let new = after.sentences.map { ($0.citation, $0.line) }
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let removed = old[prefix..<(old.count - suffix)].map { (citation: $0.0, line: $0.1) }
        let added = new[prefix..<(new.count - suffix)].map { (citation: $0.0, line: $0.1) }
        if removed.isEmpty && added.isEmpty {
            // A kept reading changes no sentence: show the one it is in.
            let kept = new.filter { $0.0 == location.citation }.map { (citation: $0.0, line: $0.1) }
            return (kept, kept)
        }
        return (removed, added)
    }

    static func isoDate(_ time: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: time.timeZoneOffsetMinutes * 60)
        return formatter.string(from: time.date)
    }
}

/// Why a decision cannot be made.
public enum DecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingJustification
    case missingArgument(String)
    case unknownLocation(String)
    case noLocationInSentence(String)
    case noMatch(String)
    case ambiguousLocator(String, candidates: [String])
    case alreadyDecided(LocationID, by: String, date: String)
    case stateNotAtLocation(String, LocationID, available: [String])
    case notDecided(String)

    public var description: String {
        switch self {
        case .missingJustification:
            return "a decision needs its justification: pass --because \"…\""
        case .missingArgument(let argument):
            return "this decision needs \(argument)"
        case .unknownLocation(let locator):
            return "no variant location \(locator) in this edition (sigla variants lists them)"
        case .noLocationInSentence(let citation):
            return "the witnesses do not differ in \(citation); to emend it, name the words: sigla decide \"words\" --emend …"
        case .noMatch(let phrase):
            return "«\(phrase)» matches no variant location and no text of the base (sigla variants lists the locations)"
        case .ambiguousLocator(let locator, let candidates):
            return "«\(locator)» matches \(candidates.count) places; name one:\n  " + candidates.joined(separator: "\n  ")
        case .alreadyDecided(let location, let editor, let date):
            return "\(location) is already decided (by \(editor), \(date)): pass --amend to replace the decision, "
                + "or sigla revert \(location) first"
        case .stateNotAtLocation(let state, let location, let available):
            return "no reading of \(state) at \(location); the readings there are: \(available.joined(separator: ", "))"
        case .notDecided(let reference):
            return "no decision \(reference) in this edition (sigla log lists them)"
        }
    }
}
