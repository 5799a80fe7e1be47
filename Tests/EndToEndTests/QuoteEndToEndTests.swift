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
