// How `sigla.yaml`'s values are kept in the cache (see CacheArchivable and
// ConfigurationCache). Each reads its fields in the order it writes them; the cache tests
// round-trip a configuration with every field set, and count the fields of each type so
// that a field added to one of them cannot be forgotten here.

extension EditionConfiguration: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let formatVersion = try reader.readInt()
        self.init(
            title: try reader.readString(), editors: try reader.readArray(), base: try reader.readOptionalString(),
            witnesses: try reader.readArray(), collation: try reader.read(), signs: try reader.read(),
            sentences: try reader.readDictionary { reader throws(CacheReader.Malformed) in try reader.read() },
            apparatus: try reader.read(), notes: try reader.readOptionalString())
        self.formatVersion = formatVersion
    }

    func write(to writer: inout CacheWriter) {
        writer.write(formatVersion)
        writer.write(title)
        writer.write(editors)
        writer.write(base)
        writer.write(witnesses)
        writer.write(collation)
        writer.write(signs)
        writer.write(sentences) { writer, corrections in writer.write(corrections) }
        writer.write(apparatus)
        writer.write(notes)
    }
}

extension Person: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(name: try reader.readString(), email: try reader.readString())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(name)
        writer.write(email)
    }
}

extension EditionConfiguration.WitnessEntry: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        guard let siglum = try? Siglum(validating: try reader.readString()) else { throw CacheReader.Malformed() }
        self.init(
            siglum: siglum, title: try reader.readString(), kind: try reader.readCase(),
            date: try reader.readOptionalString(), note: try reader.readOptionalString(), file: try reader.readString(),
            format: try reader.readCase())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(siglum.rawValue)
        writer.write(title)
        writer.write(kind.rawValue)
        writer.write(date)
        writer.write(note)
        writer.write(file)
        writer.write(format.rawValue)
    }
}

extension EditionConfiguration.Signs: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(restored: try reader.readCase())
    }

    func write(to writer: inout CacheWriter) { writer.write(restored.rawValue) }
}

extension EditionConfiguration.ApparatusConventions: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(language: try reader.readCase(), type: try reader.readCase())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(language.rawValue)
        writer.write(type.rawValue)
    }
}

extension CollationConfiguration: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            normalization: try reader.read(), base: try reader.readOptionalString(),
            nearMatching: try reader.readBool(),
            nearMatchThreshold: Double(bitPattern: UInt64(bitPattern: Int64(try reader.readInt()))),
            transpositions: try reader.read())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(normalization)
        writer.write(base)
        writer.write(nearMatching)
        writer.write(Int(Int64(bitPattern: nearMatchThreshold.bitPattern)))
        writer.write(transpositions)
    }
}

extension NormalizationSettings: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        var ignoring: Set<FormalDifference> = []
        for _ in 0..<(try reader.readInt()) { ignoring.insert(try reader.readCase()) }
        self.init(
            ignoring: ignoring, unicodeNormalization: try reader.readBool(),
            joinsLineEndHyphenation: try reader.readBool(),
            repairsLigatures: try reader.readBool(), rules: try reader.readArray())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(ignoring.count)
        for difference in ignoring.sorted() { writer.write(difference.rawValue) }
        writer.write(unicodeNormalization)
        writer.write(joinsLineEndHyphenation)
        writer.write(repairsLigatures)
        writer.write(rules)
    }
}

extension SpellingRule: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(pattern: try reader.readString(), replacement: try reader.readString())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(pattern)
        writer.write(replacement)
    }
}

extension TranspositionSettings: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            detects: try reader.readBool(), longBlockLength: try reader.readInt(),
            longBlockContentTokens: try reader.readInt(), maximumDistance: try reader.readInt(),
            singleWordMinimumLength: try reader.readInt(), singleWordMaximumDistance: try reader.readInt())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(detects)
        writer.write(longBlockLength)
        writer.write(longBlockContentTokens)
        writer.write(maximumDistance)
        writer.write(singleWordMinimumLength)
        writer.write(singleWordMaximumDistance)
    }
}

extension SplitCorrections: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(try reader.readArray())
    }

    func write(to writer: inout CacheWriter) { writer.write(corrections) }
}

extension SplitCorrection: CacheArchivable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        switch try reader.readInt() {
        case 0: self = .mergeAfterSentence(try reader.readInt())
        case 1: self = .keepTogether(try reader.readString())
        case 2: self = .splitSentence(try reader.readInt(), atOffset: try reader.readInt())
        case 3: self = .splitAfterPhrase(try reader.readString())
        default: throw CacheReader.Malformed()
        }
    }

    func write(to writer: inout CacheWriter) {
        switch self {
        case .mergeAfterSentence(let sentence):
            writer.write(0)
            writer.write(sentence)
        case .keepTogether(let phrase):
            writer.write(1)
            writer.write(phrase)
        case .splitSentence(let sentence, let offset):
            writer.write(2)
            writer.write(sentence)
            writer.write(offset)
        case .splitAfterPhrase(let phrase):
            writer.write(3)
            writer.write(phrase)
        }
    }
}
