import XCTest
@testable import ReaderCore

/// `--plain`: words only, speakers named with their role, the cursor on the line being read.
final class PlainTests: XCTestCase {
    /// Box drawing, block elements, and the reader's own marks.
    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        (0x2500...0x259F).contains(scalar.value) || "•▸┆·↑↓←→".unicodeScalars.contains(scalar)
    }

    /// Cells drawn by the reader rather than copied from the document.
    private static let chrome: Set<Element> = [.border, .paneTitle, .paneTitleFocused, .sidebar, .sidebarCurrent,
                                               .sidebarSelected, .sidebarTab, .sidebarTabActive, .status, .statusMessage,
                                               .help, .helpKey, .prompt, .gutter, .speaker]

    private func assertPlain(_ frame: Frame, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<frame.height {
            for x in 0..<frame.width where Self.chrome.contains(frame[x, y].element) {
                let glyph = frame[x, y].glyph
                if let scalar = Unicode.Scalar(glyph.base), Self.isDecoration(scalar) {
                    XCTFail("\(what): '\(Character(scalar))' at \(x),\(y)\n\(frame.text)", file: file, line: line)
                    return
                }
            }
        }
    }

    func testSnapshotsAt80x24() throws {
        assertSnapshot(try ReaderFixture.state(80, 24, plain: true).render(), "plain-start-80x24")
        assertSnapshot(try ReaderFixture.state(80, 24, keys: "?", plain: true).render(), "plain-help-80x24")
        assertSnapshot(try ReaderFixture.state(80, 24, keys: "]]<Tab><Tab>jj", plain: true).render(), "plain-exchange3-80x24")
        assertSnapshot(try ReaderFixture.state(80, 24, keys: "/Libya", plain: true).render(), "plain-search-80x24")
    }

    func testNoDecorationAnywhereTheReaderDraws() throws {
        for keys in ["", "?", "<Tab>", "]]<Tab><Tab>", "/Libya", "/Libya<Enter>", "c", "<Tab>llll", "m", ":"] {
            assertPlain(try ReaderFixture.state(80, 24, keys: keys, plain: true).render(), "after \(keys)")
            assertPlain(try ReaderFixture.state(120, 40, keys: keys, plain: true).render(), "after \(keys) at 120×40")
        }
        // The same states drawn normally do decorate, so the check above can fail.
        let drawn = try ReaderFixture.state(80, 24).render()
        XCTAssertTrue(drawn.text.contains("─") && drawn.text.contains("│"))
    }

    func testEachTurnStartsWithRoleAndSpeakerInWords() throws {
        let frame = try ReaderFixture.state(80, 24, plain: true).render().text
        XCTAssertTrue(frame.contains("Question, Sputnik:"), frame)
        XCTAssertTrue(frame.contains("Answer, Sergei Lavrov:"), frame)
        XCTAssertFalse(try ReaderFixture.state(80, 24).render().text.contains("Question, Sputnik:"))
    }

    func testTheCursorStaysOnTheLineBeingRead() throws {
        var state = try ReaderFixture.state(120, 40, plain: true)   // 80 columns hide the sidebar
        func lineAtCursor() -> String {
            let frame = state.render()
            guard let cursor = frame.cursor else { return "(no cursor)" }
            return String(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[cursor.y]
                .dropFirst(cursor.x).prefix(30))
        }
        XCTAssertTrue(lineAtCursor().hasPrefix("Answer, Sergei Lavrov:"), lineAtCursor())
        _ = state.handle(.char("j"))
        XCTAssertTrue(lineAtCursor().hasPrefix("I think that everyone"), lineAtCursor())
        _ = state.handle(.tab)   // the sidebar, on the exchange being read
        XCTAssertTrue(lineAtCursor().hasPrefix("> 1  exceptionalism, United S"), lineAtCursor())
        _ = state.handle(.char("j"))
        XCTAssertTrue(lineAtCursor().hasPrefix("  2  Novichok, Taliban"), lineAtCursor())
        _ = state.handle(.tab)   // the question
        XCTAssertTrue(lineAtCursor().hasPrefix("Question, Sputnik:"), lineAtCursor())
        _ = state.handle(.char("/"))
        _ = state.handle(.char("L"))
        let prompt = state.render()
        XCTAssertEqual(prompt.cursor?.y, 39, "typing goes in the status bar")
        XCTAssertNil(try ReaderFixture.state(80, 24).render().cursor, "the normal reader hides the cursor")
    }
}
