import XCTest
import TranscriptKit
@testable import ReaderCore

/// Search as the reader sees it: prompt, highlights, counts, n/N, the Search tab.
final class SearchReaderTests: XCTestCase {
    private func state(_ keys: String, _ width: Int = 120, _ height: Int = 40) throws -> ReaderState {
        DisplayWidth.prepare()
        var state = ReaderState(document: ReaderFixture.interview, width: width, height: height)
        for key in try KeyNotation.parse(keys) { _ = state.handleSynchronously(key) }
        return state
    }

    /// Words drawn in an element, read off the frame.
    private func words(_ frame: Frame, _ element: Element) -> [String] {
        var found: [String] = []
        for y in 0..<frame.height {
            var word = ""
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.element == element && !cell.isContinuation, let s = Unicode.Scalar(cell.glyph.base) {
                    word.unicodeScalars.append(s)
                } else if !word.isEmpty {
                    found.append(word)
                    word = ""
                }
            }
            if !word.isEmpty { found.append(word) }
        }
        return found
    }

    func testAHugeSectionIsListedOncePerPaneNotPerFrame() throws {
        // An introduction of 200,000 short paragraphs: every frame used to list it afresh (and
        // hash its speakers), 18-30 s a key at 100 MB.
        let intro = Array(repeating: "A line of the introduction.", count: 200_000).joined(separator: "\n\n")
        let document = TranscriptParser.parse(intro + "\n\nHost: Why?\n\nGuest: Because it is.\n")
        var s = try ReaderFixture.state(document, 120, 40)
        for key in try KeyNotation.parse("[") { _ = s.handleSynchronously(key) }
        XCTAssertTrue(s.render().text.contains("A line of the introduction."), s.render().text)
        let listed = s.cache.panesListed, wrapped = s.cache.blocksWrapped
        for key in try KeyNotation.parse("jjjjkkkk") { _ = s.handleSynchronously(key); _ = s.render() }
        XCTAssertEqual(s.cache.panesListed, listed, "each pane's blocks listed once, not per frame")
        XCTAssertLessThan(wrapped, 1_000, "the first frame wraps what it shows")
        XCTAssertLessThan(s.cache.blocksWrapped - wrapped, 100, "scrolling wraps the rows it brings in")
    }

    func testALongParagraphIsHighlightedFromHitsWorkedOutOnce() throws {
        // One paragraph of 8,000 words, a sixth of them "minister": drawing a line must not go
        // through every hit of the paragraph (that was quadratic: 84 s for a 1 MB paragraph).
        let text = (0..<8_000).map { $0 % 6 == 0 ? "minister" : "word\($0 % 7)" }.joined(separator: " ")
        let document = TranscriptParser.parse("Host: Q?\n\nGuest: " + text + ".\n")
        var s = try ReaderFixture.state(document, 120, 40)
        for key in try KeyNotation.parse("/minis<Enter>nnn") { _ = s.handleSynchronously(key) }
        XCTAssertEqual(s.search?.hits.count, 1_334)
        let frame = s.render()
        let onScreen = frame.text.components(separatedBy: "minister").count - 1
        XCTAssertGreaterThan(onScreen, 50)
        XCTAssertEqual(words(frame, .highlight), ["minis"])
        XCTAssertEqual(words(frame, .match).filter { $0 == "minis" }.count + 1, onScreen, "every minister on screen is marked")
        for key in try KeyNotation.parse("<Tab>ljjj") { _ = s.handleSynchronously(key) }   // the Search tab's entries too
        XCTAssertTrue(s.render().text.contains("…word"), s.render().text)
        XCTAssertEqual(s.cache.highlightsComputed, 5, "once per query typed (m, mi, min, mini, minis), not per line or entry drawn")
    }

    func testEndingASearchLeavesTheSearchTab() throws {
        for ending in ["<Esc>", "t<Enter>", "csyr<Enter>"] {
            let state = try ReaderFixture.state(120, 40, keys: "/libya<Enter><Tab>l" + ending)
            XCTAssertNil(state.search, ending)
            XCTAssertEqual(state.sidebarTab, .exchanges, ending)
            assertInvariants(state)
        }
        XCTAssertEqual(try ReaderFixture.state(120, 40, keys: "/libya<Enter><Tab>l").sidebarTab, .search)
    }

    func testTypingHighlightsAndMovesToTheFirstMatch() throws {
        let s = try state("/novichok")
        XCTAssertEqual(s.currentSection.kind, .exchange(2))
        XCTAssertEqual(s.search?.hits.count, 6)
        let frame = s.render()
        XCTAssertEqual(words(frame, .highlight), ["Novichok"])
        XCTAssertTrue(words(frame, .match).allSatisfy { $0.hasPrefix("Novichok") })
        XCTAssertTrue(frame.text.contains("/novichok█"))
        XCTAssertTrue(frame.text.contains("match 1/6"))
    }

    func testEnterKeepsTheSearchAndNextMovesAcrossExchanges() throws {
        var s = try state("/sanctions<Enter>")
        XCTAssertNil(s.prompt)
        XCTAssertEqual(s.search?.current, 0)
        XCTAssertEqual(s.currentSection.kind, .exchange(1))
        for _ in 0..<4 { _ = s.handleSynchronously(.char("n")) }
        XCTAssertEqual(s.currentSection.kind, .exchange(2))
        XCTAssertEqual(s.focus, .question, "the hit is in the question")
        XCTAssertTrue(s.render().text.contains("match 5/17"))
        _ = s.handleSynchronously(.char("N"))
        XCTAssertEqual(s.currentSection.kind, .exchange(1))
        _ = s.handleSynchronously(.ctrl("o"))
        XCTAssertEqual(s.currentSection.kind, .exchange(2), "n/N across exchanges are jumps")
    }

    func testWrappingAtTheEndsSaysSo() throws {
        var s = try state("/tripoli<Enter>nn")
        XCTAssertEqual(s.search?.current, 2)
        _ = s.handleSynchronously(.char("n"))
        XCTAssertEqual(s.search?.current, 0)
        XCTAssertEqual(s.message, "search wrapped to the top")
        _ = s.handleSynchronously(.char("N"))
        XCTAssertEqual(s.message, "search wrapped to the bottom")
    }

    func testEscapeWhileTypingRestoresTheView() throws {
        let s = try state(":5<Enter>jj/tripo<Esc>")
        XCTAssertEqual(s.currentSection.kind, .exchange(5))
        XCTAssertEqual(s.answerAnchor, Anchor(position: 0, row: 2))
        XCTAssertNil(s.search)
    }

    func testRegexToggleAndInvalidPattern() throws {
        let regex = try state("/<C-r>libya(n|\\b)")
        XCTAssertEqual(regex.prompt?.isRegex, true)
        XCTAssertGreaterThan(regex.search?.hits.count ?? 0, 5)
        let invalid = try state("/<C-r>(libya")
        XCTAssertNotNil(invalid.search?.error)
        XCTAssertTrue(invalid.render().text.contains("invalid: missing ')'"))
    }

    func testHistoryRecall() throws {
        var s = try state("/tripoli<Enter>/syria<Enter>")
        XCTAssertEqual(s.history, [SearchQuery("tripoli"), SearchQuery("syria")])
        for key in try KeyNotation.parse("/<Up><Up>") { _ = s.handleSynchronously(key) }
        XCTAssertEqual(s.prompt?.text, "tripoli")
        _ = s.handleSynchronously(.down)
        XCTAssertEqual(s.prompt?.text, "syria")
        var fresh = try state("/idlib")
        XCTAssertEqual(fresh.handle(.enter), [.saveHistory([SearchQuery("idlib")])])
    }

    /// A regular expression comes back from the history as one, and matches again.
    func testHistoryKeepsRegexMode() throws {
        var s = try state("/<C-r>Nov[a-z]+ok|Skripals?<Enter>/sanctions<Enter>")
        XCTAssertEqual(s.history, [SearchQuery("Nov[a-z]+ok|Skripals?", isRegex: true), SearchQuery("sanctions")])
        for key in try KeyNotation.parse("/<Up><Up>") { _ = s.handleSynchronously(key) }
        XCTAssertEqual(s.prompt?.isRegex, true)
        XCTAssertGreaterThan(s.search?.hits.count ?? 0, 0, "the pattern matched as plain text")
        _ = s.handleSynchronously(.down)
        XCTAssertEqual(s.prompt?.isRegex, false)
        XCTAssertEqual(s.prompt?.text, "sanctions")
    }

    func testHiddenCaptionsAreSkippedAndCounted() throws {
        var s = try state("i/idlib<Enter>")
        XCTAssertEqual(s.search?.current, 1, "the first Idlib is in a caption, hidden")
        XCTAssertTrue(s.render().text.contains("match 2/2 (1 hidden by i)"))
        _ = s.handleSynchronously(.char("n"))
        XCTAssertEqual(s.search?.current, 1)
    }

    func testSearchTabListsHitsAndOpensThem() throws {
        var s = try state("/tripoli<Enter><Tab>l")
        XCTAssertEqual(s.sidebarTab, .search)
        let frame = s.render()
        XCTAssertTrue(frame.text.contains("Search 3"))
        XCTAssertEqual(words(frame, .match).filter { $0.hasPrefix("Tripoli") }.count, 3)
        for key in try KeyNotation.parse("jj<Enter>") { _ = s.handleSynchronously(key) }
        XCTAssertEqual(s.search?.current, 2)
        assertSnapshot(s.render(), "search-tab-120x40")
    }

    func testANewSearchWithFewerHitsKeepsTheSearchTabSelectionAmongThem() throws {
        // Found by fuzzing: the third of three hits selected, then a search matching nothing.
        var s = try state("/tripoli<Enter><Tab>ljj/e")
        XCTAssertGreaterThan(s.sidebarSelection, 0, "the first e after the third Tripoli")
        for key in try KeyNotation.parse("qqx") { _ = s.handleSynchronously(key) }
        XCTAssertEqual(s.sidebarTab, .search)
        XCTAssertEqual(s.search?.hits.count, 0)
        XCTAssertEqual(s.sidebarSelection, 0)
        XCTAssertEqual(s.invariantViolations, [])
    }

    func testStaleResultsAreDropped() throws {
        var s = try state("")
        let first = s.handle(.char("/")) + s.handle(.char("s"))
        XCTAssertEqual(first, [.search(SearchQuery("s"), generation: 1)])
        _ = s.handle(.char("y"))
        s.receive(s.searchIndex.search(SearchQuery("s")), generation: 1)
        XCTAssertTrue(s.search?.isPending == true, "results for 's' arrive after 'sy' was typed")
        s.receive(s.searchIndex.search(SearchQuery("sy")), generation: 2)
        XCTAssertEqual(s.search?.query.text, "sy")
        XCTAssertFalse(s.search?.isPending ?? true)
    }
}
