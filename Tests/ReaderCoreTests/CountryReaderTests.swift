import Dispatch
import XCTest
@testable import TranscriptKit
@testable import ReaderCore

final class CountryReaderTests: XCTestCase {
    private func words(_ frame: Frame, _ element: Element) -> [String] {
        (0..<frame.height).flatMap { y -> [String] in
            var out: [String] = [], word = ""
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.element == element, !cell.isContinuation, let s = Unicode.Scalar(cell.glyph.base) { word.unicodeScalars.append(s) }
                else if !word.isEmpty { out.append(word); word = "" }
            }
            return word.isEmpty ? out : out + [word]
        }
    }

    /// The live reader shows plain titles until its background indexes and key terms are done,
    /// then the key terms; `colloquy render` (and these tests) build them first, so both end on
    /// the same frame.
    /// A live reader's state whose background index of `kind` takes as long as the test wants:
    /// it is built once `release` is signalled.
    private func liveState(holding kind: EntityKind, until release: DispatchSemaphore) -> (ReaderState, LazyEntityIndex) {
        let index = LazyEntityIndex(document: ReaderFixture.interview) { built, document in
            if built == kind { _ = release.wait(timeout: .now() + 10) }
            return EntityIndex.build(built, document)
        }
        index.buildInBackground()
        DisplayWidth.prepare()
        return (ReaderState(document: ReaderFixture.interview, width: 120, height: 40, entityIndex: index), index)
    }

    func testSidebarTitlesLeadWithKeyTermsOnceTheyAreBuilt() throws {
        let release = DispatchSemaphore(value: 0)
        let (live, index) = liveState(holding: .topics, until: release)
        XCTAssertFalse(live.render().text.contains("Libya · "), "nothing waits for the index")
        release.signal()
        index.warm()
        let deadline = Date().addingTimeInterval(20)
        while index.exchangeTopics() == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let text = live.render().text
        XCTAssertTrue(text.contains(" 9  Libya"), text)
        assertInvariants(live)
        XCTAssertEqual(try ReaderFixture.state(120, 40).render().text, text, "render draws what the live reader ends on")
    }

    func testATabOrPickerWhoseIndexIsStillBuildingSaysSoWithoutWaiting() throws {
        // The live reader builds indexes in the background; here the countries take as long as
        // the test wants. Opening their tab or picker must not wait (it did, on a lock).
        let release = DispatchSemaphore(value: 0)
        var (s, index) = liveState(holding: .countries, until: release)
        for key in try KeyNotation.parse("<Tab>l") { _ = s.handle(key) }
        XCTAssertEqual(s.sidebarTab, .countries)
        XCTAssertTrue(s.isWaitingForIndex)
        XCTAssertTrue(s.render().text.contains(" indexing…"), s.render().text)
        assertInvariants(s)
        _ = s.handle(.char("c"))
        XCTAssertTrue(s.render().text.contains("Country: █"))
        XCTAssertTrue(s.render().text.contains(" indexing…"))
        _ = s.handle(.escape)
        release.signal()
        _ = index.index(.countries)   // waits for the background builder
        XCTAssertFalse(s.isWaitingForIndex)
        let text = s.render().text
        XCTAssertFalse(text.contains("indexing…"), text)
        XCTAssertTrue(text.contains("Libya"), text)
        assertInvariants(s)
    }

    func testPickerFiltersByNameCodeAndAlias() throws {
        let s = try ReaderFixture.state(120, 40)
        XCTAssertEqual(s.pickerChoices("lib").first?.code, "LY")
        XCTAssertEqual(s.pickerChoices("SY").first?.code, "SY")
        XCTAssertEqual(s.pickerChoices("america").first?.code, "US")
        XCTAssertEqual(s.pickerChoices("libyan").first?.code, "LY", "demonyms find their country")
        XCTAssertTrue(s.pickerChoices("zzz").isEmpty)
    }

    func testPickingLibyaShowsExchangeNineWithLibyaHighlighted() throws {
        var s = try ReaderFixture.state(120, 40, keys: "clibya<Enter>")
        XCTAssertEqual(s.currentSection.kind, .exchange(9))
        XCTAssertEqual(s.entity, "LY")
        let frame = s.render()
        XCTAssertEqual(words(frame, .highlight), ["Libya"])
        XCTAssertTrue(frame.text.contains("Libya 1/32"))
        _ = s.handle(.char("n"))
        XCTAssertTrue(s.render().text.contains("Libya 2/32"))
        XCTAssertFalse(words(s.render(), .match).isEmpty, "the other mentions on screen are marked too")
        _ = s.handle(.escape)
        XCTAssertNil(s.entity)
    }

    func testSyriaMentionsStepThroughExchangeSeven() throws {
        var s = try ReaderFixture.state(120, 40, keys: "csyria<Enter>")
        XCTAssertEqual(s.currentSection.kind, .exchange(7))
        var blocks: [Int] = []
        for _ in 0..<24 {
            _ = s.handle(.char("n"))
            if let i = s.entityMention { blocks.append(s.followed[i].block) }
        }
        // 24 mentions: n from the first visits the other 23 in reading order, then wraps.
        XCTAssertEqual(Array(blocks.dropLast()), blocks.dropLast().sorted())
        XCTAssertEqual(blocks.last, blocks.first.map { _ in s.followed[0].block })
        XCTAssertEqual(s.message, "Syria: wrapped to the first mention")
        XCTAssertTrue(s.followed.allSatisfy { s.document.blocks[$0.block].exchange == 7 })
    }

    func testCountriesTabListsByMentionsWithAStrip() throws {
        var s = try ReaderFixture.state(120, 40, keys: "<Tab>l")
        XCTAssertEqual(s.sidebarTab, .countries)
        let text = s.render().text
        XCTAssertTrue(text.contains(" United States"))
        XCTAssertTrue(text.contains("75 █████·███"), text)
        for key in try KeyNotation.parse("jj<Enter>") { _ = s.handle(key) }
        XCTAssertEqual(s.entity, "LY")
        assertSnapshot(s.render(), "countries-tab-120x40")
    }

    func testSearchTakesNOverFromTheCountry() throws {
        var s = try ReaderFixture.state(120, 40, keys: "clibya<Enter>")
        for key in try KeyNotation.parse("/novichok<Enter>") { _ = s.handleSynchronously(key) }
        _ = s.handleSynchronously(.char("n"))
        XCTAssertEqual(s.search?.current, 1)
        XCTAssertTrue(s.render().text.contains("match 2/6"))
    }

    func testTopicPickerAndPeopleTab() throws {
        var s = try ReaderFixture.state(120, 40, keys: "tnovi<Enter>")
        XCTAssertEqual(s.entityKind, .topics)
        XCTAssertEqual(s.currentSection.kind, .exchange(2))
        XCTAssertTrue(s.render().text.contains("chemical weapons 1/9"))
        for key in try KeyNotation.parse("<Esc><Tab>ll") { _ = s.handle(key) }
        XCTAssertEqual(s.sidebarTab, .people)
        XCTAssertTrue(s.render().text.contains(" Vladimir Putin"))
        _ = s.handle(.char("o"))
        XCTAssertTrue(s.entitiesByName)
        for key in try KeyNotation.parse("cmacron<Enter>") { _ = s.handle(key) }
        XCTAssertEqual(s.entity, "Emmanuel Macron")
        XCTAssertEqual(s.currentSection.kind, .exchange(4))
    }
}
