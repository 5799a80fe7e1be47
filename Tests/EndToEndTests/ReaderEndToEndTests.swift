import Foundation
import XCTest
import TestSupport

/// The built binary in a real terminal: a detached tmux session, keys typed, screen read.
final class ReaderEndToEndTests: XCTestCase {
    private var session: TmuxSession?

    override func tearDown() {
        session?.close()
        session = nil
    }

    private func start(_ arguments: String = "", width: Int = 120, height: Int = 40, pipeFrom: String? = nil,
                       environment: [String: String] = [:]) throws -> TmuxSession {
        let binary = "'\(Spawn.colloquy)'"
        let command = pipeFrom.map { "cat '\($0)' | \(binary) \(arguments)" } ?? "\(binary) \(arguments)"
        let s = try TmuxSession(width: width, height: height, command: command, environment: environment)
        session = s
        return s
    }

    private static let fixtures = Repository.root().appendingPathComponent("Tests/ReaderCoreTests/Fixtures")

    func testStartScreenShowsTheFirstQuestionItsAnswerAndTheSidebar() throws {
        let s = try start()
        s.waitForAll(["Question 1 · Sputnik", "If you don’t mind, let’s start with the Russian-American relations",
                      "Answer · Sergei Lavrov", "I think that everyone who is closely and professionally following",
                      " Exchanges", "9  The Russian embassy in L", "exchange 1/9"])
    }

    /// `--plain` in a real terminal: the cursor is shown, on the line being read, as it scrolls.
    func testPlainKeepsTheTerminalCursorOnTheLineBeingRead() throws {
        for (arguments, environment) in [("--plain", [String: String]()), ("", ["COLLOQUY_PLAIN": "1"])] {
            let s = try start(arguments, width: 80, height: 24, environment: environment)
            s.waitForAll(["Question, Sputnik:", "Answer, Sergei Lavrov:"])
            func lineAtCursor() -> String {
                let spot = s.display("#{cursor_flag} #{cursor_x} #{cursor_y}").split(separator: " ").compactMap { Int($0) }
                guard spot.count == 3, spot[0] == 1 else { return "(cursor hidden: \(spot))" }
                let rows = s.screen().split(separator: "\n", omittingEmptySubsequences: false)
                return spot[2] < rows.count ? String(rows[spot[2]].dropFirst(spot[1])) : "(off screen)"
            }
            XCTAssertTrue(lineAtCursor().hasPrefix("Answer, Sergei Lavrov:"), lineAtCursor())
            s.send("j")
            s.waitFor("exchange 1/9")
            var line = ""
            for _ in 0..<50 where !line.hasPrefix("I think that everyone") {
                line = lineAtCursor()
                usleep(100_000)
            }
            XCTAssertTrue(line.hasPrefix("I think that everyone"), line)
            XCTAssertFalse(s.screen().contains("│") || s.screen().contains("─"), s.screen())
            s.close()
            session = nil
        }
    }

    /// The emacs preset from the config file; Ctrl-S reaches the reader (flow control is off).
    func testEmacsPresetFromTheConfigFileSearchesWithCtrlS() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-emacs-\(getpid())")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("colloquy"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try "keys = emacs\n".write(to: config.appendingPathComponent("colloquy/config"), atomically: true, encoding: .utf8)
        let s = try start(environment: ["XDG_CONFIG_HOME": config.path])
        s.waitFor("Question 1 · Sputnik")
        s.send("C-s")
        s.waitFor("Enter keeps, Esc cancels")
        s.send("Libya", literal: true)
        s.send("Enter")
        s.waitFor("match 1/")
        s.send("C-g")
        s.send("?")
        s.waitFor("Ctrl-N ↓")
    }

    func testBracketMovesToTheNextExchange() throws {
        let s = try start()
        s.waitFor("Question 1 · Sputnik")
        s.send("]")
        s.waitForAll(["Question 2 · Sputnik", "You've mentioned the sanctions pressure"])
    }

    func testGoToNineShowsTheLibyaQuestion() throws {
        let s = try start()
        s.waitFor("Question 1 · Sputnik")
        s.send(":", "9", "Enter")
        s.waitForAll(["Question 9 · Sputnik", "The Russian embassy in Libya resumed its work"])
        s.send("C-o")
        s.waitFor("Question 1 · Sputnik")
    }

    func testResizeRelaysTheScreen() throws {
        let s = try start()
        s.waitFor(" Exchanges")
        s.resize(width: 60, height: 20)
        let narrow = s.waitUntil("a 60-column layout without the sidebar") { !$0.contains(" Exchanges") && $0.contains("Question 1") }
        XCTAssertTrue(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 }, narrow)
        s.resize(width: 120, height: 40)
        s.waitFor(" Exchanges")
        s.resize(width: 30, height: 8)
        s.waitFor("Terminal too small")
        s.resize(width: 120, height: 40)
        s.waitFor("Question 1 · Sputnik")
    }

    func testHelpOverlayOpensAndCloses() throws {
        let s = try start()
        s.waitFor("Question 1")
        s.send("?")
        s.waitForAll(["Keys — Esc closes", "next exchange"])
        s.send("Escape")
        s.waitUntil("the help to close") { !$0.contains("Keys — Esc closes") }
    }

    func testQuitExitsZeroAndGivesTheTerminalBack() throws {
        let s = try start()
        s.waitFor("Question 1")
        XCTAssertEqual(s.display("#{alternate_on}"), "1")
        s.send("q")
        s.waitFor("EXIT=0")
        XCTAssertEqual(s.display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}"), "0 1 0")
    }

    func testInterruptAndTerminateRestoreTheTerminal() throws {
        let s = try start()
        s.waitFor("Question 1")
        s.send("C-c")
        s.waitFor("EXIT=130")
        XCTAssertEqual(s.display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}"), "0 1 0")
    }

    func testTerminateAndHangUpRestoreTheTerminal() throws {
        for (signal, status) in [("TERM", 143), ("HUP", 129)] {
            let s = try start()
            s.waitFor("Question 1")
            Spawn.run(["pkill", "-\(signal)", "-P", s.display("#{pane_pid}")])
            s.waitFor("EXIT=\(status)")
            XCTAssertEqual(s.display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}"), "0 1 0")
            s.close()
        }
    }

    /// Ctrl-Z needs a shell with job control, as a user has: an interactive bash in the pane,
    /// where `command` is typed.
    private func startInAShell(_ command: String) throws -> TmuxSession {
        let s = try TmuxSession(width: 100, height: 30, command: "env PS1='$ ' bash --norc --noprofile -i")
        session = s
        s.waitFor("$")
        s.send(command, literal: true)
        s.send("Enter")
        return s
    }

    func testSuspendAndResumeFromAnInteractiveShell() throws {
        let s = try startInAShell("'\(Spawn.colloquy)'")
        s.waitFor("Question 1 · Sputnik")
        s.send("C-z")
        s.waitFor("Stopped")
        XCTAssertEqual(s.display("#{alternate_on} #{cursor_flag}"), "0 1")
        s.send("fg", "Enter")
        s.waitFor("Question 1 · Sputnik")
        s.send("]")
        s.waitFor("Question 2 · Sputnik")
        s.send("q")
        s.waitUntil("the reader to quit") { _ in s.display("#{alternate_on}") == "0" }
    }

    func testCtrlZAsTheFirstFrameGoesOutStopsAndComesBackWhole() throws {
        // The first frame is written by the reader before ncurses is told of it; a Ctrl-Z typed
        // then (the hook sends it just after the write) is held until both are done, and must
        // neither be lost (ncurses' update used to discard it) nor mangle the screen after fg.
        let s = try startInAShell("COLLOQUY_TEST_SUSPEND_AT_FIRST_FRAME=1 '\(Spawn.colloquy)'")
        s.waitFor("Stopped")
        XCTAssertEqual(s.display("#{alternate_on} #{cursor_flag}"), "0 1")
        s.send("fg", "Enter")
        // The text panes, right of the sidebar and above the status bar: what a resume drawn
        // over a screen ncurses did not know would show wrong. (The sidebar's titles and the
        // status change by themselves once the work after the first frame ends.)
        func panes(_ screen: String) -> [Substring] {
            screen.split(separator: "\n").filter { !$0.contains("? help") }.map { row in
                row.firstIndex(of: "│").map { row[row.index(after: $0)...] } ?? row[...]
            }
        }
        // Once the whole is read (the preview the reader stopped on counts fewer exchanges).
        let resumed = panes(s.waitForAll(["Question 1 · Sputnik", "1/9 ─", "? help"]))
        // Everything painted again (Ctrl-L), then away and back: the same text, once the last
        // frame is whole (a capture can catch one half drawn).
        s.send("C-l", "]")
        s.waitFor("Question 2 · Sputnik")
        s.send("[")
        s.waitUntil("the panes as they were after fg:\n" + resumed.joined(separator: "\n")) { panes($0) == resumed }
        s.send("q")
        s.waitUntil("the reader to quit") { _ in s.display("#{alternate_on}") == "0" }
    }

    func testNoColorDrawsWithoutColours() throws {
        let s = try start(environment: ["NO_COLOR": "1"])
        s.waitFor("Question 1")
        let styled = s.tmux(["capture-pane", "-p", "-e", "-t", "e2e"]).output
        XCTAssertFalse(styled.contains("[38;5;") || styled.contains("[48;5;") || styled.contains(";38;5;"), "colour escapes under NO_COLOR")
        XCTAssertTrue(styled.contains("\u{1B}["), "attributes are still drawn")
    }

    func testHostileEscapesRenderHarmlessly() throws {
        let file = Self.fixtures.appendingPathComponent("hostile-escapes.txt").path
        let s = try start("'\(file)'", width: 100, height: 30)
        s.waitForAll(["Question 1 · Host", "␛[2J", "␛]52;c;"])
        XCTAssertFalse(s.display("#{pane_title}").contains("pwned"), "an OSC title reached the terminal")
        s.send("G", "]", "G")
        s.waitFor("Question 2 · Host")
        s.send("q")
        s.waitFor("EXIT=0")
    }

    func testReadsTheDocumentFromAPipeAndKeysFromTheTerminal() throws {
        let file = Repository.root().appendingPathComponent("Tests/TranscriptKitTests/Fixtures/press-briefing.txt").path
        let s = try start(pipeFrom: file)
        s.waitFor("Question 1 · QUESTION")
        s.send("]")
        s.waitFor("Question 2 · QUESTION")
        s.send("q")
        s.waitFor("EXIT=0")
    }

    func testSearchHighlightsCountsAndMovesAcrossExchanges() throws {
        let s = try start(environment: ["XDG_STATE_HOME": NSTemporaryDirectory() + "colloquy-e2e-\(getpid())"])
        s.waitFor("Question 1 · Sputnik")
        s.send("/sanctions", literal: true)
        s.send("Enter")
        s.waitFor("match 1/17")
        s.send("n", "n", "n", "n")
        s.waitFor("match 5/17")
        s.waitFor("Question 2 · Sputnik")
        s.send("/novichok", literal: true)
        s.send("Enter")
        s.waitFor("match 1/6")
        // The match is drawn in its own style (polled: tmux may be mid-way through the frame).
        s.waitUntil("Novichok drawn as a match") { _ in
            let styled = s.tmux(["capture-pane", "-p", "-e", "-t", "e2e"]).output
            return styled.range(of: "\u{1B}\\[[0-9;]*mNovichok", options: .regularExpression) != nil
        }
    }

    func testEscapeDuringSearchRestoresTheView() throws {
        let s = try start()
        s.waitFor("Question 1 · Sputnik")
        s.send(":", "5", "Enter")
        s.waitFor("Question 5 · Sputnik")
        s.send("/tripol", literal: true)
        s.waitFor("Question 9 · Sputnik")
        s.send("Escape")
        s.waitFor("Question 5 · Sputnik")
    }

    func testCountryPickerJumpsToLibyaAndFollowsItsMentions() throws {
        let s = try start()
        s.waitFor("Question 1 · Sputnik")
        s.send("c")
        s.waitFor("Country:")
        s.send("Libya", literal: true)
        s.send("Enter")
        s.waitFor("Question 9 · Sputnik")
        s.waitFor("Libya 1/32")
        s.waitUntil("Libya drawn highlighted") { _ in
            let styled = s.tmux(["capture-pane", "-p", "-e", "-t", "e2e"]).output
            return styled.range(of: "\u{1B}\\[[0-9;]*mLibya", options: .regularExpression) != nil
        }
        s.send("n")
        s.waitFor("Libya 2/32")
        s.send("c")
        s.waitFor("Country:")
        s.send("syr", literal: true)
        s.send("Enter")
        s.waitFor("Question 7 · Sputnik")
        s.waitFor("Syria 1/24")
        s.send("n")
        s.waitFor("Syria 2/24")
    }

    func testMissingThemeIsReportedAndTheReaderStillStarts() throws {
        let s = try start("--theme no-such-theme")
        s.waitForAll(["Question 1", "no theme named"])
    }
}
