import XCTest
import TranscriptKit
@testable import ReaderCore

/// The Speakers tab: who speaks how much, and `Enter` to where a speaker first speaks.
final class SpeakerReaderTests: XCTestCase {
    func testTheTabListsSpeakersByWordsWithTheSelectedOnesFigures() throws {
        let s = try ReaderFixture.state(120, 40, keys: "<Tab><Left><Left>")
        XCTAssertEqual(s.sidebarTab, .speakers)
        assertSnapshot(s.render(), "speakers-tab-120x40")
        let text = s.render().text
        XCTAssertTrue(text.contains(" 9 turns · 6,254 words · 91%"), text)
        XCTAssertTrue(text.contains(" answers 695 words on average"), text)
    }

    func testABriefingWithItsReporters() throws {
        let briefing = try ReaderFixture.document("briefing.txt")
        var s = try ReaderFixture.state(briefing, 80, 24, keys: "s<Tab><Left><Left>jjj")
        assertSnapshot(s.render(), "speakers-briefing-80x24")
        XCTAssertTrue(s.render().text.contains("─ LINDQVIST "), s.render().text)
        _ = s.handle(.enter)
        // Where the parser puts Lindqvist's one turn (line 29) is its business; the reader goes there.
        let exchange = try XCTUnwrap(briefing.blocks.first { $0.lines.contains(29) }?.exchange)
        XCTAssertEqual(s.currentSection.kind, .exchange(exchange))
        XCTAssertEqual(s.message, "LINDQVIST speaks in exchanges \(exchange)")
        assertInvariants(s)
        // Ctrl-O goes back to where the reader was.
        _ = s.handle(.ctrl("o"))
        XCTAssertEqual(s.currentSection.kind, .exchange(1))
    }

    func testSmallAndPlainFramesKeepTheirInvariants() throws {
        let briefing = try ReaderFixture.document("briefing.txt")
        for (w, h) in [(40, 12), (60, 20), (200, 50)] {
            for plain in [false, true] {
                var s = try ReaderFixture.state(briefing, w, h, keys: "s<Tab><Left><Left>", plain: plain)
                assertInvariants(s)
                for key in try KeyNotation.parse("jjjjjjkG<Enter>") { _ = s.handle(key); assertInvariants(s) }
            }
        }
        let plain = try ReaderFixture.state(briefing, 80, 24, keys: "s<Tab><Left><Left>", plain: true).render().text
        XCTAssertFalse(plain.contains("█"), "plain mode draws no bars")
    }
}
