import Foundation
import XCTest
import TestSupport

/// Signals end the reader and give the terminal back, even when it is busy computing.
final class SignalEndToEndTests: XCTestCase {
    private var session: TmuxSession?
    private var data = ""

    override func setUp() { data = NSTemporaryDirectory() + "colloquy-signals-\(UUID().uuidString)" }

    override func tearDown() {
        session?.close()
        session = nil
        try? FileManager.default.removeItem(atPath: data)
    }

    /// The reader with `COLLOQUY_TEST_BUSY_KEY=%`: typing `%` sets its run loop computing for
    /// ever, never looking at signals, as a pathological input could.
    private func start(_ environment: [String: String] = [:]) throws -> TmuxSession {
        var env = ["COLLOQUY_TEST_BUSY_KEY": "%", "XDG_DATA_HOME": data]
        env.merge(environment) { $1 }
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)'", environment: env)
        session = s
        return s
    }

    private func signal(_ name: String, _ s: TmuxSession) {
        Spawn.run(["pkill", "-\(name)", "-P", s.display("#{pane_pid}")])
    }

    func testTerminateInterruptAndHangUpEndABusyReader() throws {
        for (name, status) in [("TERM", 143), ("INT", 130), ("HUP", 129)] {
            let s = try start()
            s.waitFor("Question 1")
            s.send("m")
            s.waitFor("note on the answer:")
            s.send("C-u")   // the same paragraph each round: its note replaced
            s.send("kept through \(name)", literal: true)
            s.send("Enter")
            s.waitFor("bookmarked with a note")
            s.send("%")
            usleep(50_000)   // let the key reach the loop; the test does not depend on how long
            signal(name, s)
            s.waitFor("EXIT=\(status)")
            XCTAssertEqual(s.display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}"), "0 1 0", name)
            s.close()
            var env = ProcessInfo.processInfo.environment
            env["XDG_DATA_HOME"] = data
            XCTAssertTrue(Spawn.run([Spawn.colloquy, "bookmarks"], environment: env).output.contains("— kept through \(name)"))
        }
    }

    func testQuitRestoresTheTerminalWithoutACrashReport() throws {
        // With the Swift runtime's backtracer on, as it is for a user: it must not take SIGQUIT.
        for busy in [false, true] {
            let s = try start(["SWIFT_BACKTRACE": "enable=yes"])
            s.waitFor("Question 1")
            if busy {
                s.send("%")
                usleep(50_000)
            }
            signal("QUIT", s)
            let screen = s.waitFor("EXIT=131")
            XCTAssertEqual(s.display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}"), "0 1 0")
            XCTAssertFalse(screen.contains("crashed") || screen.contains("Backtrace") || screen.contains("interact"), screen)
            s.close()
        }
    }
}
