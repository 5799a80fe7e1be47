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

    /// A government printer's page titles its hearings ` - NAME`: the separator left by a site
    /// name it does not give is no part of the title. Its text is preformatted.
    func testAHearingsPageWithItsTitleAfterASeparatorAndItsTextPreformatted() {
        let d = TranscriptParser.parse("""
            <html>
            <title> - HARBOR DREDGING</title>
            <body><pre>
            [House Hearing, 118 Congress]

                Ms. Marsh. Captain, how long do the permits take today?

                Captain Koval. Two years, sometimes three.

                Ms. Marsh. What would a regular cycle cost?

                Captain Koval. About four million dollars every five years.
            </pre></body>
            </html>
            """)
        XCTAssertEqual(d.title, "HARBOR DREDGING")
        XCTAssertEqual(d.exchanges.count, 2)
    }

    func testASubheadingAfterTheLastTurnOpensTheBackMatter() {
        // An oral history saved as a page: after the last turn and the end marker, a note about
        // the narrator under its own subheading is what the page adds, not more of the answer.
        let d = TranscriptParser.parse("""
            <html><body><h1>Oral history with Ruth Aalto</h1>
            <p><b>KEMP:</b> Where did you grow up?</p>
            <p><b>AALTO:</b> On a farm by the lake, the youngest of seven, and I walked to school on the ice in winter.</p>
            <p><b>KEMP:</b> What did you do after school?</p>
            <p><b>AALTO:</b> I kept the books at the creamery for forty years and never missed a day of it.</p>
            <p>[End of interview]</p>
            <h2>Biographical Note</h2>
            <p>Ruth Aalto (1920-2011) kept the books of the Lakeside Creamery from 1938 to 1978.</p>
            </body></html>
            """)
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Ruth Aalto (1920") }?.kind, .back)
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

    func testTurnsInATableOrADefinitionList() {
        let table = TranscriptParser.parse("""
            <html><body><h1>Council hearing</h1><table>
            <tr><th>Speaker</th><th>Remarks</th></tr>
            <tr><td>Councillor Reyes</td><td>Why has the bus depot project been delayed again?</td></tr>
            <tr><td>Director Kim</td><td>The soil survey found contamination under the old fuel tanks, and it has to go first.</td></tr>
            <tr><td>Councillor Reyes</td><td>How long will the clean-up take?</td></tr>
            <tr><td>Director Kim</td><td>About six months, and the contractor has started on the eastern half of the site.</td></tr>
            </table></body></html>
            """)
        XCTAssertEqual(Fixture.outline(table), ["Why has the bus depot project been delayed again? [Councillor Reyes → Director Kim]",
                                                "How long will the clean-up take? [Councillor Reyes → Director Kim]"])
        let list = TranscriptParser.parse("""
            <html><body><h1>Talking to the archivist</h1><dl>
            <dt>Mina Cho</dt><dd>What is the oldest thing in the collection?</dd>
            <dt>Peter Lund</dt><dd>A parish register from 1540, with the baptisms of half the village in one hand.</dd>
            <dt>Mina Cho</dt><dd>Who uses it now?</dd>
            <dt>Peter Lund</dt><dd>Mostly families tracing their ancestors, and now and then a historian of plague years.</dd>
            </dl></body></html>
            """)
        XCTAssertEqual(Fixture.outline(list), ["What is the oldest thing in the collection? [Mina Cho → Peter Lund]",
                                               "Who uses it now? [Mina Cho → Peter Lund]"])
    }
}
