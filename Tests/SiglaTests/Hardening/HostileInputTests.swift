import Foundation
import TestSupport
import Testing

@testable import Sigla

#if canImport(Glibc)
    import Glibc
#endif

/// Input made to hurt: entity expansion, external entities, alias bombs, huge files and
/// lines, devices, every encoding trick. Each is refused with a message naming the file
/// (and the place, where there is one), or read, quickly and in bounded memory.
@Suite("Hostile input is refused or read safely, with the file and place named")
struct HostileInputTests {
    // MARK: XML

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>
        """

    @Test("Billion laughs, external entities and parameter entities are refused before the XML parser sees them")
    func entityAttacks() throws {
        let secret = "/etc/hostname"
        let attacks: [(String, String)] = [
            (Self.billionLaughs, "TS.xml:2:1: error: DOCTYPE declaration at 2:1 refused"),
            (
                "<!DOCTYPE TEI SYSTEM \"http://example.org/tei.dtd\">\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>",
                "TS.xml:1:1: error: DOCTYPE declaration at 1:1 refused"
            ),
            (
                "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY % p SYSTEM \"file://\(secret)\"> %p;]>\n<TEI/>",
                "TS.xml:2:1: error: DOCTYPE declaration at 2:1 refused"
            ),
            (
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>a\n  &xxe;</p></body></text></TEI>",
                "TS.xml:2:3: error: malformed XML at 2:3: undefined entity '&xxe;'"
            ),
            (
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><text><body>"
                    + "<p><xi:include href=\"file://\(secret)\" parse=\"text\"/></p></body></text></TEI>",
                "TS.xml:1:"
            ),
        ]
        for (xml, expected) in attacks {
            for lenient in [false, true] {
                do {
                    let (model, _) = try TEITranscription.parse(xml, fileName: "TS.xml", lenient: lenient)
                    // Only XInclude gets this far, and only leniently: its element is dropped, never followed.
                    #expect(lenient && xml.contains("xi:include"), "read: \(xml)")
                    #expect(!model.state(.afterRevision).text.contains(hostname()))
                } catch {
                    #expect(error.description.hasPrefix(expected), "\(error.description)")
                }
            }
        }
    }

    private func hostname() -> String {
        ((try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)) ?? "\u{0}").trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    // MARK: YAML

    /// Nine levels of ten aliases each: a billion strings if anything expanded them.
    static func yamlLaughs(under key: String) -> String {
        var lines = ["  z0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1...9 {
            lines.append(
                "  z\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]"
            )
        }
        return "\(key):\n" + lines.joined(separator: "\n") + "\n"
    }

    @Test("A YAML alias bomb in sigla.yaml, a decision record or a recipe is refused, naming the file")
    func yamlAliasBombs() throws {
        // Every schema Sigla reads is flat: aliases are shared, never walked a billion times.
        let configuration = "sigla: 1\ntitle: x\n" + Self.yamlLaughs(under: "sentences")
        let error = #expect(throws: ConfigurationError.self) {
            try EditionConfiguration(yaml: configuration, fileName: "sigla.yaml")
        }
        #expect(error?.description.hasPrefix("sigla.yaml:") == true)

        let record = Self.yamlLaughs(under: "readings") + "location: I.1/1\n"
        #expect(throws: EditionError.self) { try Edition.decodeDecision(record, path: "apparatus/I/1-1.yaml") }

        let directory = try TemporaryDirectory()
        try directory.write("edition.yaml", text: "title: x\nwitnesses: []\ndecisions: decisions.yaml\n")
        try directory.write("decisions.yaml", text: Self.yamlLaughs(under: "bomb"))
        let recipe = #expect(throws: (any Error).self) { try EditionRecipe(directory: directory.path) }
        #expect("\(recipe.map { "\($0)" } ?? "")".contains(directory.path + "/decisions.yaml"))
    }

    // MARK: Size

    @Test("A 1 GB file is refused by its size, before a byte is read")
    func gigabyteFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("huge.txt")
        // Sparse: a gigabyte long, nothing written.
        #expect(FileManager.default.createFile(atPath: path, contents: Data("Reservar.".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let error = #expect(throws: InputFileError.self) { try InputFile(path: path) }
        #expect(error == .tooLarge(path: path, size: 1 << 30, limit: InputFile.maximumSize))
        #expect(error?.description == "\(path): the file is 1024 MB; Sigla reads files up to 256 MB")
    }

    @Test("A 50 MB file of a single line is read as text; a NUL at its end is refused at line 1 and its column")
    func fiftyMegabyteLine() throws {
        let directory = try TemporaryDirectory()
        var line = [UInt8](repeating: 0x61, count: 50 * 1_048_576)
        let path = try directory.write("line.txt", bytes: line)
        let file = try InputFile(path: path)
        #expect(file.data.count == line.count)
        #expect(TranscriptionFormat.detect(fileName: path, contents: file.text) == .plain)

        line[line.count - 1] = 0
        let nul = try directory.write("nul.txt", bytes: line)
        let error = #expect(throws: InputFileError.self) { try InputFile(path: nul) }
        #expect(error == .nulByte(path: nul, byteOffset: line.count - 1, line: 1, column: line.count))
    }

    @Test("A device or a pipe is refused, not read forever")
    func devicesAndPipes() throws {
        #expect(throws: InputFileError.notARegularFile(path: "/dev/zero")) { try InputFile(path: "/dev/zero") }
        let directory = try TemporaryDirectory()
        let fifo = directory.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let error = #expect(throws: InputFileError.self) { try InputFile(path: fifo) }
        #expect(error == .notARegularFile(path: fifo))
        #expect(
            error?.description == "\(fifo): is not a regular file (a device, a pipe or a socket); Sigla reads files")
    }

    @Test("A link is read as the file it leads to, with the same checks")
    func links() throws {
        let directory = try TemporaryDirectory()
        let target = try directory.write("real.txt", text: "Reservar.\n")
        let link = directory.path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try InputFile(path: link).text == "Reservar.\n")
        let dangling = directory.path("dangling.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: directory.path("none"))
        #expect(throws: InputFileError.missing(path: dangling)) { try InputFile(path: dangling) }
        let toDevice = directory.path("zero.txt")
        try FileManager.default.createSymbolicLink(atPath: toDevice, withDestinationPath: "/dev/zero")
        #expect(throws: InputFileError.notARegularFile(path: toDevice)) { try InputFile(path: toDevice) }
    }

    // MARK: Encodings

    @Test(
        "Byte-order marks: UTF-8's is dropped from the text; UTF-16 and UTF-32 are refused by name",
        arguments: [
            ([0xEF, 0xBB, 0xBF] as [UInt8], true),
            ([0xFF, 0xFE], false), ([0xFE, 0xFF], false), ([0xFF, 0xFE, 0x00, 0x00], false),
        ])
    func byteOrderMarks(mark: [UInt8], readable: Bool) throws {
        let directory = try TemporaryDirectory()
        let body = Array("{--tachado--} texto\n".utf8)
        let path = try directory.write("TS.txt", bytes: mark + body)
        if readable {
            let file = try InputFile(path: path)
            #expect(file.text == "{--tachado--} texto\n")
            let model = try SiglaMarkup.parse(file.text, fileName: path)
            #expect(model.state(.beforeRevision).text == "tachado texto\n")
            // A BOM inside the markup text itself is skipped too.
            #expect(try SiglaMarkup.parse("\u{FEFF}{--a--}", fileName: path).state(.beforeRevision).text == "a")
        } else {
            let error = #expect(throws: InputFileError.self) { try InputFile(path: path) }
            #expect(error == .utf16(path: path))
            #expect(error?.description.hasPrefix("\(path): the file is UTF-16") == true)
        }
    }

    @Test(
        "Invalid UTF-8 anywhere is refused at its byte, line and column",
        arguments: [
            [0x80] as [UInt8], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
        ])
    func invalidUTF8(sequence: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        let bytes = Array("línea\nañ".utf8) + sequence + Array("o\n".utf8)
        let path = try directory.write("TS.txt", bytes: bytes)
        let error = #expect(throws: InputFileError.self) { try InputFile(path: path) }
        #expect(error == .notUTF8(path: path, byteOffset: 10, line: 2, column: 3))
    }
}
