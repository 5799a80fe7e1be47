import XCTest
@testable import TranscriptKit
@testable import ReaderCore

/// What a new user tripped over (issue 15): focus, which pane `m` marks, the help at 40 columns,
/// the theme kept with the reading position.
final class FinishTests: XCTestCase {
    /// From the sidebar, `:3 Enter` then one Tab lands in the question: the status says so, and
    /// `m` says it marks the question.
    func testFocusIsSaidAndMarkNamesItsPane() throws {
        let afterTab = try ReaderFixture.state(120, 40, keys: "<Tab>:3<Enter><Tab>")
        XCTAssertEqual(afterTab.focus, .question)
        XCTAssertTrue(afterTab.render().text.contains("question focused; Tab: answer"), afterTab.render().text)
        let marking = try ReaderFixture.state(120, 40, keys: "<Tab>:3<Enter><Tab>m")
        XCTAssertTrue(marking.render().text.contains("note on the question: "), marking.render().text)
        var s = try ReaderFixture.state(120, 40, keys: "<Tab>:3<Enter><Tab>mtypo<Enter>")
        s.bookmarksSaved(s.allBookmarks, request: s.saveRequests)
        XCTAssertEqual(s.message, "bookmarked with a note (question)")
        let fromSidebar = try ReaderFixture.state(120, 40, keys: "<Tab>m")
        XCTAssertTrue(fromSidebar.render().text.contains("note on the answer: "))
    }

    /// The focused sidebar draws its open tab as a focused pane's title; unfocused it does not.
    func testSidebarFocusIsDrawn() throws {
        func tabElements(_ state: ReaderState) -> Set<Element> {
            let frame = state.render()
            return Set((0..<30).map { frame[$0, 0].element })
        }
        XCTAssertFalse(tabElements(try ReaderFixture.state(120, 40)).contains(.paneTitleFocused))
        XCTAssertTrue(tabElements(try ReaderFixture.state(120, 40, keys: "<Tab>")).contains(.paneTitleFocused))
        let frame = try ReaderFixture.state(120, 40, keys: "<Tab>").render()
        XCTAssertFalse((0..<120).contains { frame[$0, 0].element == .paneTitleFocused && $0 > 30 },
                       "the question pane's title is not drawn focused too")
    }

    /// At 40 columns every help text is shown whole, wrapped under its keys.
    func testHelpWrapsAtFortyColumns() throws {
        let frame = try ReaderFixture.state(40, 200, keys: "?").render()
        let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false).map { row -> String in
            let inside = row.dropFirst(2).prefix(36)
            return inside.trimmingCharacters(in: .whitespaces)
        }
        let joined = rows.joined(separator: " ")
        for binding in KeyMap.standard.bindings {
            XCTAssertTrue(joined.contains(binding.help), "'\(binding.help)' cut or missing")
        }
        XCTAssertTrue(joined.contains("up a line (sidebar: previous entry)"))
    }

    /// The theme chosen with `T` is saved with the reading position.
    func testThemeIsPartOfTheReadingPosition() throws {
        let state = try ReaderFixture.state(120, 40, keys: "T")
        XCTAssertEqual(state.themeName, "mono")
        XCTAssertEqual(state.readingPosition.theme, "mono")
        var file = BookmarkFile(document: .init(sha256: "x", name: "x"), position: state.readingPosition)
        file.position?.saved = Date(timeIntervalSince1970: 1_800_000_000)
        XCTAssertEqual(BookmarkFile.decode(file.encoded())?.position?.theme, "mono")
    }
}
