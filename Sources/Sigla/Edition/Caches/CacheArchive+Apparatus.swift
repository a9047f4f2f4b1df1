// How the apparatus's values are kept in the cache (see CacheArchivable). Each reads its
// fields in the order it writes them; a cache round-trip test checks every type.

extension LocationID: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            section: try reader.readSectionID(), sentence: try reader.readInt(), ordinal: try reader.readInt(),
            isEditorial: try reader.readBool())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(section.rawValue)
        writer.write(sentence)
        writer.write(ordinal)
        writer.write(isEditorial)
    }
}

extension Decision.Reading: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(state: try reader.readString(), text: try reader.readString())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(state)
        writer.write(text)
    }
}

extension Decision: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            location: try reader.read(), baseStart: try reader.readInt(), baseEnd: try reader.readInt(),
            lemma: try reader.readString(), readings: try reader.readArray(), action: try reader.readCase(),
            adopted: try reader.readOptionalString(), source: try reader.readOptionalString(),
            text: try reader.readString(), sign: try reader.readCase(), category: try reader.readCase(),
            justification: try reader.readString(), editor: try reader.readString(), date: try reader.readString(),
            anchor: try reader.readOptionalString())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(location)
        writer.write(baseStart)
        writer.write(baseEnd)
        writer.write(lemma)
        writer.write(readings)
        writer.write(action.rawValue)
        writer.write(adopted)
        writer.write(source)
        writer.write(text)
        writer.write(sign.rawValue)
        writer.write(category.rawValue)
        writer.write(justification)
        writer.write(editor)
        writer.write(date)
        writer.write(anchor)
    }
}

extension EditionLocation: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let id: LocationID = try reader.read()
        let baseRange = try reader.readRange()
        let lemma = try reader.readString()
        let readings: [Decision.Reading] = try reader.readArray()
        let kind: VariantKind? = try reader.readBool() ? try reader.readCase() : nil
        let isSubstantive = try reader.readBool()
        let adoptions = try reader.readDictionary { reader throws(CacheReader.Malformed) in
            Adoption(baseRange: try reader.readRange(), text: try reader.readString())
        }
        let anchor = try reader.readOptionalString()
        let readingRanges = try reader.readDictionary { reader throws(CacheReader.Malformed) in try reader.readRange() }
        self.init(
            id: id, baseRange: baseRange, lemma: lemma, readings: readings, kind: kind, isSubstantive: isSubstantive,
            adoptions: adoptions, anchor: anchor, readingRanges: readingRanges)
    }

    func write(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(baseRange)
        writer.write(lemma)
        writer.write(readings)
        writer.write(kind?.rawValue)
        writer.write(isSubstantive)
        writer.write(adoptions) { writer, adoption in
            writer.write(adoption.baseRange)
            writer.write(adoption.text)
        }
        writer.write(anchor)
        writer.write(readingRanges) { writer, range in writer.write(range) }
    }
}

extension BaseText.Section: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let id = try reader.readSectionID()
        let title = try reader.readOptionalString()
        let text = try reader.readString()
        let offset = try reader.readInt()
        let count = try reader.readInt()
        guard count >= 0 else { throw CacheReader.Malformed() }
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(count)
        for _ in 0..<count { sentences.append(try reader.readRange()) }
        self.init(id: id, title: title, text: text, offset: offset, sentences: sentences)
    }

    func write(to writer: inout CacheWriter) {
        writer.write(id.rawValue)
        writer.write(title)
        writer.write(text)
        writer.write(offset)
        writer.write(sentences.count)
        for sentence in sentences { writer.write(sentence) }
    }
}

extension EstablishedSection: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            id: try reader.readSectionID(), title: try reader.readOptionalString(), text: try reader.readString(),
            parts: try reader.readArray(), sentences: try reader.readArray())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(id.rawValue)
        writer.write(title)
        writer.write(text)
        writer.write(parts)
        writer.write(sentences)
    }
}

extension EstablishedSection.Part: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let range = try reader.readRange()
        switch try reader.readInt() {
        case 0: self.init(range: range, origin: .base(offset: try reader.readInt()))
        case 1: self.init(range: range, origin: .decision(try reader.read()))
        default: throw CacheReader.Malformed()
        }
    }

    func write(to writer: inout CacheWriter) {
        writer.write(range)
        switch origin {
        case .base(let offset):
            writer.write(0)
            writer.write(offset)
        case .decision(let location):
            writer.write(1)
            writer.write(location)
        }
    }
}

extension EstablishedSection.Sentence: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            citation: try reader.readString(), line: try reader.readString(), lineNumber: try reader.readInt(),
            range: try reader.readRange(), parts: try reader.readArray())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(citation)
        writer.write(line)
        writer.write(lineNumber)
        writer.write(range)
        writer.write(parts)
    }
}
