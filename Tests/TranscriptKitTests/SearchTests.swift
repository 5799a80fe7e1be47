import XCTest
@testable import TranscriptKit

final class SearchTests: XCTestCase {
    let index = SearchIndex(document: Document.embeddedInterview())

    private func texts(_ result: SearchResult, in document: Document? = nil) -> [String] {
        let d = document ?? index.document
        return result.hits.map { hit in
            let folded = Folding.fold(d.blocks[hit.block].text, ignoringCase: result.query.ignoresCase)
            return String(decoding: folded[hit.range], as: UTF8.self)
        }
    }

    func testSmartCase() {
        XCTAssertGreaterThan(index.search(SearchQuery("libya")).hits.count, index.search(SearchQuery("Libyan")).hits.count)
        XCTAssertEqual(index.search(SearchQuery("LIBYA")).hits.count, 0)
        XCTAssertEqual(index.search(SearchQuery("novichok")).hits.count, index.search(SearchQuery("Novichok")).hits.count)
    }

    func testDiacriticsQuotesAndDashesFold() {
        XCTAssertEqual(index.search(SearchQuery("bregancon")).hits.count, 1)
        XCTAssertEqual(index.search(SearchQuery("don't mind")).hits.count, 1, "a straight apostrophe finds a curly one")
        XCTAssertEqual(index.search(SearchQuery("developed - but")).hits.count, 1, "a hyphen finds an en dash")
        let d = TranscriptParser.parse("Host: Zoë said “fine” — naïve?\n\nGuest: Ok.")
        let local = SearchIndex(document: d)
        XCTAssertEqual(local.search(SearchQuery("zoe said \"fine\" - naive")).hits.count, 1)
        XCTAssertEqual(local.search(SearchQuery("Zoe")).hits.count, 1)
        XCTAssertEqual(local.search(SearchQuery("ZOE")).hits.count, 0)
    }

    func testTheFoldingTableMatchesUnicodeDecompositions() {
        let differing = (0..<UInt32(0x2000)).filter { Folding.baseTable[Int($0)] != Folding.derivedBase($0) }
        XCTAssertEqual(differing.map { String($0, radix: 16) }, [], "re-run Scripts/make-folding-table")
    }

    func testWhitespaceRunsMatchLineBreaks() throws {
        let d = try Fixture.document("hard-wrapped-crlf.txt")
        XCTAssertEqual(SearchIndex(document: d).search(SearchQuery("what  did \n you")).hits.count, 1)
        XCTAssertEqual(SearchIndex(document: d).search(SearchQuery("did\\s+you", isRegex: true)).hits.count, 3, "when did you, what did you, did you ever")
    }

    func testHitsAreInReadingOrderAndInsideTheirBlocks() {
        let result = index.search(SearchQuery("the"))
        XCTAssertGreaterThan(result.hits.count, 300)
        for (a, b) in zip(result.hits, result.hits.dropFirst()) {
            XCTAssertTrue(a.block < b.block || (a.block == b.block && a.range.upperBound <= b.range.lowerBound))
        }
        XCTAssertTrue(texts(result).allSatisfy { $0 == "the" })
    }

    func testRegularExpressions() {
        let sanctions = index.search(SearchQuery("sanction(s|ed)?\\b", isRegex: true))
        XCTAssertEqual(sanctions.hits.count, index.search(SearchQuery("sanction")).hits.count)
        XCTAssertEqual(Set(texts(sanctions)), ["sanctions", "sanction"])
        let years = index.search(SearchQuery("\\b(19|20)\\d{2}\\b", isRegex: true))
        XCTAssertTrue(texts(years).contains("2019"))
        XCTAssertTrue(texts(years).allSatisfy { $0.count == 4 })
        XCTAssertEqual(texts(index.search(SearchQuery("^Sergei", isRegex: true))), [])
        XCTAssertEqual(texts(index.search(SearchQuery("[Ll]ibya[^n]", isRegex: true))).first, "Libya ")
    }

    func testInvalidPatternsAreReportedNotThrown() {
        for bad in ["(unclosed", "[abc", "a**", "*a", "x{2,1}", "\\q", "a{500}"] {
            let result = index.search(SearchQuery(bad, isRegex: true))
            XCTAssertNotNil(result.error, bad)
            XCTAssertTrue(result.hits.isEmpty)
        }
    }

    func testPathologicalPatternsStayLinear() {
        let text = "Host: " + String(repeating: "a", count: 20_000) + "!\n\nGuest: ok"
        let local = SearchIndex(document: TranscriptParser.parse(text))
        for pattern in ["(a+)+b", "(a|aa)*b", "(a*)*b", "(.*a){20}b", "(a|a?)+b"] {
            let start = ContinuousClock.now
            let result = local.search(SearchQuery(pattern, isRegex: true))
            XCTAssertTrue(result.hits.isEmpty, pattern)
            // Not a timing assertion on speed, a guard against a hang: linear work is far below this.
            XCTAssertLessThan(ContinuousClock.now - start, .seconds(60), pattern)
        }
    }

    func testScalarIndicesAgreeWithTheOffsetsTable() {
        // The one-pass lookup used to draw hits must land where a search of the offsets table does.
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a", "É", "e\u{301}", "  ", "\u{200B}", "’", "—", "中", "😀", "\n", "Zoë", "ß"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            for ignoring in [true, false] {
                let offsets = Folding.offsets(text, ignoringCase: ignoring)
                let targets = (0..<Int.random(in: 0...8, using: &rng)).map { _ in Int.random(in: 0...(offsets.last ?? 0) + 2, using: &rng) }.sorted()
                let expected = targets.map { t in offsets.firstIndex { $0 >= t } ?? offsets.count - 1 }
                XCTAssertEqual(Folding.scalarIndices(ofFolded: targets, in: text, ignoringCase: ignoring), expected, "\(text.debugDescription) \(targets)")
            }
        }
    }

    func testCancelledSearchStops() {
        let result = index.search(SearchQuery("e", isRegex: true), isCancelled: { true })
        XCTAssertLessThan(result.hits.count, index.search(SearchQuery("e", isRegex: true)).hits.count)
    }
}
