import Foundation
import XCTest
import TestSupport

/// A long transcript opens on a preview of its beginning while the whole is parsed (issue 15's
/// first screen). `COLLOQUY_TEST_HOLD_READING` holds the whole parse until a file exists, so the
/// preview can be seen and typed into however fast the machine is; nothing here is timed.
final class FirstScreenEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "colloquy-first-screen-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // 600 exchanges, about 320 KB: the preview (64 KB and a little) holds about a hundred.
        var text = "A long conversation, for the first screen\n\n"
        for k in 1...600 {
            text += "INTERVIEWER: Question number \(k): what happened in year \(1400 + k)?\n\n"
            text += "GUEST: Answer number \(k). "
            text += (0..<6).map { "In year \(1400 + k) the river rose by \($0) feet and the council met \($0 + k) times." }
                .joined(separator: " ") + "\n\n"
        }
        try text.write(toFile: transcript, atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        try? FileManager.default.removeItem(atPath: folder)
    }

    private var transcript: String { folder + "/long.txt" }
    private var gate: String { folder + "/gate" }

    /// A reader of the long transcript with its own data folder (kept across runs of one test).
    private func reader(_ arguments: String = "") throws -> TmuxSession {
        let env = ["XDG_DATA_HOME": folder + "/data", "XDG_STATE_HOME": folder + "/state",
                   "XDG_CONFIG_HOME": folder + "/config", "COLLOQUY_TEST_HOLD_READING": gate]
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)' \(arguments) '\(transcript)'", environment: env)
        sessions.append(s)
        return s
    }

    /// `exchange 1/N` in the status bar: which exchange, out of how many.
    private func counter(_ screen: String) -> (at: Int, of: Int)? {
        guard let range = screen.range(of: #"exchange \d+/\d+"#, options: .regularExpression) else { return nil }
        let numbers = screen[range].dropFirst("exchange ".count).split(separator: "/").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    func testTheFirstScreenComesBeforeTheWholeIsReadAndKeysThenActOnTheWhole() throws {
        let s = try reader()
        // The whole is held back: what is on screen was drawn from the beginning alone.
        let preview = s.waitForAll(["reading…", "Question number 1: what happened in year 1401?", "? help"])
        let shown = try XCTUnwrap(counter(preview), preview)
        XCTAssertEqual(shown.at, 1)
        XCTAssertLessThan(shown.of, 600, "the preview lists only the exchanges of the beginning")
        XCTAssertFalse(preview.contains("Question number 550"))
        // Typed into the preview, acted on once the whole is there: exchange 550 is not in the
        // beginning, and the document as a whole is what `:` goes through.
        s.send(":")
        s.send("550", literal: true)
        s.send("Enter")
        XCTAssertTrue(FileManager.default.createFile(atPath: gate, contents: Data()))
        // The status bar is drawn after the panes: wait for both, or a screen caught between the
        // two shows the new question over the old status line.
        let whole = s.waitForAll(["Question number 550: what happened in year 1950?", "exchange 550/600"])
        XCTAssertEqual(counter(whole)?.at, 550, whole)
        XCTAssertEqual(counter(whole)?.of, 600, whole)
        XCTAssertFalse(whole.contains("reading…"))
        s.send("j")
        s.send("q")
        _ = s.waitFor("EXIT=0")
    }

    func testAPreviewWhoseFirstPartHoldsNoExchangeIsMadeFromMoreOfTheBeginning() throws {
        // About 20 KB of introduction before the first question: the first 16 KB parsed hold no
        // exchange, so the preview is made from the longer beginning and opens on the first one.
        let introduction = (1...60).map { "The council of the river town met in its \($0)th year, and the minutes say so at length, with every name read out." }
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        let opening = text.range(of: "INTERVIEWER: Question number 1:")!.lowerBound
        let longer = text[..<opening] + (introduction + introduction + introduction).joined(separator: "\n\n") + "\n\n" + text[opening...]
        try longer.write(toFile: transcript, atomically: true, encoding: .utf8)
        let s = try reader()
        let preview = s.waitForAll(["reading…", "Question number 1: what happened in year 1401?", "? help"])
        XCTAssertEqual(try XCTUnwrap(counter(preview), preview).at, 1)
        XCTAssertTrue(FileManager.default.createFile(atPath: gate, contents: Data()))
        _ = s.waitFor("exchange 1/600")
        s.send("q")
        _ = s.waitFor("EXIT=0")
    }

    func testAFileRefusedWhenReadWholeEndsTheScreenWithTheError() throws {
        // Text in its first 4 KB and its beginning, NUL bytes at the end: the preview is drawn
        // from the beginning, and only decoding the whole refuses the file.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: transcript))
        bytes.append(Data(repeating: 0, count: 2000))
        try bytes.write(to: URL(fileURLWithPath: transcript))
        let s = try reader()
        _ = s.waitForAll(["reading…", "Question number 1: what happened in year 1401?"])
        XCTAssertTrue(FileManager.default.createFile(atPath: gate, contents: Data()))
        let ended = s.waitFor("EXIT=1")
        XCTAssertTrue(ended.contains("binary data (NUL bytes)"), ended)
        XCTAssertFalse(ended.contains("reading…"), "the reader's screen is given back: \(ended)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: transcript)), bytes, "the file is left as it was")
    }

    func testAReturningReaderLandsWhereTheyLeftWithoutAPreviewUnlessAskedNotToResume() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: gate, contents: Data()))
        let first = try reader()
        _ = first.waitFor("exchange 1/600")
        first.send(":")
        first.send("420", literal: true)
        first.send("Enter")
        _ = first.waitFor("exchange 420/600")
        first.send("q")
        _ = first.waitFor("EXIT=0")
        // The gate is gone: a preview would now wait for it. A returning reader gets none and
        // opens on the exchange they left, never on the first page first.
        try FileManager.default.removeItem(atPath: gate)
        let again = try reader()
        let screen = again.waitFor("exchange 420/600")
        XCTAssertTrue(screen.contains("Question number 420: what happened in year 1820?"), screen)
        XCTAssertFalse(again.lastScreen.contains("reading…"))
        again.send("q")
        _ = again.waitFor("EXIT=0")
        // Asked not to resume, the reader opens at the beginning: previewed again.
        let fresh = try reader("--no-resume")
        let preview = fresh.waitForAll(["reading…", "Question number 1: what happened in year 1401?"])
        XCTAssertLessThan(try XCTUnwrap(counter(preview), preview).of, 600)
        XCTAssertTrue(FileManager.default.createFile(atPath: gate, contents: Data()))
        _ = fresh.waitFor("exchange 1/600")
        fresh.send("q")
        _ = fresh.waitFor("EXIT=0")
    }

    func testTheEmbeddedInterviewOpensOnAPreviewOfItsBeginningToo() throws {
        // 47 KB: its first 16 KB hold three exchanges, drawn while the whole is held back.
        let env = ["XDG_DATA_HOME": folder + "/data", "XDG_STATE_HOME": folder + "/state",
                   "XDG_CONFIG_HOME": folder + "/config", "COLLOQUY_TEST_HOLD_READING": gate]
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)'", environment: env)
        sessions.append(s)
        let preview = s.waitForAll(["reading…", "let’s start with the Russian-American relations", "? help"])
        let shown = try XCTUnwrap(counter(preview), preview)
        XCTAssertEqual(shown.at, 1)
        s.send(":")   // to the last exchange: of the whole, once it is read
        s.send("9", literal: true)
        s.send("Enter")
        XCTAssertTrue(FileManager.default.createFile(atPath: gate, contents: Data()))
        let whole = s.waitFor("exchange 9/9")
        XCTAssertGreaterThan(9, shown.of, "the preview listed only the beginning's exchanges: \(preview)")
        XCTAssertFalse(whole.contains("reading…"))
        s.send("q")
        _ = s.waitFor("EXIT=0")
    }

    func testAShortTextWhoseFirstPartHoldsTooLittleIsParsedOnceAndNotPreviewed() throws {
        // About 40 KB, one long answer first: the first 16 KB hold one exchange, too little
        // to draw, and the text is short enough to be parsed whole at once. The gate is never
        // opened: a preview would wait for it.
        var text = "INTERVIEWER: Tell me about the river.\n\nGUEST: "
        text += (1...300).map { "In year \(1400 + $0) the river rose and the council met about it again." }.joined(separator: " ") + "\n\n"
        for k in 2...80 {
            text += "INTERVIEWER: Question number \(k): what happened in year \(1400 + k)?\n\n"
            text += "GUEST: Answer number \(k). " + (0..<6).map { "The council met \($0 + k) times." }.joined(separator: " ") + "\n\n"
        }
        XCTAssertGreaterThan(text.utf8.count, 32 << 10)
        XCTAssertLessThan(text.utf8.count, 64 << 10)
        try text.write(toFile: transcript, atomically: true, encoding: .utf8)
        let s = try reader()
        let screen = s.waitForAll(["exchange 1/80", "Tell me about the river.", "? help"])
        XCTAssertFalse(screen.contains("reading…"), screen)
        s.send("q")
        _ = s.waitFor("EXIT=0")
    }

    func testAJSONTranscriptIsReadWholeNeverPreviewedAsText() throws {
        // A service's JSON of the same length: its beginning alone is no JSON, so a preview would
        // show the raw text. The gate is never opened: a preview would wait for it forever.
        var json = "{\"utterances\": ["
        for k in 1...600 {
            json += (k > 1 ? ",\n" : "\n") + "{\"speaker\": \"Interviewer\", \"start\": \(k * 60000), \"end\": \(k * 60000 + 5000), "
            json += "\"text\": \"Question number \(k): what happened in year \(1400 + k)?\"},\n"
            json += "{\"speaker\": \"Guest\", \"start\": \(k * 60000 + 6000), \"end\": \(k * 60000 + 50000), \"text\": \"Answer number \(k). "
            json += (0..<6).map { "In year \(1400 + k) the river rose by \($0) feet and the council met \($0 + k) times." }.joined(separator: " ")
            json += "\"}"
        }
        json += "\n]}\n"
        try json.write(toFile: transcript, atomically: true, encoding: .utf8)
        let s = try reader()
        let screen = s.waitForAll(["exchange 1/600", "Question number 1: what happened in year 1401?"])
        XCTAssertFalse(screen.contains("\"speaker\""), screen)
        s.send("q")
        _ = s.waitFor("EXIT=0")
    }
}
