import XCTest
@testable import TranscriptKit

/// Sentences for selecting, and the citation `y` copies.
final class QuoteTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Sentences.spans(text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    func testSentencesEndWhereAReaderWouldEndThem() {
        XCTAssertEqual(sentences("We met Mr. Smith. He said “yes.” Then — well? No."),
                       ["We met Mr. Smith.", "He said “yes.”", "Then — well?", "No."])
        XCTAssertEqual(sentences("The U.S. and J. Biden agreed. Really… it was e.g. fine"),
                       ["The U.S. and J. Biden agreed.", "Really… it was e.g. fine"])
        XCTAssertEqual(sentences("你好。我很好！"), ["你好。", "我很好！"])
        XCTAssertEqual(sentences("No end"), ["No end"])
        XCTAssertEqual(sentences(""), [])
    }

    func testUnknownFieldsDropTheirBracketedPart() {
        let c = Citation()
        XCTAssertEqual(c.text(["quote": "we will see who", "speaker": "Sergei Lavrov", "title": "Sputnik interview",
                               "date": "17 Sep 2020", "exchange": "9", "lines": "171–172"]),
                       "“we will see who” — Sergei Lavrov, Sputnik interview, 17 Sep 2020, exchange 9, lines 171–172")
        XCTAssertEqual(c.text(["quote": "Yes.", "lines": "4"]), "“Yes.”, lines 4")
    }

    func testTheDateComesFromTheDocumentOrItsName() {
        XCTAssertEqual(Document.embeddedInterview().date, "17 Sep 2020")
        let doc = TranscriptParser.parse("Press gaggle\n\nPosted 2022-01-11\n\nQ: Why?\n\nA: Because.\n", name: "gaggle.md")
        XCTAssertEqual(doc.date, "11 Jan 2022")
        let front = TranscriptParser.parse("---\ntitle: Gaggle\ndate: '2022-01-11'\n---\n\nQ: Why?\n\nA: Because.\n", name: "g.md")
        XCTAssertEqual(front.date, "11 Jan 2022")
        XCTAssertNil(TranscriptParser.parse("Q: In 2022-13-45?\n\nA: No.\n", name: "x.txt").date)
    }
}
