import Foundation
import XCTest
import TestSupport

/// `colloquy speakers` and the reader's Speakers tab, driven as a user would.
final class SpeakersEndToEndTests: XCTestCase {
    private var session: TmuxSession?

    override func tearDown() {
        session?.close()
        session = nil
    }

    private static let briefing = Repository.root().appendingPathComponent("Tests/ReaderCoreTests/Fixtures/briefing.txt").path

    func testTheCommandPrintsATableOfTheEmbeddedInterview() {
        let r = Spawn.run([Spawn.colloquy, "speakers"], environment: Spawn.environmentWithoutSettings)
        XCTAssertEqual(r.status, 0, r.error)
        let lines = r.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, r.output)
        XCTAssertTrue(lines[0].hasSuffix(" — 2 speakers, 6897 words in 18 turns"), lines[0])
        XCTAssertTrue(lines[2].hasPrefix("Sergei Lavrov  interviewee      9   6254   91% "), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("Sputnik        interviewer      9    643    9% "), lines[3])
    }

    func testABriefingReadsOneOfficialAndTheReporters() {
        let r = Spawn.run([Spawn.colloquy, "speakers", Self.briefing], environment: Spawn.environmentWithoutSettings)
        XCTAssertEqual(r.status, 0, r.error)
        // Counted by hand from the fixture: Okafor's ten turns (her opening 55 words, then
        // answers of 145 words in nine turns), the generic `Q` in five, two named reporters.
        let rows = r.output.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").joined(separator: " ") }
        let expected = ["MS. OKAFOR interviewee 10 200 68%", "Q interviewer 5 51 17%", "BAKER interviewer 3 29 10%", "LINDQVIST interviewer 1 14 5%"]
        XCTAssertEqual(rows.count, expected.count, r.output)
        for (row, start) in zip(rows, expected) { XCTAssertTrue(row.hasPrefix(start), row) }
        XCTAssertTrue(rows[0].contains(" 0 16 1–"), rows[0])   // asks nothing; 145 / 9 words an answer; speaks in every exchange
    }

    func testTheSpeakersTabInTheReader() throws {
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)' '\(Self.briefing)'")
        session = s
        s.waitFor("Question 1 · Q")
        s.send("Tab")
        s.send("Left")
        s.send("Left")
        s.waitForAll(["Speakers", "MS. OKAFOR", "68%", "10 turns · 200 words · 68%"])
        s.send("j")
        s.send("j")
        s.send("Enter")
        // Which exchanges are Baker's is the parser's call; that the reader goes to the first is this test's.
        s.waitForAll(["BAKER speaks in exchanges ", "Question", " · BAKER ─"])
    }
}
