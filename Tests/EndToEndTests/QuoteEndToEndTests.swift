import Foundation
import XCTest
import TestSupport

/// `y` in a real terminal: the quote and its citation reach tmux's paste buffer by OSC 52, and a
/// copy command when one is given.
final class QuoteEndToEndTests: XCTestCase {
    private var session: TmuxSession?

    override func tearDown() {
        session?.close()
        session = nil
    }

    private let title = "Exclusive: Sergei Lavrov Talks About West’s Historical Revisionism, US Election and Navalny Case"

    private func start(_ arguments: String = "") throws -> TmuxSession {
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)' \(arguments)")
        session = s
        s.tmux(["set-option", "-g", "set-clipboard", "on"])
        s.waitFor("Question 1 · Sputnik")
        return s
    }

    /// tmux's newest paste buffer, once it holds something new.
    private func buffer(_ s: TmuxSession, after previous: String = "") -> String {
        var text = ""
        for _ in 0..<100 {
            let r = s.tmux(["show-buffer"])
            text = r.status == 0 ? r.output : ""
            if !text.isEmpty && text != previous { break }
            usleep(50_000)
        }
        return text
    }

    func testOneParagraphThenTwoSentencesAcrossParagraphs() throws {
        let s = try start()
        s.send("BTab")   // the question pane
        s.waitFor("question focused")
        s.send("y")
        s.waitFor("copied ")
        let paragraph = buffer(s)
        XCTAssertTrue(paragraph.hasPrefix("“If you don’t mind, let’s start with the Russian-American relations"), paragraph)
        XCTAssertTrue(paragraph.hasSuffix("affect international processes?” — Sputnik, \(title), 17 Sep 2020, exchange 1, lines 11"), paragraph)
        XCTAssertTrue(s.screen().contains("copied \(paragraph.count) characters to the terminal's clipboard"), s.screen())

        // The answer: from its last sentence of the first paragraph into the next paragraph of speech.
        s.send("Tab")
        s.waitFor("answer focused")
        // The first paragraph's five sentences (`}` to its end, back and forth), then one more.
        for key in ["v", "}", "(", "(", "(", "(", ")", ")", ")", ")", ")"] { s.send(key) }
        s.waitFor("sentences selected")
        s.send("y")
        let sentences = buffer(s, after: paragraph)
        XCTAssertTrue(sentences.hasPrefix("“I think that everyone"), sentences)
        XCTAssertTrue(sentences.hasSuffix("processes in the US. We’ve gotten used to that over the past years.” — Sergei Lavrov, \(title), "
                                           + "17 Sep 2020, exchange 1, lines 13–19"), sentences)
    }

    func testTheCopyCommandGetsTheSameText() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-copy-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let s = try start("--copy-command 'cat > \(file.path)'")
        s.send("v")
        s.send("j")
        s.send("y")
        s.waitFor("copied ")
        let copied = buffer(s)
        s.waitFor("and cat > \(file.path)")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), copied)
        XCTAssertTrue(copied.hasSuffix("— Sergei Lavrov, \(title), 17 Sep 2020, exchange 1, lines 13"), copied)
    }
}

/// `o` in a real terminal: the configured player gets the paragraph's second; with none, the time is copied.
final class TimeLinkEndToEndTests: XCTestCase {
    private var session: TmuxSession?

    override func tearDown() {
        session?.close()
        session = nil
    }

    private static let oral = Repository.root().appendingPathComponent("Tests/TranscriptKitTests/Fixtures/timestamps.txt").path

    func testThePlayerGetsTheSecond() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-player-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("colloquy"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("second.txt")
        try "player = echo {seconds} > \(out.path)\n".write(to: folder.appendingPathComponent("colloquy/config"), atomically: true, encoding: .utf8)
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)' '\(Self.oral)'",
                                environment: ["XDG_CONFIG_HOME": folder.path])
        session = s
        s.waitFor("Where were you born?")
        s.send("o")
        s.waitFor("playing from 00:00:09")
        var written = ""
        for _ in 0..<100 where written.isEmpty {
            written = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        XCTAssertEqual(written, "9\n")
    }

    func testWithoutAPlayerTheTimeIsCopied() throws {
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)' '\(Self.oral)'")
        session = s
        s.tmux(["set-option", "-g", "set-clipboard", "on"])
        s.waitFor("Where were you born?")
        s.send("BTab")
        s.send("o")
        s.waitFor("no player set")
        var buffer = ""
        for _ in 0..<100 where buffer.isEmpty {
            let r = s.tmux(["show-buffer"])
            buffer = r.status == 0 ? r.output : ""
            usleep(50_000)
        }
        XCTAssertEqual(buffer, "00:00:05")
    }
}
