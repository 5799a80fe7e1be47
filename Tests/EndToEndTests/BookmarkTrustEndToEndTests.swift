import Foundation
import XCTest
import TestSupport

/// What the reader says about bookmarks is true even when it is killed, races another reader, or
/// the disk refuses.
final class BookmarkTrustEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var data = ""

    override func setUp() { data = NSTemporaryDirectory() + "colloquy-race-\(UUID().uuidString)" }

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        try? FileManager.default.removeItem(atPath: data)
    }

    private func reader() throws -> TmuxSession {
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)'",
                                environment: ["XDG_DATA_HOME": data, "XDG_STATE_HOME": data])
        sessions.append(s)
        return s
    }

    /// A first reader leaves one bookmark, without a note, in the file.
    private func bookmarkAParagraphAndQuit() throws {
        let first = try reader()
        first.waitFor("? help")
        first.send("m", "Enter")
        first.waitFor("bookmarked")
        first.send("q")
        first.waitFor("EXIT=0")
    }

    /// The notes in the bookmarks file under `data`, read directly (no process in between).
    private func savedNotes(_ data: String) -> [String] {
        let folder = data + "/colloquy"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard let name = names.first(where: { $0.hasSuffix(".json") && !$0.contains(".tmp-") }),
              let bytes = FileManager.default.contents(atPath: folder + "/" + name),
              let root = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
              let marks = root["bookmarks"] as? [[String: Any]] else { return [] }
        return marks.filter { $0["deleted"] as? Bool != true }.compactMap { $0["note"] as? String }
    }

    func testANoteAcknowledgedOnScreenSurvivesKillDashNine() throws {
        // Each round starts a reader, types a note and kills it (kill -9) the moment the status
        // bar acknowledges it: the note must be in the file every time. The disk is made slow
        // (each save waits 100 ms before its rename), so a reader that acknowledged before the
        // rename would lose the note every round. Five readers take turns in five windows of one
        // tmux server, each with its own data folder, so that the 50 rounds take seconds; one
        // tmux call reads every window's screen.
        let lanes = 5, rounds = 10
        let s = try reader()
        s.waitFor("? help")
        s.tmux(["set-option", "-g", "remain-on-exit", "on"])
        for lane in 1..<lanes { s.tmux(["new-window", "-d", "-t", "e2e:\(lane)", "sleep 600"]) }
        enum Phase { case idle, starting, noting, done }
        var phase = [Phase](repeating: .idle, count: lanes), round = [Int](repeating: -1, count: lanes)
        var pid = [pid_t](repeating: 0, count: lanes), lost: [String] = []
        let deadline = Date().addingTimeInterval(120)
        while phase.contains(where: { $0 != .done }) && Date() < deadline {
            let screens = s.tmux((0..<lanes).flatMap { ["capture-pane", "-p", "-t", "e2e:\($0)", ";", "display-message", "-p", "@@@", ";"] })
                .output.components(separatedBy: "@@@\n")
            for lane in 0..<lanes where screens.count > lane {
                let screen = screens[lane], folder = data + "/lane\(lane)"
                switch phase[lane] {
                case .idle:
                    round[lane] += 1
                    s.tmux(["respawn-pane", "-k", "-t", "e2e:\(lane)", "exec env COLLOQUY_TEST_SAVE_DELAY_MS=100 XDG_DATA_HOME='\(folder)' XDG_STATE_HOME='\(folder)' '\(Spawn.colloquy)'"])
                    pid[lane] = pid_t(s.display("#{pane_pid}", target: "e2e:\(lane)")) ?? 0
                    phase[lane] = .starting
                case .starting:
                    // The last round's screen may linger until the new reader draws its first frame.
                    guard screen.contains("? help") && !screen.contains("bookmarked") else { continue }
                    let target = "e2e:\(lane)"
                    s.tmux(["send-keys", "-t", target, "m", "C-u", ";", "send-keys", "-t", target, "-l", "note \(round[lane])", ";",
                            "send-keys", "-t", target, "Enter"])
                    phase[lane] = .noting
                case .noting:
                    guard screen.contains("bookmarked with a note") else { continue }
                    kill(pid[lane], SIGKILL)
                    if !savedNotes(folder).contains("note \(round[lane])") { lost.append("lane \(lane) round \(round[lane])") }
                    phase[lane] = round[lane] + 1 == rounds ? .done : .idle
                case .done:
                    break
                }
            }
            usleep(5_000)
        }
        XCTAssertEqual(phase.filter { $0 == .done }.count, lanes, "rounds left unfinished: \(round) \(phase)")
        XCTAssertEqual(lost, [], "notes acknowledged on screen, then lost to kill -9")
        // Whatever a killed save left behind goes the next time the store is opened.
        var env = ProcessInfo.processInfo.environment
        env["XDG_DATA_HOME"] = data + "/lane0"
        XCTAssertTrue(Spawn.run([Spawn.colloquy, "bookmarks"], environment: env).output.contains("— note \(rounds - 1)"))
        let files = (try? FileManager.default.contentsOfDirectory(atPath: data + "/lane0/colloquy")) ?? []
        XCTAssertFalse(files.contains { $0.contains(".tmp-") }, "\(files)")
    }

    func testAStaleReadersNoteDoesNotBringADeletedBookmarkBack() throws {
        try bookmarkAParagraphAndQuit()
        // Two readers open with the bookmark; A deletes it, then B (still showing it) edits its note.
        let a = try reader(), b = try reader()
        a.waitFor("? help")
        b.waitFor("? help")
        a.send("'")
        a.waitFor("Marks 1")
        a.send("d")
        a.waitFor("bookmark deleted (u undoes)")
        b.send("'")
        b.waitFor("Marks 1")
        b.send("e")
        b.waitFor("note:")
        b.send("from a stale window", literal: true)
        b.send("Enter")
        b.waitFor("that bookmark was deleted in another window")
        b.waitFor(" Marks ")
        a.send("q")
        b.send("q")
        a.waitFor("EXIT=0")
        b.waitFor("EXIT=0")
        XCTAssertEqual(savedNotes(data), [], "the deletion wins over the stale edit")
    }

    func testQuittingWithBookmarksTheDiskRefusedExitsOneAsDocumented() throws {
        try bookmarkAParagraphAndQuit()
        let folder = data + "/colloquy"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".json") {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder + "/" + name)
        }
        let s = try reader()
        s.waitFor("? help")
        s.send("]", "m", "Enter")
        s.waitFor("bookmarks kept in memory only")
        s.send("q")
        let screen = s.waitFor("EXIT=1")
        XCTAssertTrue(screen.contains("colloquy: bookmarks could not be saved: "), screen)
        // The status is documented where a user would look.
        let help = Spawn.run([Spawn.colloquy, "--help"]).output
        XCTAssertTrue(help.contains("the reader: quit, but the\nbookmarks could not be saved"), help)
        let manual = try String(contentsOf: Repository.root().appendingPathComponent("docs/colloquy.1"), encoding: .utf8)
        XCTAssertTrue(manual.contains("when the reader quit but\nits bookmarks could not be saved"))
    }
}
