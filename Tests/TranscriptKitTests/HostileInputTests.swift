import Foundation
import XCTest
@testable import TranscriptKit

/// Input that is not a well-behaved transcript: a clear error or a sensible document.
final class HostileInputTests: XCTestCase {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "colloquy-\(UUID().uuidString)"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "could not write \(path)")
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private func failure(_ path: String) -> String? {
        do { _ = try Document.load(path: path); return nil } catch { return error.reason }
    }

    func testMissingFileAndDirectory() {
        XCTAssertEqual(failure("/nonexistent/colloquy.txt"), "no such file")
        XCTAssertEqual(failure(NSTemporaryDirectory()), "is a directory")
    }

    func testBinaryDataIsRefused() throws {
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 100)
        XCTAssertEqual(failure(try temporaryFile(elf))?.contains("binary"), true)
    }

    func testDevZeroStopsWithAnError() {
        XCTAssertEqual(failure("/dev/zero")?.contains("binary"), true)
    }

    /// The reader starts on a long text's beginning while the rest is read: told once, with the
    /// first bytes as they are and the size the whole will have; never for a short file or a
    /// stream refused as binary.
    func testTheBeginningIsToldOnceWhileTheRestIsRead() throws {
        let text = (0..<6000).map { "Line \($0) of a long transcript.\n" }.joined()
        let path = try temporaryFile(Array(text.utf8))
        var told: [(count: Int, prefix: Bool, total: Int?)] = []
        let whole = try DocumentInput.read(path: path, beginningLength: 1 << 17) { beginning, total in
            told.append((beginning.count, Array(text.utf8).starts(with: beginning), total))
        }
        XCTAssertEqual(whole, Array(text.utf8))
        XCTAssertEqual(told.count, 1)
        XCTAssertTrue(told.first.map { $0.count >= 1 << 17 && $0.count < whole.count && $0.prefix && $0.total == whole.count } ?? false)

        var toldShort = false
        _ = try DocumentInput.read(path: try temporaryFile(Array("Host: Hello?\n".utf8)), beginningLength: 1 << 17) { _, _ in toldShort = true }
        XCTAssertFalse(toldShort)
        var toldBinary = false
        XCTAssertThrowsError(try DocumentInput.read(path: "/dev/zero", beginningLength: 4096) { _, _ in toldBinary = true })
        XCTAssertFalse(toldBinary)
    }

    func testEmptyFileIsAnEmptyDocumentWithAWarning() throws {
        let d = try Document.load(path: try temporaryFile([]))
        XCTAssertTrue(d.blocks.isEmpty)
        XCTAssertEqual(d.warnings, ["the document is empty"])
    }

    func testInvalidUTF8IsRepairedAndReported() throws {
        let bytes = Array("Host: caf".utf8) + [0xC3] + Array("?\n\nGuest: \u{00E9}t\u{00E9} \u{2014} yes.\n".utf8)
        let d = try Document.load(path: try temporaryFile(bytes))
        XCTAssertEqual(d.blocks.first?.text, "caf\u{FFFD}?")
        XCTAssertTrue(d.warnings.first?.contains("invalid UTF-8") == true)
    }

    func testLatin1IsDecodedAsWindows1252() throws {
        let bytes = Array("Host: Caf".utf8) + [0xE9, 0x3F, 0x0A, 0x0A] + Array("Guest: Na ".utf8) + [0x93, 0x6F, 0x6B, 0x94]
        let d = try Document.load(path: try temporaryFile(bytes))
        XCTAssertEqual(d.blocks.map(\.text), ["Café?", "Na “ok”"])
    }

    func testUTF16WithBOMAndUTF8BOM() throws {
        let text = "Host: Hello?\r\n\r\nGuest: Привет.\r\n"
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(try Document.load(path: try temporaryFile(le)).blocks.map(\.text), ["Hello?", "Привет."])
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        XCTAssertEqual(try Document.load(path: try temporaryFile(be)).blocks.map(\.text), ["Hello?", "Привет."])
        let bom = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        XCTAssertEqual(try Document.load(path: try temporaryFile(bom)).blocks.first?.text, "Hello?")
    }

    func testFiveMegabyteSingleLine() {
        let line = String(repeating: "word ", count: 1_000_000)
        let d = TranscriptParser.parse("Host: " + line)
        XCTAssertEqual(d.blocks.count, 1)
        XCTAssertEqual(d.blocks[0].text.utf8.count, 4_999_999)
    }

    func testEscapeSequencesStayInTheTextAsData() {
        let d = TranscriptParser.parse("Host: \u{1B}]0;pwned\u{07}Hi?\n\nGuest: \u{1B}[2J ok")
        XCTAssertEqual(d.blocks.count, 2)
        XCTAssertTrue(d.blocks[0].text.contains("\u{1B}]0;pwned"))
    }

    func testManyLabelsInARowAndRepeatedColons() {
        let labels = String(repeating: "A: \n", count: 2000) + String(repeating: ":", count: 10_000)
        let d = TranscriptParser.parse(labels)
        XCTAssertFalse(d.blocks.isEmpty)
    }

    func testByteOrderMarksInsideTheTextAreFoldedAway() {
        let d = TranscriptParser.parse("Host: Why?\n\n\u{FEFF}Guest: a\u{FEFF}b \u{FEFF}\n")
        XCTAssertEqual(d.blocks.map(\.text), ["Why?", "a b"])
    }

    func testCueTimesTooLongForAClockAreNotTimes() {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nA: Hi?\n\n2\n99999999999999999:00:00,000 --> 00:00:03,000\nB: No.\n"
        let d = TranscriptParser.parse(srt)
        XCTAssertEqual(d.source.format, .srt)
        XCTAssertFalse(d.blocks.isEmpty)
    }

    func testJSONRoundTripsThroughFoundation() throws {
        for d in [Document.embeddedInterview(), TranscriptParser.parse("Host: \"quoted\" \\ \u{01}?\n\nGuest: tab\there, C1 \u{9B}31m and \u{A0}é.")] {
            let object = try JSONSerialization.jsonObject(with: Data(d.json())) as? [String: Any]
            let blocks = try XCTUnwrap(object?["blocks"] as? [[String: Any]])
            XCTAssertEqual(blocks.count, d.blocks.count)
            XCTAssertEqual(blocks.map { $0["text"] as? String }, d.blocks.map(\.text))
            XCTAssertEqual(object?["schema"] as? String, "colloquy.document/1")
            let json = d.json()
            XCTAssertFalse(json.indices.dropLast().contains { json[$0] == 0xC2 && json[$0 + 1] < 0xA0 },
                           "C1 controls are escaped, not written raw")
        }
    }

    /// The processor's SHA instructions (where it has them) and the Swift rounds agree, at every
    /// length around the block and padding boundaries and on a long input.
    func testSHA256InstructionsAgreeWithTheSwiftRounds() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<(1 << 20) + 77).map { _ -> UInt8 in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        for length in Array(0...300) + [4095, 4096, 4097, bytes.count] {
            let input = Array(bytes[..<length])
            XCTAssertEqual(SHA256.digest(input), SHA256.digest(input, portable: true), "length \(length)")
        }
        XCTAssertEqual(SHA256.digest(Array("abc".utf8), portable: true), SHA256.digest(Array("abc".utf8)))
    }

    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex(of: []), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: Array(String(repeating: "a", count: 1000).utf8)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
