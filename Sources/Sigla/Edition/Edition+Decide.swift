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
        /// Look for a phrase in this section only.
        public var section: String?

        public init(
            locator: String, action: Decision.Action, adopt: String? = nil, text: String? = nil, source: String? = nil,
            sign: Decision.Sign? = nil, category: DecisionCategory? = nil, justification: String, amend: Bool = false,
            section: String? = nil
        ) {
            self.section = section
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
        /// When the decision resolved an editorial conflict of a waiting pull: what
        /// remains, and the merge commit once none does.
        public var resolution: ConflictResolution? = nil
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
        let target = try resolve(
            request.locator, action: request.action, adopt: request.adopt, section: request.section)
        let existing = try decisions(in: target.id.section)
        let previous = existing.first { $0.location == target.id }
        // A place two editors decided differently is decided anew without --amend.
        let resolving = dryRun ? nil : try openConflict(at: target.id)
        if let previous, !request.amend, resolving == nil {
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
        let section = try baseSection(target.id.section)
        let lemma = section?.text(range) ?? target.lemma
        let decision = Decision(
            location: target.id, baseStart: range.lowerBound, baseEnd: range.upperBound, lemma: lemma,
            readings: target.readings, action: request.action, adopted: adopted,
            source: request.action == .supply ? request.source : nil, text: text, sign: sign, category: category,
            justification: justification, editor: author.description, date: Self.isoDate(date), anchor: target.anchor)

        let others = existing.filter { $0.location != target.id }
        let before = try establishedSection(target.id.section)
        let after = try establishedSection(target.id.section, decisions: others + [decision], updating: before)
        let changed = Self.changedSentences(before: before, after: after, around: target.id)
        var outcome = DecisionOutcome(decision: decision, commit: nil, before: changed.before, after: changed.after)
        guard !dryRun else { return outcome }

        var message = try Self.commitMessage(for: decision, baseState: baseState, amending: previous != nil)
        if let resolving { message = try resolvingMessage(message, resolving) }
        outcome.commit = try commit(
            [
                Self.recordFile(target.id): Data(Self.encodeDecision(decision).utf8),
                Self.textFile(target.id.section): Data(after.fileContents.utf8),
            ],
            message: message, author: author, date: date
        ).hex
        rememberDecisions(others + [decision], section: after)
        if resolving != nil { outcome.resolution = try concludePendingPull(editor: author, date: date) }
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
        let made = try decisionCommit(decision.location)
        let remaining = try decisions(in: decision.location.section).filter { $0.location != decision.location }
        let after = try establishedSection(
            decision.location.section, decisions: remaining, updating: try establishedSection(decision.location.section))
        var trailers = [
            Trailer(key: "Sigla-Action", value: "revert"),
            Trailer(key: "Location", value: decision.location.description),
            Trailer(key: "Citation", value: decision.location.citation),
        ]
        if let made { trailers.append(Trailer(key: "Reverts", value: made)) }
        let resolving = try openConflict(at: decision.location)
        if let resolving { trailers += try resolutionTrailers(resolving) }
        let message = try CommitMessage(
            subject: "Revert decision at \(decision.location)", body: justification, trailers: trailers)
        let commit = try commit(
            [
                Self.recordFile(decision.location): nil,
                Self.textFile(decision.location.section): Data(after.fileContents.utf8),
            ],
            message: message, author: author, date: date)
        rememberDecisions(remaining, section: after)
        if resolving != nil { try concludePendingPull(editor: author, date: date) }
        return (decision, commit.hex)
    }

    /// The decision named by its location or by the commit that made it.
    public func findDecision(_ reference: String) throws -> Decision {
        if let id = LocationID(reference) {
            guard let found = try decisions(in: id.section).first(where: { $0.location == id }) else {
                throw DecisionError.notDecided(reference)
            }
            return found
        }
        let all = try decisions()
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
    func resolve(_ locator: String, action: Decision.Action, adopt: String? = nil, section: String? = nil)
        throws -> EditionLocation
    {
        // A location named by its id is looked for in its own section only.
        if section == nil, let id = LocationID(locator),
            let found = try locations(in: id.section).first(where: { $0.id == id })
        {
            return found
        }
        var locations = try locations()
        var decisions = try decisions()
        if let section {
            guard let id = SectionID(section), try baseText().section(id) != nil else {
                throw EditionError.unknownSection(section, known: try baseText().sections.map(\.id.rawValue))
            }
            locations = locations.filter { $0.id.section == id }
            decisions = decisions.filter { $0.location.section == id }
        }
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
        if matching.isEmpty, action == .adopt, let adopt {
            // A phrase that runs from the base text around the place into the reading.
            let name = WitnessStateName(adopt).map(Self.displayName) ?? adopt
            let inContext = try locations.filter { location in
                guard let adoption = location.adoptions[name], !adoption.text.isEmpty,
                    let section = try baseText().section(location.id.section)
                else { return false }
                let range = adoption.baseRange
                let before = section.text(max(0, range.lowerBound - 120)..<range.lowerBound)
                let after = section.text(range.upperBound..<min(section.text.utf8.count, range.upperBound + 120))
                let context = before + adoption.text + after
                return context.contains(locator) && !(before + after).contains(locator)
            }
            if inContext.count == 1 { return inContext[0] }
        }
        if matching.count == 1 { return matching[0] }
        if matching.count > 1 {
            throw DecisionError.ambiguousLocator(locator, candidates: matching.map { "\($0.id)  \(Self.preview($0))" })
        }
        guard action != .adopt else {
            if let adopt, let placed = try fragmentLocation(locator, from: adopt, section: section, decisions: decisions) {
                return placed
            }
            return try location(beside: locator, among: locations, section: section)
        }
        do {
            return try editorialLocation(
                at: locator, insertAfter: action == .supply, decisions: decisions, section: section)
        } catch DecisionError.noMatch(let phrase) where action == .keep {
            // A note on words another decision brought in (inside a restored passage).
            guard let host = decisions.first(where: { PhraseMatcher(phrase).matches($0.text) }) else { throw DecisionError.noMatch(phrase) }
            let taken = decisions.filter {
                $0.location.isEditorial && $0.location.section == host.location.section
                    && $0.location.sentence == host.location.sentence
            }
            let id = LocationID(
                section: host.location.section, sentence: host.location.sentence,
                ordinal: (taken.map(\.location.ordinal).max() ?? 0) + 1, isEditorial: true)
            let point = host.baseEnd..<host.baseEnd
            var location = EditionLocation(
                id: id, baseRange: point, lemma: "", readings: [], kind: nil, isSubstantive: true, adoptions: [:])
            location.anchor = phrase
            return location
        }
    }

    /// A reading of a witness that is not collated (it survives in fragments), placed in
    /// the base where the phrase's first words and its last word meet the base text:
    /// «los ojos grises, vivos y duros» (V1) stands for the base's «los ojos vivos».
    ///
    /// - Returns: nil when the phrase is not the state's, or cannot be placed.
    func fragmentLocation(_ phrase: String, from state: String, section only: String?, decisions: [Decision]) throws
        -> EditionLocation?
    {
        guard let (entry, stateText) = try? stateText(named: state), stateText.text.contains(phrase),
            try transcription(of: entry).isFragmentary
        else { return nil }
        let words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return nil }
        let sections = try baseText().sections.filter { only == nil || $0.id.rawValue == only }
        for prefixLength in stride(from: min(words.count - 1, 4), through: 2, by: -1) {
            let prefix = words.prefix(prefixLength).joined(separator: " ")
            var candidates: [(BaseText.Section, Range<Int>)] = []
            for section in sections {
                for start in Self.occurrences(of: prefix, in: section) {
                    // The last word of the phrase that the base has, not far after the prefix.
                    let searchEnd = min(section.text.utf8.count, start.upperBound + phrase.utf8.count + 40)
                    let window = section.text(start.upperBound..<searchEnd)
                    guard let lastWord = words.dropFirst(prefixLength).last,
                        let found = window.range(of: lastWord)
                    else { continue }
                    let end = start.upperBound + window.utf8.distance(from: window.startIndex, to: found.upperBound)
                    candidates.append((section, start.lowerBound..<end))
                }
            }
            guard candidates.count == 1, let (section, range) = candidates.first else { continue }
            let sentence = section.sentenceNumber(at: range.lowerBound)
            let lemma = section.text(range)
            let taken = decisions.filter {
                $0.location.isEditorial && $0.location.section == section.id && $0.location.sentence == sentence
            }
            let id = LocationID(
                section: section.id, sentence: sentence, ordinal: (taken.map(\.location.ordinal).max() ?? 0) + 1,
                isEditorial: true)
            let baseName = baseStateName.map(Self.displayName) ?? ""
            let name = Self.displayName(WitnessStateName(state) ?? WitnessStateName(siglum: entry.siglum.rawValue))
            return EditionLocation(
                id: id, baseRange: range, lemma: lemma,
                readings: [Decision.Reading(state: baseName, text: lemma), Decision.Reading(state: name, text: phrase)],
                kind: .substitution, isSubstantive: true,
                adoptions: [baseName: .init(baseRange: range, text: lemma), name: .init(baseRange: range, text: phrase)])
        }
        return nil
    }

    /// The variant location right before or after a phrase of the base text: how an
    /// adoption that leaves nothing (a marginal addition left out) is named.
    func location(beside phrase: String, among locations: [EditionLocation], section: String?) throws -> EditionLocation {
        let place = try editorialLocation(at: phrase, insertAfter: false, decisions: [], section: section)
        guard let section = try baseText().section(place.id.section) else { throw DecisionError.noMatch(phrase) }
        func onlySpaceBetween(_ from: Int, _ to: Int) -> Bool {
            from <= to && section.text(from..<to).allSatisfy(\.isWhitespace)
        }
        let beside = locations.filter { location in
            location.id.section == place.id.section
                && (onlySpaceBetween(location.baseRange.upperBound, place.baseRange.lowerBound)
                    || onlySpaceBetween(place.baseRange.upperBound, location.baseRange.lowerBound))
        }
        guard beside.count == 1 else {
            if beside.isEmpty { throw DecisionError.noMatch(phrase) }
            throw DecisionError.ambiguousLocator(phrase, candidates: beside.map { "\($0.id)  \(Self.preview($0))" })
        }
        return beside[0]
    }

    /// A place the editor names in the base text where no witness differs.
    func editorialLocation(at phrase: String, insertAfter: Bool, decisions: [Decision], section only: String? = nil)
        throws -> EditionLocation
    {
        var matches: [(BaseText.Section, Range<Int>)] = []
        for section in try baseText().sections where only == nil || section.id.rawValue == only {
            matches += Self.occurrences(of: phrase, in: section).map { (section, $0) }
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

    /// Where `phrase` occurs in a section's base text as whole words (UTF-8 ranges).
    static func occurrences(of phrase: String, in section: BaseText.Section) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let text = section.text
        var searchStart = text.startIndex
        while let match = text.range(of: phrase, range: searchStart..<text.endIndex) {
            searchStart = match.upperBound
            // Whole words only: «a» is not the a of «nada».
            func isWordCharacter(_ character: Character?) -> Bool {
                character.map { $0.isLetter || $0.isNumber } ?? false
            }
            let before = match.lowerBound > text.startIndex ? text[text.index(before: match.lowerBound)] : nil
            let after = match.upperBound < text.endIndex ? text[match.upperBound] : nil
            if isWordCharacter(phrase.first), isWordCharacter(before) { continue }
            if isWordCharacter(phrase.last), isWordCharacter(after) { continue }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: match.lowerBound)
            found.append(start..<(start + phrase.utf8.count))
        }
        return found
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
