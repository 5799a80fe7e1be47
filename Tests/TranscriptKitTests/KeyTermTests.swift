import XCTest
@testable import TranscriptKit

/// Key terms: four per exchange, named things first, variants merged, no filler or page junk.
final class KeyTermTests: XCTestCase {
    private func terms(_ exchanges: [String]) -> [Int: [String]] {
        var text = ""
        for answer in exchanges { text += "Host: What about this?\n\nGuest: \(answer)\n\n" }
        return EntityIndex(document: TranscriptParser.parse(text)).keyTerms
    }

    func testVariantsAreOneTermAndNamesStayWhole() {
        let found = terms([
            "Syria and the Syrian people suffer. Syria needs help. The Syrian army holds Idlib. Security in the Persian Gulf "
                + "matters, and the Persian Gulf states agree. Chemical weapons were used; chemical weapons are banned. Refugees "
                + "fled, and refugees came back.",
            "France told us something. France wants to affect the plans. Something else was raised.",
            "Germany has plans. Germany told us nothing.",
        ])
        let first = found[1] ?? []
        XCTAssertEqual(first.count, 4, "\(first)")
        XCTAssertEqual(first.filter { $0.lowercased().hasPrefix("syria") }.count, 1, "\(first)")
        XCTAssertTrue(first.contains("Persian Gulf"), "\(first)")
        XCTAssertFalse(first.contains { $0.lowercased() == "gulf" }, "\(first)")
        XCTAssertTrue(first.contains { $0.lowercased() == "chemical weapons" }, "\(first)")
        for filler in ["told", "something", "affect", "plans", "raised"] {
            XCTAssertFalse(found.values.joined().contains(filler), filler)
        }
    }

    func testAPagesFooterIsNeverATerm() {
        let footer = "* [LiveJournal](http://www.livejournal.com/update.bml?event=%3Cdiv%20style%3D%22border%22%3E%3C/div%3E"
            + "%3Cdiv%20style%3D%22margin%22%3E)"
        let found = terms(["Libya and Libya again, the Libyan parties.", "Tunisia and Tunisia. " + footer + " " + footer])
        for term in found.values.joined() {
            XCTAssertFalse(["style", "cdiv", "div", "livejournal", "border"].contains(term.lowercased()), term)
        }
        XCTAssertEqual(KeyTerms.withoutAddresses("see http://a.b/c?d=e) now").count, "see http://a.b/c?d=e) now".count)
    }

    func testMonthsAreNeverTerms() {
        let found = terms(["In January we met, and in January we agreed on coal. Coal matters.", "Wheat and wheat again."])
        XCTAssertFalse(found[1]?.contains("January") == true, "\(found[1] ?? [])")
    }

    func testAnEventNamedAfterAPlaceIsTheEvent() {
        let found = terms(["The Berlin Conference met. The Berlin Conference agreed.", "Moscow is cold. Moscow is far."])
        XCTAssertTrue(found[1]?.contains("Berlin Conference") == true, "\(found[1] ?? [])")
    }

    func testTheSidebarLeadsEachExchangeWithTwoKeyTerms() {
        let document = Document.embeddedInterview()
        // Outside the live reader (`colloquy render`, tests) asking builds what it needs, so
        // that a frame drawn there is the one the live reader ends on.
        let index = LazyEntityIndex(document: document)
        let labels = index.exchangeTopics() ?? [:]
        let terms = EntityIndex(document: document).keyTerms
        XCTAssertEqual(labels.count, document.exchanges.count)
        for (number, words) in labels { XCTAssertEqual(words, Array((terms[number] ?? []).prefix(2))) }
        XCTAssertTrue(labels[9]?.contains("Libya") == true, "\(labels[9] ?? [])")
    }

    func testInTheLiveReaderTheyAreWorkedOutInTheBackground() {
        let index = LazyEntityIndex(document: Document.embeddedInterview())
        index.buildInBackground()
        var labels = index.exchangeTopics()
        let deadline = Date().addingTimeInterval(20)
        while labels == nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            labels = index.exchangeTopics()
        }
        XCTAssertEqual(labels?.count, 9)
    }
}
