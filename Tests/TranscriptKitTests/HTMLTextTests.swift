import XCTest
@testable import TranscriptKit

/// A saved web page is read as the text it shows (`HTMLText`), then as Markdown.
final class HTMLTextTests: XCTestCase {
    func testASavedNewsPageReadsAsTheInterviewItShows() throws {
        let d = try Fixture.document("wild-page.html")
        XCTAssertEqual(d.source.format, .html)
        XCTAssertEqual(d.title, "Interview: the mayor on housing")
        XCTAssertEqual(Fixture.outline(d), [
            "Mayor Lin, rents rose 12% last year. [City Times → Mayor Lin]",
            "When will renters feel a difference? [City Times → Mayor Lin]",
            "Critics say the set-aside is too small. [City Times → Mayor Lin]",
        ])
        let text = d.blocks.map(\.text).joined(separator: "\n")
        for chrome in ["Advertisement", "Share on X", "Sign up", "Related", "tracked", "All rights reserved", "Sport",
                       "min-height", "loadAd", "inbox"] {
            XCTAssertFalse(text.contains(chrome), "\(chrome) is page chrome")
        }
        // A line break inside a paragraph starts the next speaker's turn; entities are decoded.
        XCTAssertTrue(d.blocks.contains { $0.text == "We will look at it for the next round. I won’t promise a number today." })
    }

    func testThePagesTitleStandsInWhenTheBodyHasNoHeading() {
        let d = TranscriptParser.parse("""
            <html><head><title>Talking to Ada</title></head><body>
            <p>Q: What are you working on?</p><p>A: A loom that reads cards, and a great deal of arithmetic.</p>
            <p>Q: Why cards?</p><p>A: Because a card can be punched once and read a thousand times.</p>
            </body></html>
            """)
        XCTAssertEqual(d.title, "Talking to Ada")
        XCTAssertEqual(d.exchanges.map(\.title), ["What are you working on?", "Why cards?"])
    }

    func testTextThatMentionsTagsIsNoPage() {
        let d = TranscriptParser.parse("Q: Is <html> a tag, and is a < b?\n\nA: Yes, it is, and a is less than b here, as written.\n")
        XCTAssertEqual(d.source.format, .text)
        XCTAssertEqual(d.blocks.first?.text, "Is <html> a tag, and is a < b?")
    }

    func testAClassOnlyMarksChromeByItsFirstWord() {
        let page = Array("""
            <!doctype html><body><div class="layout-with-sidebar"><p>Kept.</p></div>
            <div class="top ad-slot"><p>Gone.</p></div><div data-id="share"><p>Also kept.</p></div></body>
            """.utf8)
        let text = String(decoding: page.withUnsafeBufferPointer(HTMLText.markdown), as: UTF8.self)
        XCTAssertEqual(text, "Kept.\n\nAlso kept.\n")
    }

    func testAMarkdownHeadingWithWordsAfterItsColonIsAHeading() {
        let d = TranscriptParser.parse("""
            # Interview: the mayor on housing

            **Q:** Why now?

            **A:** Because the waiting list doubled in two years and nobody could pretend otherwise.
            """, format: .markdown)
        XCTAssertEqual(d.title, "Interview: the mayor on housing")
        XCTAssertEqual(d.exchanges.count, 1)
    }
}
