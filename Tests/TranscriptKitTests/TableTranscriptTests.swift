import XCTest
@testable import TranscriptKit

/// Transcripts exported to a spreadsheet (made up here): rows under a header naming the columns,
/// in any order, commas or tabs, quoted fields holding commas, quotes and line ends.
final class TableTranscriptTests: XCTestCase {
    func testRowsUnderAHeaderAreTurns() throws {
        let csv = """
        Speaker,Start Time,End Time,Text
        Jane Doe,00:00:01,00:00:09,"Welcome back. My guest studies glaciers, and ""ice"" is her word. What drew you to it?"
        Omar Ali,00:00:10,00:00:31,"A summer job in Iceland when I was nineteen. I carried equipment for a survey team,
        and I never really came home."
        Jane Doe,00:00:32,00:00:36,How fast are the glaciers retreating?
        Omar Ali,00:00:37,00:01:02,"The fastest one lost almost a kilometre in ten years, the slowest barely moved at all."

        """
        let d = TranscriptParser.parse(csv)
        XCTAssertEqual(d.source.format, .csv)
        XCTAssertEqual(Fixture.outline(d), ["What drew you to it? [Jane Doe → Omar Ali]", "How fast are the glaciers retreating? [Jane Doe → Omar Ali]"])
        XCTAssertTrue(d.blocks[0].text.contains("\"ice\" is her word"))
        XCTAssertEqual(d.blocks[1].text, "A summer job in Iceland when I was nineteen. I carried equipment for a survey team, and I never really came home.")
        let last = try XCTUnwrap(d.blocks.lastIndex { $0.text.hasPrefix("The fastest") })
        XCTAssertEqual(d.time(at: last)?.text, "00:00:37")
    }

    func testTabsAndColumnsInAnotherOrder() {
        let tsv = "start\tend\tspeaker\ttext\n1.5\t9\tHost\tWhy did you start?\n9.5\t30\tGuest\tBecause nobody else would, and the harbour needed someone who knew the tides.\n"
        let d = TranscriptParser.parse(tsv)
        XCTAssertEqual(d.blocks.map { d.speakerName(of: $0) }, ["Host", "Guest"])
        XCTAssertEqual(d.exchanges.count, 1)
    }

    func testProseWithCommasIsNoTable() {
        let d = TranscriptParser.parse("Name, place and date, of the harbour\nThe boats come in, and the gulls follow.\nBy seven the quay is empty.\n")
        XCTAssertEqual(d.source.format, .text)
    }
}
