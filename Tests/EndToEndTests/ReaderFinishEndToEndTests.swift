import Foundation
import XCTest
import TestSupport

/// The finished reader in a real terminal (issue 15): `render` equals the live screen, a theme
/// change repaints everything and is remembered, history keeps regex mode.
final class ReaderFinishEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var homes: [String] = []
    private var home: String { homes.last ?? "" }

    override func setUp() { newHome() }

    /// Data, state and config for the readers from now on: a first run.
    private func newHome() { homes.append(NSTemporaryDirectory() + "colloquy-finish-\(UUID().uuidString)") }

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        for folder in homes { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// A reader whose data, state and config live in this test's own folder, kept across runs.
    private func reader(_ arguments: String = "", width: Int = 120, height: Int = 40,
                        environment: [String: String] = [:]) throws -> TmuxSession {
        var env = ["XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"]
        env.merge(environment) { $1 }
        let s = try TmuxSession(width: width, height: height, command: "'\(Spawn.colloquy)' \(arguments)", environment: env)
        sessions.append(s)
        return s
    }

    private func render(width: Int, height: Int, keys: String) -> String {
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = home + "/config"
        return Spawn.run([Spawn.colloquy, "render", "--size", "\(width)x\(height)", "--keys", keys], environment: env).output
    }

    /// capture-pane drops trailing blanks; so does this, line by line.
    private func normalised(_ screen: String, height: Int) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }
        return Array((lines + Array(repeating: "", count: height)).prefix(height))
    }

    /// What is typed into tmux: key names, or text sent as it is.
    private enum Typed { case keys([String]), text(String) }

    private func type(_ steps: [Typed], into s: TmuxSession) {
        for step in steps {
            switch step {
            case .keys(let names): s.tmux(["send-keys", "-t", "e2e"] + names)
            case .text(let text): s.send(text, literal: true)
            }
        }
    }

    /// The live reader, after the same keys, ends on the frame `render` prints (the live one
    /// fills its sidebar topics and search results in the background: the screens converge).
    func testRenderEqualsTheLiveScreenAfterTheSameKeys() throws {
        let sequences: [(keys: String, typed: [Typed], width: Int, height: Int)] = [
            ("", [], 120, 40),
            (":9<Enter>jjj}", [.keys([":", "9", "Enter", "j", "j", "j", "}"])], 120, 40),
            ("<Tab>jjj<Enter><Tab><Tab>", [.keys(["Tab", "j", "j", "j", "Enter", "Tab", "Tab"])], 160, 50),
            ("/sanctions<Enter>nn", [.text("/sanctions"), .keys(["Enter", "n", "n"])], 120, 40),
            ("cLibya<Enter>n", [.text("cLibya"), .keys(["Enter", "n"])], 250, 70),
            ("s]", [.keys(["s", "]"])], 80, 24),
            ("?jj", [.keys(["?", "j", "j"])], 40, 12),
        ]
        for sequence in sequences {
            // Each reader a first run, as `render` is: not resuming where the one before was
            // (which saves its position as it ends, after `close` returns).
            newHome()
            let expected = normalised(render(width: sequence.width, height: sequence.height, keys: sequence.keys), height: sequence.height)
            XCTAssertTrue(expected.contains { !$0.isEmpty }, "render printed nothing for \(sequence.keys)")
            let s = try reader(width: sequence.width, height: sequence.height)
            // The live reader builds its indexes in the background and a key typed before one is
            // ready (a picker's Enter) finds it `indexing…`: start typing once the first screen
            // is the one render prints, topics in the sidebar included.
            let first = normalised(render(width: sequence.width, height: sequence.height, keys: ""), height: sequence.height)
            s.waitUntil("the first screen at \(sequence.width)x\(sequence.height)") { self.normalised($0, height: sequence.height) == first }
            type(sequence.typed, into: s)
            let what = "the live screen to equal render --keys '\(sequence.keys)' at \(sequence.width)x\(sequence.height)"
            let last = s.waitUntil(what, timeout: 5) { self.normalised($0, height: sequence.height) == expected }
            let live = normalised(last, height: sequence.height)
            if live != expected {
                XCTFail(LineDiff.diff(expected: expected.joined(separator: "\n"), actual: live.joined(separator: "\n")))
            }
            s.close()
        }
    }

    private func themes() -> [String] {
        Spawn.run([Spawn.colloquy, "--list-themes"]).output.split(separator: "\n").map(String.init)
    }

    /// The screen with its colours, every row but the status bar (which says what changed).
    private func styledBody(_ s: TmuxSession) -> [Substring] {
        s.tmux(["capture-pane", "-p", "-e", "-t", "e2e"]).output.split(separator: "\n").dropLast()
    }

    /// After `T` every cell is in the new theme at once: the screen is the one a reader started
    /// in that theme shows.
    func testThemeChangeRepaintsEverything() throws {
        let next = themes()[1]
        let s = try reader()
        s.waitForAll(["? help", "Libya · "])   // topics in: nothing more will change
        s.send("T")
        s.waitFor("theme: \(next)")
        s.send("j", "j")   // scrolling afterwards must not mix two themes either
        s.waitFor("? help")
        newHome()
        let fresh = try reader("--theme \(next)")
        fresh.waitForAll(["? help", "Libya · "])
        fresh.send("j", "j")
        var same = false
        for _ in 0..<100 where !same {
            same = styledBody(s) == styledBody(fresh)
            if !same { usleep(20_000) }
        }
        XCTAssertTrue(same, LineDiff.diff(expected: styledBody(fresh).joined(separator: "\n"), actual: styledBody(s).joined(separator: "\n")))
    }

    /// The theme chosen with `T` comes back with the reading position; `--theme` and
    /// `COLLOQUY_THEME` win over it.
    func testChosenThemeIsRememberedAndFlagsWin() throws {
        let names = themes()
        let first = try reader()
        first.waitFor("? help")
        first.send("T")
        first.waitFor("theme: \(names[1])")
        first.send("q")
        first.waitFor("EXIT=0")
        let again = try reader()
        again.waitFor("? help")
        again.send("T")
        again.waitFor("theme: \(names[2])")   // it started in names[1]
        again.send("q")
        again.waitFor("EXIT=0")
        let flagged = try reader("--theme default")
        flagged.waitFor("? help")
        flagged.send("T")
        flagged.waitFor("theme: \(names[1])")
        flagged.send("q")
        flagged.waitFor("EXIT=0")
        // The last reader saved names[1] again; the environment asks for names[3].
        let environment = try reader(environment: ["COLLOQUY_THEME": names[3]])
        environment.waitFor("? help")
        environment.send("T")
        environment.waitFor("theme: \(names[4])")
    }

    /// A regular expression recalled from the history (after quitting) is still one.
    func testHistoryKeepsRegexModeAcrossRuns() throws {
        let first = try reader()
        first.waitFor("? help")
        first.send("/", "C-r")
        first.send("Nov[a-z]+ok|Skripals?", literal: true)
        first.send("Enter")
        first.waitFor("/7 │")   // match N/7: Novichok six times, Skripals once
        first.send("q")
        first.waitFor("EXIT=0")
        let again = try reader()
        again.waitFor("? help")
        again.send("/", "Up")
        again.waitFor("regex /Nov[a-z]+ok|Skripals?")
        again.waitUntil("the recalled pattern to match") { $0.contains("Enter keeps") && !$0.contains("no match") }
        again.send("Enter")
        again.waitFor("/7 │")
    }
}
