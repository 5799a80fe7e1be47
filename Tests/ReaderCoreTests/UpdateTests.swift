import XCTest
import TranscriptKit
@testable import ReaderCore

/// What keys do to the state, checked the way a reader would notice.
final class UpdateTests: XCTestCase {
    func testStartsOnTheFirstExchangeWithTheAnswerFocused() throws {
        let state = try ReaderFixture.state(120, 40)
        XCTAssertEqual(state.currentSection.kind, .exchange(1))
        XCTAssertEqual(state.focus, .answer)
        XCTAssertTrue(state.render().text.contains("Question 1 · Sputnik"))
    }

    func testExchangeJumpsAndTheGoToPrompt() throws {
        XCTAssertEqual(try ReaderFixture.state(80, 24, keys: "]").currentSection.kind, .exchange(2))
        XCTAssertEqual(try ReaderFixture.state(80, 24, keys: "[").currentSection.kind, .introduction)
        XCTAssertEqual(try ReaderFixture.state(80, 24, keys: ":9<Enter>").currentSection.kind, .exchange(9))
        XCTAssertEqual(try ReaderFixture.state(80, 24, keys: ":0<Enter>").currentSection.kind, .introduction)
        let wrong = try ReaderFixture.state(80, 24, keys: ":42<Enter>")
        XCTAssertEqual(wrong.currentSection.kind, .exchange(1))
        XCTAssertEqual(wrong.message, "no exchange 42 (0–9)")
        let cancelled = try ReaderFixture.state(80, 24, keys: ":7<Esc>")
        XCTAssertEqual(cancelled.currentSection.kind, .exchange(1))
        XCTAssertNil(cancelled.prompt)
        XCTAssertTrue(try ReaderFixture.state(80, 24, keys: ":7").render().text.contains(":7█"))
    }

    func testBackAndForwardThroughJumps() throws {
        var state = try ReaderFixture.state(80, 24, keys: "jjj:5<Enter>]")
        XCTAssertEqual(state.currentSection.kind, .exchange(6))
        for (key, expected) in [(Key.ctrl("o"), Section.Kind.exchange(5)), (.ctrl("o"), .exchange(1)), (.ctrl("n"), .exchange(5))] {
            _ = state.handle(key)
            XCTAssertEqual(state.currentSection.kind, expected)
        }
        _ = state.handle(.ctrl("o"))
        XCTAssertEqual(state.answerAnchor, Anchor(position: 0, row: 3), "the scroll position comes back too")
        _ = state.handle(.ctrl("o"))
        XCTAssertEqual(state.message, "no earlier position")
    }

    func testScrollingStopsAtTheEnds() throws {
        var state = try ReaderFixture.state(80, 24, keys: "G")
        let end = state.answerAnchor
        _ = state.handle(.char("j"))
        XCTAssertEqual(state.answerAnchor, end)
        XCTAssertTrue(state.render().text.contains("100%"))
        _ = state.handle(.char("g"))
        XCTAssertEqual(state.answerAnchor, .top)
        _ = state.handle(.char("k"))
        XCTAssertEqual(state.answerAnchor, .top)
    }

    func testParagraphKeysMoveToParagraphStarts() throws {
        let state = try ReaderFixture.state(120, 40, keys: "}}")
        XCTAssertEqual(state.answerAnchor, Anchor(position: 2, row: 0))
        XCTAssertEqual(try ReaderFixture.state(120, 40, keys: "}}j{").answerAnchor, Anchor(position: 2, row: 0))
        XCTAssertEqual(try ReaderFixture.state(120, 40, keys: "}}{").answerAnchor, Anchor(position: 1, row: 0))
    }

    func testCaptionsToggleHidesEveryCaption() throws {
        let hidden = try ReaderFixture.state(120, 40, keys: "i").render().text
        XCTAssertFalse(hidden.contains("AP PHOTO"))
        XCTAssertTrue(hidden.contains("captions and page furniture hidden"))
        XCTAssertTrue(try ReaderFixture.state(120, 40, keys: "ii").render().text.contains("AP PHOTO"))
    }

    func testCaptionsToggleKeepsTheStandfirst() throws {
        // The introduction's standfirst is the article's own words, not a caption.
        let hidden = try ReaderFixture.state(120, 40, keys: ":0<Enter>i").render().text
        XCTAssertTrue(hidden.contains("During his interview with Sputnik"), hidden)
    }

    func testSidebarNavigationAndFocus() throws {
        var state = try ReaderFixture.state(120, 40, keys: "<Tab>")
        XCTAssertEqual(state.focus, .sidebar)
        for key in try KeyNotation.parse("jjj<Enter>") { _ = state.handle(key) }
        XCTAssertEqual(state.currentSection.kind, .exchange(4))
        let frame = state.render()
        let selectedRow = (0..<frame.height).first { frame[2, $0].element == .sidebarSelected }
        XCTAssertEqual(selectedRow, 5, "the selection is drawn on the entry for exchange 4")
        XCTAssertEqual(try ReaderFixture.state(120, 40, keys: "<Tab><Tab>").focus, .question)
        XCTAssertEqual(try ReaderFixture.state(120, 40, keys: "<S-Tab>").focus, .question)
    }

    func testSidebarGivesWayAtEightyColumnsAndToggles() throws {
        XCTAssertFalse(try ReaderFixture.state(80, 24).sidebarShown)
        XCTAssertTrue(try ReaderFixture.state(81, 24).sidebarShown)
        XCTAssertTrue(try ReaderFixture.state(80, 24, keys: "s").sidebarShown)
        XCTAssertFalse(try ReaderFixture.state(81, 24, keys: "s").sidebarShown)
        XCTAssertEqual(try ReaderFixture.state(79, 24, keys: "<Tab>").focus, .question, "no sidebar in the cycle")
        XCTAssertEqual(try ReaderFixture.state(79, 24, keys: "<Tab><Tab>").focus, .answer)
    }

    func testResizeKeepsThePositionValid() throws {
        var state = try ReaderFixture.state(120, 40, keys: ":2<Enter>GGG")
        for size in [(60, 20), (40, 12), (20, 5), (200, 60), (120, 40)] {
            _ = state.handle(.resize(width: size.0, height: size.1))
            assertInvariants(state)
        }
        XCTAssertEqual(state.currentSection.kind, .exchange(2))
    }

    func testMouseSelectsAndScrolls() throws {
        var state = try ReaderFixture.state(120, 40)
        _ = state.handle(.mouse(MouseEvent(kind: .press, x: 5, y: 8)))   // sidebar row 8: exchange 7
        XCTAssertEqual(state.currentSection.kind, .exchange(7))
        _ = state.handle(.mouse(MouseEvent(kind: .wheelDown, x: 60, y: 30)))
        XCTAssertEqual(state.focus, .answer)
        XCTAssertEqual(state.answerAnchor, Anchor(position: 0, row: 3))
    }

    func testThemeCyclingAndQuit() throws {
        var state = try ReaderFixture.state(80, 24, keys: "T")
        XCTAssertEqual(state.themeName, "mono")
        XCTAssertEqual(state.message, "theme: mono")
        XCTAssertEqual(state.handle(.char("q")), [.quit])
        XCTAssertEqual(state.handle(.ctrl("l")), [.redraw])
        XCTAssertEqual(state.handle(.ctrl("z")), [.suspend])
    }

    func testHelpOverlayListsEveryBinding() throws {
        var state = try ReaderFixture.state(200, 100, keys: "?")
        let text = state.render().text
        for binding in KeyMap.standard.bindings {
            XCTAssertTrue(text.contains(binding.help), "help is missing '\(binding.help)'")
        }
        _ = state.handle(.escape)
        XCTAssertNil(state.overlay)
    }

    func testEveryKeyOnEveryFixtureKeepsFramesValid() throws {
        let keys = "jjkk<PgDn><PgUp>dug G}{]]][[:3<Enter><Tab>jj<Enter><S-Tab>i?j<Esc>s<C-o><C-n>T<Resize:41x12>jj<Resize:100x30>"
        for name in ["unicode.txt", "hostile-escapes.txt"] {
            var state = try ReaderFixture.state(try ReaderFixture.document(name), 80, 24)
            for key in try KeyNotation.parse(keys) {
                _ = state.handle(key)
                assertInvariants(state)
            }
        }
        let empty = TranscriptParser.parse("")
        var state = ReaderState(document: empty, width: 80, height: 24)
        for key in try KeyNotation.parse(keys) { _ = state.handle(key) }
        assertInvariants(state)
    }
}
