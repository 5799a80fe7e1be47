import XCTest
@testable import TranscriptKit

/// Times in transcripts as links into the recording (`o`).
final class MediaTimeTests: XCTestCase {
    func testAParagraphsTimeIsItsOwnOrTheLastBeforeIt() throws {
        let doc = try Fixture.document("timestamps.txt")
        let born = try XCTUnwrap(doc.blocks.firstIndex { $0.text.hasPrefix("In a village near Oaxaca") })
        XCTAssertEqual(doc.time(at: born)?.text, "00:00:09")
        XCTAssertEqual(doc.time(at: born)?.seconds, 9)
        let vtt = try Fixture.document("podcast.vtt")
        XCTAssertEqual(vtt.time(at: vtt.blocks.count - 1).map { $0.seconds } != nil, true)
        XCTAssertNil(Document.embeddedInterview().time(at: 10))
        // The title, before any time, has none.
        XCTAssertNil(doc.time(at: 0))
    }

    func testThePlayerCommand() {
        XCTAssertEqual(Player.command("mpv --start={seconds} {media}", seconds: 72, time: "00:01:12", media: "tape 3's.mp3"),
                       "mpv --start=72 'tape 3'\\''s.mp3'")
        XCTAssertNil(Player.command("mpv {media}", seconds: 1, time: "0:01", media: nil))
        XCTAssertEqual(Player.command("echo {seconds} {time}", seconds: 5, time: "00:00:05", media: nil), "echo 5 00:00:05")
        XCTAssertEqual(Array(Player.candidates(beside: "/x/talk.en.vtt").prefix(2)), ["/x/talk.en.mp3", "/x/talk.en.m4a"])
        XCTAssertTrue(Player.candidates(beside: "/x/talk.en.vtt").contains("/x/talk.mp3"))
        XCTAssertTrue(Player.candidates(beside: "/x.y/talk").isEmpty)
    }
}
