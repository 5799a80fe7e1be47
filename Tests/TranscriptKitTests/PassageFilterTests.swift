import XCTest
@testable import TranscriptKit

/// `--filter` and `&`: what a filter is written as, and what it keeps.
final class PassageFilterTests: XCTestCase {
    private let interview = Document.embeddedInterview()

    private func match(_ text: String, in document: Document? = nil) throws -> PassageFilter.Match {
        let document = document ?? interview
        let entities = LazyEntityIndex(document: document)
        return try PassageFilter(parsing: text).match(in: document, entities: entities.index, search: SearchIndex(document: document))
    }

    func testFieldsAreWrittenWithAColonOrASpaceAndTextAloneIsAPattern() throws {
        XCTAssertEqual(try PassageFilter(parsing: "country:LY"), PassageFilter(field: .country, value: "LY"))
        XCTAssertEqual(try PassageFilter(parsing: "  speaker  Sergei Lavrov "), PassageFilter(field: .speaker, value: "Sergei Lavrov"))
        XCTAssertEqual(try PassageFilter(parsing: "org UN"), PassageFilter(field: .organisation, value: "UN"))
        XCTAssertEqual(try PassageFilter(parsing: "Persian Gulf"), PassageFilter(field: .pattern, value: "Persian Gulf"))
        XCTAssertEqual(try PassageFilter(parsing: "14:00"), PassageFilter(field: .pattern, value: "14:00"))
        XCTAssertThrowsError(try PassageFilter(parsing: "country:"))
        XCTAssertThrowsError(try PassageFilter(parsing: "  "))
    }

    func testWhatEachFieldKeeps() throws {
        // Libya is the subject of exchange 9 only (read: the interview's last question and answer).
        XCTAssertEqual(try match("country LY").exchanges, [9])
        XCTAssertEqual(try match("country libya").name, "Libya")
        // Sputnik asks in every exchange; `lav` starts Lavrov's name.
        XCTAssertEqual(try match("speaker sputnik").exchanges, Array(1...9))
        XCTAssertEqual(try match("speaker lav").name, "Sergei Lavrov")
        // Navalny: Lavrov's second answer (lines 32–55) and the question on France (line 84).
        XCTAssertEqual(try match("person Navalny").exchanges, [2, 4])
        XCTAssertEqual(try match("Tillerson").exchanges, [2])
        XCTAssertEqual(try match("regex Euphrat(es)?").exchanges, [7])
        XCTAssertThrowsError(try match("person Nobody Atall"))
    }

    func testADocumentCutDownKeepsItsNumbers() throws {
        let kept = interview.keeping(exchanges: [2, 9])
        XCTAssertEqual(kept.exchanges.map(\.number), [2, 9])
        XCTAssertTrue(kept.outline().contains("   9  The Russian embassy in Libya"))
        XCTAssertEqual(kept.blocks.count, interview.exchanges[1].blocks.count + interview.exchanges[8].blocks.count)
        XCTAssertEqual(kept.blocks[kept.exchanges[1].blocks.lowerBound].text, interview.blocks[interview.exchanges[8].blocks.lowerBound].text)
        XCTAssertTrue(kept.introduction.isEmpty)
    }
}
