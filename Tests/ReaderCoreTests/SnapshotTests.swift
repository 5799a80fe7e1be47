import XCTest
import TranscriptKit
@testable import ReaderCore

/// Frames at fixed sizes. Re-record with COLLOQUY_RECORD=1 after an intended change.
final class SnapshotTests: XCTestCase {
    func testStartScreen() throws {
        assertSnapshot(try ReaderFixture.state(120, 40).render(), "start-120x40")
        assertSnapshot(try ReaderFixture.state(80, 24).render(), "start-80x24")
        assertSnapshot(try ReaderFixture.state(40, 12).render(), "start-40x12")
    }

    func testJumpToTheLibyaExchange() throws {
        assertSnapshot(try ReaderFixture.state(120, 40, keys: ":9<Enter>").render(), "exchange9-120x40")
        assertSnapshot(try ReaderFixture.state(80, 24, keys: "]]").render(), "exchange3-80x24")
    }

    /// An exchange too short for key terms is listed by its title alone, with no dash before it.
    func testAnExchangeWithoutKeyTermsHasNoDashInTheSidebar() throws {
        let document = TranscriptParser.parse("""
        Q: What changed after the dam came down and the river ran free through the valley again?

        A: The salmon came back to the upper river within two seasons, and the gravel beds were clean.

        Q: Why?

        A: Yes.
        """)
        let frame = try ReaderFixture.state(document, 100, 12).render()
        let sidebar = frame.text.split(separator: "\n").map { String($0.prefix(24)) }
        XCTAssertTrue(sidebar.contains { $0.contains("2  Why?") }, sidebar.joined(separator: "\n"))
        XCTAssertFalse(sidebar.contains { $0.contains("2   —") }, sidebar.joined(separator: "\n"))
    }

    func testHelpOverlay() throws {
        assertSnapshot(try ReaderFixture.state(120, 40, keys: "?").render(), "help-120x40")
        assertSnapshot(try ReaderFixture.state(40, 12, keys: "?").render(), "help-40x12")
    }

    func testCaptionsHidden() throws {
        assertSnapshot(try ReaderFixture.state(120, 40, keys: "i").render(), "captions-hidden-120x40")
    }

    func testNarrowLayoutHidesTheSidebarUntilAsked() throws {
        assertSnapshot(try ReaderFixture.state(60, 20).render(), "narrow-60x20")
        assertSnapshot(try ReaderFixture.state(60, 20, keys: "s").render(), "narrow-sidebar-60x20")
    }

    func testUnicodeHeavyDocument() throws {
        let document = try ReaderFixture.document("unicode.txt")
        assertSnapshot(try ReaderFixture.state(document, 80, 24).render(), "unicode-80x24")
        assertSnapshot(try ReaderFixture.state(document, 41, 12, keys: "]").render(), "unicode-41x12")
    }

    func testHostileEscapesRenderAsPlaceholders() throws {
        let document = try ReaderFixture.document("hostile-escapes.txt")
        assertSnapshot(try ReaderFixture.state(document, 80, 24).render(), "hostile-80x24")
    }

    func testTooSmall() throws {
        assertSnapshot(try ReaderFixture.state(39, 11).render(), "too-small-39x11")
        for (w, h) in [(1, 1), (2, 1), (1, 5), (10, 3)] {
            assertInvariants(try ReaderFixture.state(w, h).render())
        }
    }
}
