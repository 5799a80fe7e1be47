import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A detached tmux session on a private socket, running one command, for end-to-end tests.
///
/// The command runs as `sh -c '…; echo EXIT=$?; exec sleep 600'` so its exit status shows on
/// screen and the pane outlives it. Always `close()` the session (tests do it in teardown).
public final class TmuxSession {
    public let socket: String
    private let name = "e2e"
    public private(set) var lastScreen = ""
    private var privateHome = ""

    public init(width: Int, height: Int, command: String, environment extra: [String: String] = [:]) throws {
        socket = "/tmp/colloquy-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("COLLOQUY_") }
        for key in ["NO_COLOR", "LINES", "COLUMNS", "TMUX", "TMUX_PANE"] { env.removeValue(forKey: key) }
        env["TERM"] = "tmux-256color"
        env["LANG"] = "C.UTF-8"
        env["SWIFT_BACKTRACE"] = "enable=no"
        // A private home for data, state and config, so tests never see (or change) the
        // user's bookmarks, history and themes, nor each other's.
        let home = "/tmp/colloquy-e2e-home-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        for (key, sub) in [("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")] {
            env[key] = "\(home)/\(sub)"
        }
        privateHome = home
        for (k, v) in extra { env[k] = v }
        let exports = env.filter { $0.key.hasPrefix("XDG_") || $0.key == "NO_COLOR" || extra[$0.key] != nil }
            .map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        let script = "\(exports) trap true INT; \(command); echo \"EXIT=$?\"; exec sleep 600"
        let result = Spawn.run(["tmux", "-S", socket, "-f", "/dev/null", "new-session", "-d", "-x", String(width),
                                "-y", String(height), "-s", name, "sh", "-c", script], environment: env)
        guard result.status == 0 else {
            throw Failure(message: "tmux did not start: \(result.error)")
        }
        tmux(["set-option", "-t", name, "status", "off"])
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    @discardableResult
    public func tmux(_ arguments: [String]) -> Spawn.Result {
        Spawn.run(["tmux", "-S", socket] + arguments)
    }

    /// Keys in tmux's names (`Enter`, `Escape`, `C-o`, `Down`) or literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) {
        tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    public func screen() -> String {
        lastScreen = tmux(["capture-pane", "-p", "-t", name]).output
        return lastScreen
    }

    /// Polls the screen until `predicate` holds, in 20 ms steps; on timeout the test fails
    /// with the last screen in the message.
    @discardableResult
    public func waitUntil(_ what: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line,
                          _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let s = screen()
            if predicate(s) { return s }
            if Date() > deadline {
                XCTFail("timed out waiting for \(what); screen:\n\(s)", file: file, line: line)
                return s
            }
            usleep(20_000)
        }
    }

    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitUntil("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Waits until every text is on screen at once: a frame can be caught half drawn, so
    /// checks on one capture must be part of the wait, not made after it.
    @discardableResult
    public func waitForAll(_ texts: [String], timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitUntil("all of \(texts)", timeout: timeout, file: file, line: line) { screen in texts.allSatisfy { screen.contains($0) } }
    }

    public func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// `#{alternate_on} #{cursor_flag} #{mouse_any_flag}` is `0 1 0` once a program gave the terminal back.
    public func display(_ format: String, target: String? = nil) -> String {
        tmux(["display-message", "-p", "-t", target ?? name, format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Ends the session and removes its private home. A reader hung up on saves its place as it
    /// goes, so the home is removed only once every process of the pane has exited: removed
    /// sooner, it was written again and left behind in /tmp.
    public func close() {
        let group = pid_t(display("#{pane_pid}")) ?? 0
        tmux(["kill-server"])
        unlink(socket)
        if group > 0 {
            let deadline = Date().addingTimeInterval(3)
            while kill(-group, 0) == 0 && Date() < deadline { usleep(10_000) }
        }
        try? FileManager.default.removeItem(atPath: privateHome)
    }

    deinit { close() }
}
