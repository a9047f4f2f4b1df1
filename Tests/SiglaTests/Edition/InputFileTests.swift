import Foundation
import Testing
import TestSupport

@testable import Sigla

@Suite("Input files: checked before anything is recorded")
struct InputFileTests {
    @Test("A UTF-8 file is read exactly; a byte-order mark is kept in the bytes, not the text")
    func readsUTF8() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("ts.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Reservar.\n".utf8))
        let file = try InputFile(path: path)
        #expect(file.text == "Reservar.\n")
        #expect(file.data.count == 13)
    }

    @Test("Each bad file gets a message naming it and what is wrong")
    func badFiles() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path + "/nope.txt"
        #expect(throws: InputFileError.missing(path: missing)) { try InputFile(path: missing) }
        #expect(throws: InputFileError.isDirectory(path: directory.path)) { try InputFile(path: directory.path) }
        let empty = try directory.write("empty.txt", bytes: [])
        #expect(throws: InputFileError.empty(path: empty)) { try InputFile(path: empty) }
        let blank = try directory.write("blank.txt", bytes: Array(" \n\n".utf8))
        #expect(throws: InputFileError.empty(path: blank)) { try InputFile(path: blank) }
        let utf16 = try directory.write("utf16.txt", bytes: [0xFF, 0xFE, 0x41, 0x00])
        #expect(throws: InputFileError.utf16(path: utf16)) { try InputFile(path: utf16) }
        let tooBig = try directory.write("big.txt", bytes: Array(repeating: 0x41, count: 2000))
        #expect(throws: InputFileError.tooLarge(path: tooBig, size: 2000, limit: 1000)) {
            try InputFile(path: tooBig, maximumSize: 1000)
        }
    }

    @Test("Latin-1 text is refused at its byte offset, line and column")
    func notUTF8() throws {
        let directory = try TemporaryDirectory()
        // "línea uno\nEl fin de su vid\xe1" : á in Latin-1 on line 2.
        let bytes = Array("línea uno\nEl fin de su vid".utf8) + [0xE1] + Array(".\n".utf8)
        let path = try directory.write("latin1.txt", bytes: bytes)
        let error = #expect(throws: InputFileError.self) { try InputFile(path: path) }
        #expect(error == .notUTF8(path: path, byteOffset: 27, line: 2, column: 17))
        #expect(error?.description.hasPrefix("\(path):2:17: not valid UTF-8 at byte offset 27") == true)
    }

    @Test("A NUL byte is refused")
    func nulByte() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("nul.txt", bytes: Array("ab".utf8) + [0] + Array("c".utf8))
        #expect(throws: InputFileError.nulByte(path: path, byteOffset: 2, line: 1, column: 3)) { try InputFile(path: path) }
    }
}
