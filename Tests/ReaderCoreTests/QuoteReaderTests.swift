import XCTest
import TranscriptKit
@testable import ReaderCore

/// `v`, `V` and `y`: a quote chosen by sentence or paragraph, copied with its citation.
final class QuoteReaderTests: XCTestCase {
    private func copied(_ keys: String, template: String? = nil) throws -> (text: String?, state: ReaderState) {
        var s = try ReaderFixture.state(120, 40)
        if let template { s.citationTemplate = template }
        var text: String?
        for key in try KeyNotation.parse(keys) {
            for effect in s.handle(key) { if case .copy(let t) = effect { text = t } }
            assertInvariants(s)
        }
        return (text, s)
    }

    private let title = "Exclusive: Sergei Lavrov Talks About West’s Historical Revisionism, US Election and Navalny Case"

    func testThreeSentencesOfTheFirstAnswer() throws {
        let (text, state) = try copied("vjjy")
        XCTAssertEqual(text, "“I think that everyone who is closely and professionally following the US political in-fighting, has deduced "
            + "that political in-fighting has always been a motive for the positions held both by the Republicans and the Democrats. "
            + "What we are observing today is no exception. The key thing [for parties] here is to collect as many arguments as "
            + "possible to outrun your rivals in the information, rhetorical and polemical field.” — Sergei Lavrov, \(title), "
            + "17 Sep 2020, exchange 1, lines 13")
        XCTAssertNil(state.selection, "copying ends the selection")
        XCTAssertEqual(state.message, "copied \(text?.count ?? 0) characters")
    }

    func testASelectionAcrossTwoParagraphsSkipsTheCaptionBetween() throws {
        // `}` runs to the end of the first paragraph (line 13), `)` one sentence into the next
        // paragraph of speech (line 19; line 17 is a photo caption).
        let text = try XCTUnwrap(copied("v})y").text)
        XCTAssertTrue(text.hasPrefix("“I think that everyone"), text)
        XCTAssertTrue(text.contains("processes in the US. We’ve gotten used to that over the past years.”"), text)
        XCTAssertFalse(text.contains("AP PHOTO"), text)
        XCTAssertTrue(text.hasSuffix(" — Sergei Lavrov, \(title), 17 Sep 2020, exchange 1, lines 13–19"), text)
    }

    func testWithoutASelectionTheParagraphAtTheTopOfThePane() throws {
        let question = try XCTUnwrap(copied("<S-Tab>y").text)   // the question pane
        XCTAssertTrue(question.hasPrefix("“If you don’t mind, let’s start"), question)
        XCTAssertTrue(question.hasSuffix("international processes?” — Sputnik, \(title), 17 Sep 2020, exchange 1, lines 11"), question)
        let paragraphs = try XCTUnwrap(copied("Vjy").text)
        XCTAssertTrue(paragraphs.contains("processes in the US. We’ve gotten used to that over the past years. It started"), paragraphs)
        XCTAssertTrue(paragraphs.hasSuffix("lines 13–19"), paragraphs)
    }

    func testTheTemplateIsTheConfigFiles() throws {
        let text = try copied("vy", template: "{quote} ({speaker}[, {date}][, page {page}], line {lines})").text
        XCTAssertEqual(text, "I think that everyone who is closely and professionally following the US political in-fighting, has deduced "
            + "that political in-fighting has always been a motive for the positions held both by the Republicans and the Democrats. "
            + "(Sergei Lavrov, 17 Sep 2020, page {page}, line 13)")
    }

    func testTheSelectionIsDrawnAndABookmarkKeepsItsExactText() throws {
        var (_, s) = try copied("vj")
        assertSnapshot(s.render(), "quote-selection-120x40")
        let frame = s.render()
        let highlighted = frame.cells.filter { $0.element == .highlight }.count
        XCTAssertGreaterThan(highlighted, 200, "two sentences are drawn as selected")
        for key in try KeyNotation.parse("mquote<Enter>") { _ = s.handle(key) }
        XCTAssertEqual(s.bookmarks.count, 1)
        XCTAssertEqual(s.bookmarks[0].quote, "I think that everyone who is closely and professionally following the US political in-fighting, "
            + "has deduced that political in-fighting has always been a motive for the positions held both by the Republicans and the "
            + "Democrats. What we are observing today is no exception.")
        XCTAssertEqual(s.bookmarks[0].start, 0)
        XCTAssertEqual(s.bookmarks[0].note, "quote")
        XCTAssertNil(s.selection)
    }

    func testEscapeEndsASelectionAndAJumpDropsIt() throws {
        XCTAssertNil(try copied("vj<Esc>").state.selection)
        XCTAssertNil(try copied("vj]").state.selection)
        XCTAssertEqual(try copied(")").state.message, ") and ( move a selection; v starts one")
    }
}

/// `o`: the player from the paragraph's time.
final class TimeLinkReaderTests: XCTestCase {
    func testOPlaysFromTheTimeAtTheTopOfThePane() throws {
        let oral = try Document.load(path: ReaderFixture.folder.deletingLastPathComponent()
            .appendingPathComponent("TranscriptKitTests/Fixtures/timestamps.txt").path)
        var s = try ReaderFixture.state(oral, 120, 40)
        // The first answer: `Rosa Delgado (00:00:09): In a village near Oaxaca…`
        XCTAssertEqual(s.handle(.char("o")), [.play(seconds: 9, time: "00:00:09")])
        _ = s.handle(.backTab)   // the question: `Interviewer (00:00:05): Where were you born?`
        XCTAssertEqual(s.handle(.char("o")), [.play(seconds: 5, time: "00:00:05")])
        // Each pane's title bar leads with the time `o` would play from.
        let titles = s.render().text.split(separator: "\n").filter { $0.contains("─ Question") || $0.contains("─ Answer") }
        XCTAssertTrue(titles.first?.contains(" 00:00:05 · 1/") == true, "\(titles)")
        XCTAssertTrue(titles.last?.contains(" 00:00:09 · ") == true, "\(titles)")
        let podcast = try Document.load(path: ReaderFixture.folder.deletingLastPathComponent()
            .appendingPathComponent("TranscriptKitTests/Fixtures/podcast.vtt").path)
        assertSnapshot(try ReaderFixture.state(podcast, 100, 20).render(), "timed-podcast-100x20")
        var interview = try ReaderFixture.state(120, 40)
        XCTAssertEqual(interview.handle(.char("o")), [])
        XCTAssertEqual(interview.message, "no time here: subtitles and timestamped transcripts have them")
    }
}
