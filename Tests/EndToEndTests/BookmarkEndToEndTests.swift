import Foundation
import XCTest
import TestSupport

/// Bookmarks survive quitting, other readers and being killed.
final class BookmarkEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var data: String = ""

    override func setUp() {
        data = NSTemporaryDirectory() + "colloquy-marks-\(UUID().uuidString)"
    }

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        try? FileManager.default.removeItem(atPath: data)
    }

    private func reader(_ arguments: String = "") throws -> TmuxSession {
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)' \(arguments)",
                                environment: ["XDG_DATA_HOME": data, "XDG_STATE_HOME": data])
        sessions.append(s)
        return s
    }

    private func listed(_ format: String = "text") -> Spawn.Result {
        var env = ProcessInfo.processInfo.environment
        env["XDG_DATA_HOME"] = data
        return Spawn.run([Spawn.colloquy, "bookmarks", "--format", format], environment: env)
    }

    func testBookmarkWithANoteSurvivesQuittingWithThePosition() throws {
        let s = try reader()
        s.waitFor("Question 1 · Sputnik")
        s.send(":", "9", "Enter")
        s.waitFor("Question 9 · Sputnik")
        s.send("m")
        s.waitFor("note on the answer:")
        s.send("Tunis, not Tripoli", literal: true)
        s.send("Enter")
        s.waitFor("bookmarked with a note")
        s.send("j", "j", "j", "q")
        s.waitFor("EXIT=0")
        XCTAssertTrue(listed().output.contains("9:155: Sergei Lavrov: “The Russian embassy is still operating"))
        XCTAssertTrue(listed().output.contains("— Tunis, not Tripoli"))

        let again = try reader()
        // The position came back: exchange 9, scrolled three lines (the speaker's name is above the top).
        again.waitUntil("exchange 9, scrolled") { $0.contains("Question 9 · Sputnik") && $0.contains("? help") && !$0.contains("  Sergei Lavrov\n") }
        again.send("'")
        again.waitFor("Marks 1")
        again.waitFor("Tunis, not Tripoli")
        again.send("q")
        again.waitFor("EXIT=0")
        let fresh = try reader("--no-resume")
        fresh.waitFor("Question 1 · Sputnik")
    }

    func testTwoReadersBookmarkingAtOnceKeepBoth() throws {
        let a = try reader(), b = try reader()
        a.waitFor("Question 1 · Sputnik")
        b.waitFor("Question 1 · Sputnik")
        a.send(":", "2", "Enter", "m")
        b.send(":", "7", "Enter", "m")
        a.waitFor("note on the answer:")
        b.waitFor("note on the answer:")
        a.send("from a", literal: true)
        b.send("from b", literal: true)
        a.send("Enter")
        b.send("Enter")
        a.waitFor("bookmarked")
        b.waitFor("bookmarked")
        // Which save lands first is up to the scheduler; either way the file must end with both.
        a.send("q")
        b.send("q")
        a.waitFor("EXIT=0")
        b.waitFor("EXIT=0")
        let notes = listed().output
        XCTAssertTrue(notes.contains("— from a") && notes.contains("— from b"), notes)
    }

    func testKillingTheReaderWhileItSavesNeverLeavesABrokenFile() throws {
        for round in 0..<8 {
            let s = try reader()
            s.waitFor("? help")
            for _ in 0..<6 { s.send("m", "Enter", "]") }
            usleep(useconds_t(Int.random(in: 0...40_000)))
            Spawn.run(["pkill", "-KILL", "-P", s.display("#{pane_pid}")])
            s.waitFor("EXIT=137")
            let json = listed("json")
            XCTAssertEqual(json.status, 0, "round \(round): \(json.error)")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.output.utf8)), "round \(round)")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: data + "/colloquy")) ?? []
            XCTAssertFalse(files.contains { $0.contains(".damaged-") }, "round \(round): \(files)")
            s.close()
        }
        XCTAssertGreaterThan(listed().output.split(separator: "\n").count, 0, "some bookmarks were saved")
    }

    func testExportWritesMarkdownAndSaysWhere() throws {
        let folder = data + "/cwd"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let s = try TmuxSession(width: 120, height: 40, command: "cd '\(folder)' && '\(Spawn.colloquy)'",
                                environment: ["XDG_DATA_HOME": data, "XDG_STATE_HOME": data])
        sessions.append(s)
        s.waitFor("Question 1")
        s.send("m", "Enter", "E")
        s.waitFor("bookmarks written to")
        let markdown = try String(contentsOfFile: folder + "/lavrov-sputnik-2020-09-17-bookmarks.md", encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("# Bookmarks: Exclusive: Sergei Lavrov"))
        XCTAssertTrue(markdown.contains("## Exchange 1: "))
        XCTAssertTrue(markdown.contains("> **Sergei Lavrov:** I think that everyone"))
    }
}
