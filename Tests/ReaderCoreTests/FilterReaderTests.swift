import XCTest
import TranscriptKit
@testable import ReaderCore

/// `&`: the reader kept to the exchanges (or, with `&&`, the paragraphs) that match.
final class FilterReaderTests: XCTestCase {
    private let briefing = try? ReaderFixture.document("briefing.txt")

    /// The exchanges holding these source lines, wherever the parser puts them.
    private func exchanges(_ document: Document, lines: [Int]) -> [Int] {
        Array(Set(lines.compactMap { line in document.blocks.first { $0.lines.contains(line) }?.exchange })).sorted()
    }

    private func listed(_ s: ReaderState) -> [String] {
        (0..<s.listedSectionCount).map { s.sections[s.listedSection($0)].number }
    }

    func testACountryOnTheEmbeddedInterview() throws {
        let s = try ReaderFixture.state(120, 40, keys: "&country LY<Enter>")
        XCTAssertEqual(s.filter?.summary, "Libya — 1 of 9 exchanges")
        XCTAssertEqual(s.currentSection.kind, .exchange(9))
        XCTAssertEqual(listed(s), ["9"])
        assertSnapshot(s.render(), "filter-libya-120x40")
    }

    func testACountryAndASpeakerOnABriefing() throws {
        let briefing = try XCTUnwrap(briefing)
        // By reading the fixture: Libya (or Tripoli, Benghazi) is asked about on lines 9, 29 and 37.
        var s = try ReaderFixture.state(briefing, 120, 40, keys: "&country:libya<Enter>")
        let libya = exchanges(briefing, lines: [9, 29, 37])
        XCTAssertEqual(listed(s), ["0"] + libya.map(String.init), "the opening statement mentions Libya too")
        XCTAssertEqual(s.filter?.summary, "Libya — \(libya.count) of \(briefing.exchanges.count) exchanges")
        XCTAssertTrue(s.render().text.contains("filter: Libya — \(libya.count) of"), s.render().text)
        // `]` and `[` visit only what the filter keeps.
        var visited = [s.currentSection.kind]
        for _ in 0..<4 { _ = s.perform(.nextSection); visited.append(s.currentSection.kind) }
        XCTAssertEqual(visited, libya.map(Section.Kind.exchange) + Array(repeating: .exchange(libya.last ?? 0), count: 5 - libya.count))
        XCTAssertEqual(s.message, "already at the last exchange the filter keeps")
        _ = s.perform(.previousSection)
        XCTAssertEqual(s.currentSection.kind, .exchange(libya[libya.count - 2]))

        // Baker asks on lines 17, 21 and 37.
        s = try ReaderFixture.state(briefing, 120, 40, keys: "&speaker baker<Enter>")
        XCTAssertEqual(listed(s), exchanges(briefing, lines: [17, 21, 37]).map(String.init))
        XCTAssertEqual(s.filter?.match.name, "BAKER")
        assertInvariants(s)
    }

    func testEscapeOrAnEmptyFilterLiftsIt() throws {
        var s = try ReaderFixture.state(120, 40, keys: "&country LY<Enter>")
        _ = s.handle(.escape)
        XCTAssertNil(s.filter)
        XCTAssertEqual(s.listedSectionCount, s.sections.count)
        XCTAssertEqual(s.currentSection.kind, .exchange(9), "lifting a filter stays where the reader is")
        s = try ReaderFixture.state(120, 40, keys: "&speaker lavrov<Enter>&<Enter>")
        XCTAssertNil(s.filter)
        // A search is let go first, then the filter.
        s = try ReaderFixture.state(120, 40, keys: "&country LY<Enter>/tripoli<Enter>")
        _ = s.handle(.escape)
        XCTAssertNotNil(s.filter)
        _ = s.handle(.escape)
        XCTAssertNil(s.filter)
    }

    func testParagraphsOnlyKeepsTheMatchingParagraphsOfTheAnswer() throws {
        let s = try ReaderFixture.state(120, 40, keys: "&&pattern Gaddafi<Enter>")
        XCTAssertEqual(s.filter?.paragraphsOnly, true)
        XCTAssertEqual(s.currentSection.kind, .exchange(9))
        let shown = s.answerText(width: 90).blocks.map { s.document.blocks[$0].text }
        XCTAssertFalse(shown.isEmpty)
        XCTAssertTrue(shown.allSatisfy { $0.contains("Gaddafi") }, "\(shown)")
        XCTAssertTrue(s.render().text.contains("filter: “Gaddafi” — 1 of 9 exchanges, paragraphs"))
    }

    func testWhatCannotBeFilteredIsSaidAndChangesNothing() throws {
        var s = try ReaderFixture.state(120, 40, keys: "&country Atlantis<Enter>")
        XCTAssertNil(s.filter)
        XCTAssertEqual(s.message, "no country called Atlantis in this document")
        s = try ReaderFixture.state(120, 40, keys: "&speaker Merkel<Enter>")
        XCTAssertEqual(s.message, "nobody called Merkel speaks here (Sputnik, Sergei Lavrov)")
        s = try ReaderFixture.state(120, 40, keys: "&zzzq<Enter>")
        XCTAssertEqual(s.message, "nothing matches “zzzq”; no filter")
        s = try ReaderFixture.state(120, 40, keys: "&regex ([<Enter>")
        XCTAssertTrue(s.message?.hasPrefix("invalid pattern") == true, s.message ?? "")
        XCTAssertNil(s.filter)
    }

    func testEveryKeyKeepsTheInvariantsUnderAFilter() throws {
        let briefing = try XCTUnwrap(briefing)
        for (w, h) in [(40, 12), (80, 24)] {
            var s = try ReaderFixture.state(briefing, w, h, keys: "s&country LY<Enter>")
            for key in try KeyNotation.parse("<Tab>jjjk<Enter>][[<Esc>&&libya<Enter>jjG]<Tab><Tab>") {
                _ = s.handle(key)
                assertInvariants(s)
            }
        }
    }
}
