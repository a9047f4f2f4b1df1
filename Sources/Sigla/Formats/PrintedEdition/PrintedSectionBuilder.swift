/// Builds a ``PrintedSection`` from the lines the page reader sorted: joins them, finds the
/// calls, repairs the ligatures, binds the notes and finds what editorial notes govern.
struct PrintedSectionBuilder {
    let fileName: String
    let joiner: LineJoiner
    let repairer: LigatureRepairer
    let locator: CallLocator

    /// What building a section found besides the section.
    struct Findings {
        var repairs: [LigatureRepair] = []
        var hyphenation = HyphenationCounts()
        var diagnostics: [PrintedEditionDiagnostic] = []
    }

    /// Builds one section.
    ///
    /// - Complexity: O(*n*), *n* the length of the section's text.
    func build(_ raw: RawSection, lines: ClosedRange<Int>, findings: inout Findings) -> PrintedSection {
        let joined = joiner.join(raw.body, pageStarts: raw.pageStarts)
        record(joined, findings: &findings)
        let located = locator.locate(in: joined.scalars, numbers: raw.notes.map(\.number))
        let repaired = repairer.repair(joined.scalars, calls: located.calls)
        record(repaired, of: joined, findings: &findings)

        var section = PrintedSection(lines: lines, text: repaired.text)
        section.lineStarts = joined.lineStarts.map {
            PrintedLineStart(offset: repaired.offsets[$0.offset], line: $0.line)
        }
        section.pageStarts = joined.pageStarts.map {
            PrintedPageStart(offset: repaired.offsets[$0.offset], line: $0.line, folio: $0.folio)
        }
        for index in located.missing {
            let note = raw.notes[index]
            findings.diagnostics.append(
                diagnostic(
                    .warning, .noteWithoutCall,
                    "no call found in the body for note \(note.number)\(note.hasMarker ? "*" : "")",
                    line: note.lines.first?.line))
        }
        for stray in located.stray {
            findings.diagnostics.append(
                diagnostic(
                    .note, .strayDigits, "digits «\(stray.digits)» after a word are no call of a note here",
                    line: joined.line(at: stray.offset)))
        }

        var calls: [Int: (call: RawCall, offset: Int)] = [:]
        for found in repaired.calls { calls[found.call.noteIndex] = found }
        let finder = GovernedSpanFinder(text: repaired.text)
        for (index, rawNote) in raw.notes.enumerated() {
            var note = PrintedNote(
                number: rawNote.number, isEditorial: rawNote.hasMarker,
                text: text(of: rawNote.lines, findings: &findings),
                lines: lineRange(of: rawNote.lines))
            if let found = calls[index] {
                let call = PrintedNoteCall(
                    offset: found.offset, line: joined.line(at: found.call.start), printed: found.call.printed,
                    hasEditorialMarker: found.call.hasMarker)
                note.call = call
                if call.hasEditorialMarker != rawNote.hasMarker {
                    note.isEditorial = true
                    findings.diagnostics.append(
                        diagnostic(
                            .note, .editorialMarkerMismatch,
                            call.hasEditorialMarker
                                ? "the call \(call.printed) carries the editorial marker, its note does not; "
                                    + "taken as editorial"
                                : "note \(rawNote.number) carries the editorial marker, its call «\(call.printed)» "
                                    + "does not; taken as editorial",
                            line: call.line))
                }
                if note.isEditorial {
                    var unbalanced = false
                    if let span = finder.span(atCall: found.offset, unbalanced: &unbalanced) {
                        note.governed = GovernedSpan(
                            rule: span.rule, start: span.start, end: span.end,
                            text: String(scalars: finder.scalars[span.start..<span.end]),
                            line: section.sourceLine(atOffset: span.start) ?? call.line)
                    } else if unbalanced {
                        findings.diagnostics.append(
                            diagnostic(
                                .warning, .unbalancedBracket,
                                "editorial note \(rawNote.number) follows a «]» without a matching «[»",
                                line: call.line))
                    }
                }
            }
            section.notes.append(note)
        }
        section.headingNotes = raw.headingNotes.map { text(of: $0, findings: &findings) }
        section.captions = raw.captions.map {
            PrintedCaption(text: text(of: $0, findings: &findings), lines: lineRange(of: $0))
        }
        return section
    }

    private func lineRange(of lines: [RawLine]) -> ClosedRange<Int> {
        (lines.first?.line ?? 0)...(lines.last?.line ?? 0)
    }

    /// Joins and repairs the lines of a note or caption.
    private func text(of lines: [RawLine], findings: inout Findings) -> String {
        let joined = joiner.join(lines)
        record(joined, findings: &findings)
        let repaired = repairer.repair(joined.scalars)
        record(repaired, of: joined, findings: &findings)
        return repaired.text
    }

    private func record(_ joined: JoinedText, findings: inout Findings) {
        findings.hyphenation = findings.hyphenation + joined.hyphenation
        for doubt in joined.doubts {
            findings.diagnostics.append(diagnostic(.note, .unsureHyphenation, doubt.message, line: doubt.line))
        }
    }

    private func record(_ repaired: RepairedText, of joined: JoinedText, findings: inout Findings) {
        for repair in repaired.repairs {
            findings.repairs.append(
                LigatureRepair(
                    kind: repair.kind, printed: repair.printed, repaired: repair.repaired,
                    line: joined.line(at: repair.rawOffset), isConfident: repair.confident))
        }
        for doubt in repaired.doubts {
            findings.diagnostics.append(
                diagnostic(.note, .unsureLigatureRepair, doubt.message, line: joined.line(at: doubt.rawOffset)))
        }
    }

    private func diagnostic(
        _ severity: PrintedEditionDiagnostic.Severity, _ kind: PrintedEditionDiagnostic.Kind, _ message: String,
        line: Int?
    ) -> PrintedEditionDiagnostic {
        PrintedEditionDiagnostic(severity: severity, kind: kind, message: message, file: fileName, line: line)
    }
}
