import XCTest
import TranscriptKit
@testable import ReaderCore

/// The page set for the terminal: a readable measure, the sidebar taking what is left up to what
/// its titles need, the sidebar giving way at 80 columns and below.
final class LayoutTests: XCTestCase {
    static let sizes = [(40, 12), (80, 24), (120, 40), (160, 50), (250, 70)]

    func testStartScreenAtEverySize() throws {
        for (w, h) in Self.sizes {
            assertSnapshot(try ReaderFixture.state(w, h).render(), "layout-\(w)x\(h)")
        }
    }

    func testSidebarShownWithSAtSmallSizes() throws {
        assertSnapshot(try ReaderFixture.state(80, 24, keys: "s").render(), "layout-sidebar-80x24")
        assertSnapshot(try ReaderFixture.state(40, 12, keys: "s<Tab>").render(), "layout-sidebar-40x12")
    }

    func testTextKeepsToTheMeasureAndTheSidebarTakesWhatIsLeft() throws {
        for (w, h) in Self.sizes {
            let state = try ReaderFixture.state(w, h)
            let layout = Layout(state)
            XCTAssertLessThanOrEqual(layout.answer.width, 100, "\(w)x\(h)")
            XCTAssertEqual(layout.question.width, layout.answer.width)
            if let sidebar = layout.sidebar {
                XCTAssertGreaterThan(w, 80, "the sidebar gives way at 80 columns and below")
                XCTAssertLessThanOrEqual(sidebar.width, state.sidebarNeed)
                XCTAssertLessThanOrEqual(sidebar.maxX + 1, layout.answer.x, "panes start after the border")
            } else {
                XCTAssertLessThanOrEqual(w, 80)
            }
            XCTAssertLessThanOrEqual(layout.answer.maxX, w)
        }
        // 160 columns: the text has its measure, the sidebar all the rest.
        let wide = Layout(try ReaderFixture.state(160, 50))
        XCTAssertEqual(wide.answer.width, 100)
        XCTAssertEqual(wide.sidebar?.width, 59)
        // 250 columns: the sidebar stops at what its titles need; the rest is margin.
        let wider = try ReaderFixture.state(250, 70)
        XCTAssertEqual(Layout(wider).sidebar?.width, wider.sidebarNeed)
        XCTAssertFalse(wider.render().text.contains("…│"), "no exchange title is cut at 250 columns")
    }

    func testMeasureAndSidebarWidthAreSettings() throws {
        DisplayWidth.prepare()
        let document = ReaderFixture.interview
        let narrow = ReaderState(document: document, width: 160, height: 50, settings: LayoutSettings(measure: 70))
        XCTAssertEqual(Layout(narrow).answer.width, 70)
        XCTAssertTrue(narrow.render().text.split(separator: "\n").allSatisfy { $0.count <= 160 })
        let fixed = ReaderState(document: document, width: 160, height: 50, settings: LayoutSettings(sidebarWidth: 30))
        XCTAssertEqual(Layout(fixed).sidebar?.width, 30)
        XCTAssertEqual(Layout(fixed).answer.width, 100)
    }

    /// The question pane is as tall as its question, never taller (and at most 2/5 of the screen).
    func testQuestionPaneFitsItsQuestion() throws {
        for (w, h) in Self.sizes {
            for exchange in 1...9 {
                let state = try ReaderFixture.state(w, h, keys: ":\(exchange)<Enter>")
                let layout = Layout(state)
                let rows = state.questionText(width: layout.question.width).totalRows()
                XCTAssertEqual(layout.question.height, 1 + min(rows, (h - 1) * 2 / 5 - 1), "\(w)x\(h), question \(exchange)")
            }
        }
    }

    func testEveryKeyStillWorksAt40x12() throws {
        for keys in [":9<Enter>", "]]jjj", "s<Tab>jj<Enter>", "/libya<Enter>n", "cLibya<Enter>n", "?jj<Esc>", "m<Esc>'", "T"] {
            let state = try ReaderFixture.state(40, 12, keys: keys)
            assertInvariants(state)
        }
        XCTAssertTrue(try ReaderFixture.state(40, 12, keys: ":9<Enter>").render().text.contains("Question 9"))
    }
}
