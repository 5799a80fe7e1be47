import XCTest
import TranscriptKit
@testable import ReaderCore

/// The library view: sorting, filtering as you type, opening, and its frames.
final class LibraryViewTests: XCTestCase {
    static func entry(_ name: String, title: String, date: String?, bytes: Int, exchanges: Int, people: [String],
                      fromFile: Bool = false) -> LibraryEntry {
        var e = LibraryEntry(path: "/nonexistent/library/\(name)")
        e.title = title
        e.date = date
        e.dateFromFile = fromFile
        e.bytes = bytes
        e.exchanges = exchanges
        e.participants = people
        return e
    }

    static let entries = [
        entry("briefing.md", title: "Press Briefing on Libya", date: "2021-09-15", bytes: 20_275, exchanges: 7, people: ["MODERATOR", "Q"]),
        entry("podcast.txt", title: "podcast.txt", date: "2024-02-01", bytes: 68_241, exchanges: 21, people: ["Bill Kristol", "Scott Lincicome"], fromFile: true),
        entry("brégançon.md", title: "Interview at Brégançon", date: "2019-08-19", bytes: 812, exchanges: 3, people: ["Journalist", "Emmanuel Macron"]),
        entry("senate.txt", title: "Albany, New York", date: nil, bytes: 1_449_000, exchanges: 40, people: ["THE PRESIDENT"]),
    ]

    /// The state with every entry parsed (as the background indexer would deliver them).
    static func state(_ width: Int = 100, _ height: Int = 10, keys: String = "", parsed: Int = 4) throws -> LibraryState {
        DisplayWidth.prepare()
        var state = LibraryState(entries: entries.map { LibraryEntry(path: $0.path) }, width: width, height: height)
        for (i, e) in entries.enumerated().prefix(parsed) { state.receive(e, at: i) }
        for key in try KeyNotation.parse(keys) { _ = state.handle(key) }
        return state
    }

    private func titles(_ state: LibraryState) -> [String] { state.shown.map { state.entries[$0].title } }

    func testSortsByDateThenTitleThenSize() throws {
        XCTAssertEqual(titles(try Self.state()), ["podcast.txt", "Press Briefing on Libya", "Interview at Brégançon", "Albany, New York"],
                       "newest first, undated last")
        XCTAssertEqual(titles(try Self.state(keys: "o")), ["Albany, New York", "Interview at Brégançon", "podcast.txt", "Press Briefing on Libya"])
        XCTAssertEqual(titles(try Self.state(keys: "oo")), ["Albany, New York", "podcast.txt", "Press Briefing on Libya", "Interview at Brégançon"],
                       "largest first")
        XCTAssertEqual(try Self.state(keys: "o").message, "sorted by title (o: by size)")
    }

    func testFiltersAsYouTypeWithAccentsAndCaseFolded() throws {
        XCTAssertEqual(titles(try Self.state(keys: "fbregancon")), ["Interview at Brégançon"])
        XCTAssertEqual(titles(try Self.state(keys: "fkristol")), ["podcast.txt"], "participants are matched")
        XCTAssertEqual(titles(try Self.state(keys: "f2021 libya")), ["Press Briefing on Libya"], "every word, the date too")
        var state = try Self.state(keys: "fzzz")
        XCTAssertEqual(state.shown, [])
        XCTAssertEqual(state.handle(.enter), [])
        XCTAssertEqual(state.handle(.enter), [], "nothing to open")
        XCTAssertEqual(state.message, "no document to open")
        _ = state.handle(.escape)
        XCTAssertEqual(state.shown.count, 4, "Esc clears the filter")
        // Enter ends the typing and keeps the filter; then Enter opens the first match.
        var kept = try Self.state(keys: "fnew york<Enter>")
        XCTAssertFalse(kept.isFiltering)
        XCTAssertEqual(kept.handle(.enter), [.open(3)])
    }

    /// `/` searches every document: counts come back per document, stale ones are dropped, and
    /// the list holds the documents with hits.
    func testSearchingEveryDocument() throws {
        var state = try Self.state()
        XCTAssertEqual(state.handle(.char("/")), [])
        for c in "harbour" { _ = state.handle(.char(c)) }
        let effects = state.handle(.enter)
        XCTAssertEqual(effects, [.search(SearchQuery("harbour", isRegex: false), generation: 1)])
        XCTAssertEqual(state.shown, [], "nothing found yet")
        state.receiveHits(3, at: 2, generation: 1)
        state.receiveHits(0, at: 0, generation: 1)
        state.receiveHits(7, at: 1, generation: 0)
        XCTAssertEqual(state.shown, [2], "a stale generation's count is dropped")
        state.receiveHits(5, at: 3, generation: 1)
        XCTAssertEqual(state.shown, [2, 3])
        assertSnapshot(state.render(), "library-search-100x8")
        XCTAssertEqual(state.handle(.enter), [.open(2)])
        _ = state.handle(.escape)
        XCTAssertNil(state.textSearch)
        XCTAssertEqual(state.shown.count, 4, "Esc ends the search")
        var invalid = try Self.state(keys: "/a(<C-r><Enter>")
        XCTAssertNil(invalid.textSearch)
        XCTAssertEqual(invalid.message, "invalid pattern: missing ')'")
        XCTAssertEqual(invalid.handle(.char("q")), [.quit])
    }

    /// `'`: every bookmark of the library, by document in the list's order; Enter opens at one.
    func testBookmarksAcrossTheLibrary() throws {
        var state = try Self.state()
        XCTAssertEqual(state.handle(.char("'")), [.loadBookmarks])
        func mark(_ id: String, block: Int, quote: String, note: String = "") -> Bookmark {
            Bookmark(id: id, quote: quote, exchange: block, block: block, start: 0, end: 5, line: block * 10, speaker: nil, note: note,
                     created: .distantPast, updated: .distantPast)
        }
        state.showBookmarks([LibraryState.Mark(document: 0, bookmark: mark("b", block: 4, quote: "The ships went to Egypt.")),
                             LibraryState.Mark(document: 1, bookmark: mark("a", block: 2, quote: "Tariffs are paid by importers.", note: "check")),
                             LibraryState.Mark(document: 0, bookmark: mark("c", block: 1, quote: "Libya first."))])
        XCTAssertEqual(state.marks?.map(\.bookmark.id), ["a", "c", "b"], "the podcast (newest) first, then by place")
        XCTAssertEqual(state.message, "3 bookmarks in 2 document(s)")
        assertSnapshot(state.render(), "library-bookmarks-100x8")
        _ = state.handle(.char("j"))
        XCTAssertEqual(state.handle(.enter), [.openAt(0, bookmark: "c")])
        XCTAssertNil(state.marks)
        XCTAssertEqual(state.selected, 0)
        var empty = try Self.state()
        empty.showBookmarks([])
        XCTAssertEqual(empty.message, "no bookmarks in these documents yet: m marks a paragraph in a document")
        _ = empty.handle(.escape)
        XCTAssertNil(empty.marks)
    }

    func testTheSelectionFollowsTheTopUntilMovedThenStaysItself() throws {
        var state = try Self.state(parsed: 0)
        XCTAssertEqual(state.selected, state.shown.first)
        for (i, e) in Self.entries.enumerated() { state.receive(e, at: i) }
        XCTAssertEqual(state.selected, 1, "still the first row once parses reorder it: the newest")
        _ = state.handle(.char("j"))
        XCTAssertEqual(state.selected, 0)
        _ = state.handle(.char("o"))
        XCTAssertEqual(state.selected, 0, "the same document after a sort")
        XCTAssertEqual(state.handle(.enter), [.open(0)])
        XCTAssertEqual(state.handle(.char("q")), [.quit])
        state.drop(0, because: "no such file")
        XCTAssertFalse(state.shown.contains(0))
        XCTAssertEqual(state.message, "briefing.md: no such file; dropped from the library")
    }

    func testFrames() throws {
        assertSnapshot(try Self.state(100, 8).render(), "library-100x8")
        assertSnapshot(try Self.state(100, 8, parsed: 2).render(), "library-indexing-100x8")
        assertSnapshot(try Self.state(60, 8, keys: "ojfne").render(), "library-filtering-60x8")
        assertSnapshot(try Self.state(40, 12).render(), "library-40x12")
        for keys in ["", "j", "fx<Enter>", "G", "o", "<Resize:20x5>", "<Resize:40x4>"] {
            assertInvariants(try Self.state(50, 6, keys: keys).render())
        }
        XCTAssertEqual(LibraryState.grouped(1000), "1,000")
        XCTAssertEqual(LibraryState.grouped(412), "412")
        XCTAssertEqual(LibraryState.grouped(1_234_567), "1,234,567")
    }
}

/// Countries across the library: the picker, the list narrowed to one country, and leaving a
/// document for the next at its last mention.
final class LibraryCountryTests: XCTestCase {
    static func state(keys: String = "") throws -> LibraryState {
        DisplayWidth.prepare()
        var state = LibraryState(entries: LibraryViewTests.entries.map { LibraryEntry(path: $0.path) }, width: 100, height: 12)
        let found: [[(code: String, name: String, mentions: Int)]] = [
            [("LY", "Libya", 30), ("EG", "Egypt", 2)], [("US", "United States", 88)], [("FR", "France", 9), ("LY", "Libya", 1)], [],
        ]
        for (i, e) in LibraryViewTests.entries.enumerated() { state.receive(e, at: i, countries: found[i]) }
        for key in try KeyNotation.parse(keys) { _ = state.handle(key) }
        return state
    }

    func testThePickerListsCountriesOverTheLibrary() throws {
        let open = try Self.state(keys: "c")
        XCTAssertEqual(open.picker?.choices.map(LibraryState.line), [
            "United States — 88 mentions in 1 document", "Libya — 31 mentions in 2 documents",
            "France — 9 mentions in 1 document", "Egypt — 2 mentions in 1 document",
        ])
        XCTAssertEqual(try Self.state(keys: "cly").picker?.choices.map(\.code), ["LY"], "by code")
        XCTAssertEqual(try Self.state(keys: "cfr").picker?.choices.map(\.code), ["FR"])
        var chosen = try Self.state(keys: "clib<Enter>")
        XCTAssertNil(chosen.picker)
        XCTAssertEqual(chosen.chosen, LibraryState.Chosen(kind: .countries, code: "LY"))
        XCTAssertEqual(chosen.shown, [0, 2], "only the documents that mention it, in the list's order")
        XCTAssertEqual(chosen.message, "Libya — 31 mentions in 2 documents; Enter reads one, p lists its passages, n goes on into the next")
        XCTAssertEqual(chosen.neighbour(of: 0, forward: true), 2)
        XCTAssertNil(chosen.neighbour(of: 2, forward: true))
        XCTAssertNil(chosen.neighbour(of: 0, forward: false))
        _ = chosen.handle(.escape)
        XCTAssertNil(chosen.chosen)
        XCTAssertEqual(chosen.shown.count, 4, "Esc lists every document again")
        assertSnapshot(try Self.state(keys: "cl").render(), "library-picker-100x12")
    }

    /// People, organisations and topics: Tab turns the picker to the next kind, whose first
    /// opening asks for it to be indexed; what comes back fills the picker, and a choice narrows
    /// the list as a country does.
    func testThePickerTurnsToPeopleOrganisationsAndTopics() throws {
        var state = try Self.state(keys: "c")
        XCTAssertEqual(state.handle(.tab), [.indexEntities(.people)])
        XCTAssertEqual(state.picker?.kind, .people)
        XCTAssertEqual(state.picker?.choices, [])
        assertSnapshot(state.render(), "library-people-indexing-100x12")
        state.receiveEntities(.people, at: 0, [("ana ruiz", "Ana Ruiz", 4), ("bo li", "Bo Li", 1)])
        state.receiveEntities(.people, at: 2, [("ana ruiz", "Ana Ruiz", 2)])
        XCTAssertEqual(state.picker?.choices.map(LibraryState.line), ["Ana Ruiz — 6 mentions in 2 documents", "Bo Li — 1 mention in 1 document"])
        XCTAssertEqual(state.handle(.tab), [.indexEntities(.organisations)])
        XCTAssertEqual(state.handle(.backTab), [], "people are indexed already: asked for once")
        XCTAssertEqual(state.picker?.kind, .people)
        for key in try KeyNotation.parse("bo<Enter>") { _ = state.handle(key) }
        XCTAssertEqual(state.chosen, LibraryState.Chosen(kind: .people, code: "bo li"))
        XCTAssertEqual(state.shown, [0])
        XCTAssertEqual(state.message, "Bo Li — 1 mention in 1 document; Enter reads one, p lists its passages, n goes on into the next")
        state.message = nil
        XCTAssertTrue(state.render().text.contains("Library, by date  mentioning Bo"), state.render().text)
        var topics = try Self.state()
        XCTAssertEqual(topics.handle(.char("t")), [.indexEntities(.topics)])
        XCTAssertEqual(topics.picker?.kind, .topics)
        XCTAssertEqual(topics.handle(.backTab), [.indexEntities(.organisations)])
        XCTAssertEqual(topics.handle(.backTab), [.indexEntities(.people)])
        XCTAssertEqual(topics.handle(.backTab), [], "countries come with the summaries")
        XCTAssertEqual(topics.picker?.kind, .countries)
    }

    /// A file changed while the library is open replaces its entry and its entities; one that
    /// vanished leaves the list and the pickers, with a notice.
    func testAChangedFileIsReadAgainAndAVanishedOneDropped() throws {
        var state = try Self.state()
        _ = state.handle(.char("t"))
        _ = state.handle(.escape)
        state.receiveEntities(.topics, at: 0, [("oil", "oil", 3)])
        var entry = LibraryViewTests.entries[0]
        entry.title = "Rewritten"
        state.changed(entry, at: 0, countries: [("SY", "Syria", 5)])
        XCTAssertEqual(state.entries[0].title, "Rewritten")
        XCTAssertEqual(state.message, "briefing.md: changed; read again")
        XCTAssertEqual(state.mentions(.countries).entity("LY")?.documents.map(\.document), [2], "its old countries gone")
        XCTAssertEqual(state.mentions(.countries).entity("SY")?.mentions, 5)
        XCTAssertNil(state.mentions(.topics).entity("oil"), "its other kinds wait for their pass")
        XCTAssertEqual(state.indexedCount(.topics), 0)
        XCTAssertEqual(state.requestedKinds, [.topics])
        state.receiveEntities(.topics, at: 0, [("oil", "oil", 1)])
        XCTAssertEqual(state.mentions(.topics).entity("oil")?.mentions, 1)
        state.drop(2, because: "no longer there")
        XCTAssertEqual(state.message, "brégançon.md: no longer there; dropped from the library")
        XCTAssertNil(state.mentions(.countries).entity("LY"))
        XCTAssertFalse(state.shown.contains(2))
        XCTAssertTrue(state.render().text.contains(" 3/3 "), state.render().text)
    }

    static func passage(_ block: Int, _ speaker: String?, _ text: String) -> LibraryPassage {
        LibraryPassage(block: block, exchange: block, speaker: speaker, text: text)
    }

    /// `p` after a search: its passages grouped by document (date, title, count), each with its
    /// speaker, the first three only and how many more; Enter reads at the passage.
    func testPassagesOfASearchGroupedByDocument() throws {
        var state = try Self.state()
        XCTAssertEqual(state.handle(.char("p")), [])
        XCTAssertNil(state.passageView, "nothing searched or chosen yet")
        XCTAssertEqual(state.message, "p lists passages: search every document with / or choose a country with c (t a topic) first")
        for key in try KeyNotation.parse("/libya<Enter>") { _ = state.handle(key) }
        state.receiveHits(6, at: 0, generation: 1, passages: DocumentPassages(count: 5, first: [
            Self.passage(2, "MODERATOR", "Let us start with Libya and the ceasefire."),
            Self.passage(4, "Q", "…and on Libya, what of the ships sent to Egypt last week?"),
            Self.passage(9, "MODERATOR", "Libya again, then Egypt."),
        ]))
        state.receiveHits(1, at: 2, generation: 1, passages: DocumentPassages(count: 1, first: [
            Self.passage(1, "Emmanuel Macron", "Nous parlons de la Libye, of Libya, à Brégançon."),
        ]))
        XCTAssertEqual(state.handle(.char("p")), [])
        XCTAssertEqual(state.passageRows().map(\.item), [.document, .passage(0), .passage(1), .passage(2), .more, .document, .passage(0)])
        assertSnapshot(state.render(), "library-passages-100x12")
        XCTAssertEqual(state.handle(.enter), [.open(0)], "a document's heading reads it from its first hit")
        _ = state.handle(.char("j"))
        _ = state.handle(.char("j"))
        XCTAssertEqual(state.handle(.enter), [.openAtPassage(0, block: 4)])
        _ = state.handle(.char("j"))
        _ = state.handle(.char("j"))
        XCTAssertEqual(state.passageView?.selected, LibraryState.PassageRow(document: 0, item: .more))
        XCTAssertEqual(state.handle(.enter), [.openAtPassage(0, block: 10)], "…and 2 more: from the one after the last listed")
        _ = state.handle(.char("]"))
        XCTAssertEqual(state.passageView?.selected, LibraryState.PassageRow(document: 2, item: .document), "] goes to the next document")
        state.select(0)
        XCTAssertEqual(state.passageView?.selected, LibraryState.PassageRow(document: 0, item: .document), "n into a neighbour moves the highlight")
        _ = state.handle(.char("p"))
        XCTAssertNil(state.passageView, "p again returns to the documents")
        XCTAssertNotNil(state.textSearch)
    }

    /// `p` after choosing an entity: its passages are asked for once, come back per document,
    /// and a stale generation's are dropped.
    func testPassagesOfAnEntityAcrossTheLibrary() throws {
        var state = try LibraryCountryTests.state(keys: "clib<Enter>")
        XCTAssertEqual(state.handle(.char("p")), [.findPassages(LibraryState.Chosen(kind: .countries, code: "LY"), documents: [0, 2], generation: 1)])
        XCTAssertTrue(state.render().text.contains("Passages mentioning Libya — 31 mentions in 2 documents (finding 0/2)"), state.render().text)
        state.receivePassages(DocumentPassages(count: 1, first: [Self.passage(3, "Q", "Libya")]), at: 2, generation: 0)
        XCTAssertEqual(state.passageRows().count, 2, "a stale pass's passages are dropped")
        state.receivePassages(DocumentPassages(count: 2, first: [Self.passage(3, "MODERATOR", "Libya first."), Self.passage(5, nil, "Libya, said the note.")]),
                              at: 0, generation: 1)
        state.receivePassages(DocumentPassages(count: 1, first: [Self.passage(1, "Journalist", "Et la Libye ?")]), at: 2, generation: 1)
        XCTAssertEqual(state.passageRows().map(\.item), [.document, .passage(0), .passage(1), .document, .passage(0)])
        let text = state.render().text
        XCTAssertTrue(text.contains("2021-09-15  Press Briefing on Libya  30 mentions"), text)
        XCTAssertTrue(text.contains("    Journalist: Et la Libye ?"), text)
        XCTAssertFalse(text.contains("finding"), text)
        _ = state.handle(.escape)
        XCTAssertNil(state.passageView)
        XCTAssertEqual(state.handle(.char("p")), [], "found already: not asked for again")
    }

    /// A file added to the library's folder while open: listed at once under the next index,
    /// filled in when its parse comes back.
    func testAFileAddedWhileOpenIsListed() throws {
        var state = try Self.state()
        state.add(["/nonexistent/library/more/new.txt"])
        XCTAssertEqual(state.message, "new.txt: new; added to the library")
        XCTAssertEqual(state.entries.count, 5)
        XCTAssertTrue(state.isIndexing)
        XCTAssertTrue(state.shown.contains(4))
        var entry = LibraryViewTests.entry("more/new.txt", title: "New", date: "2030-01-01", bytes: 10, exchanges: 1, people: [])
        entry.path = "/nonexistent/library/more/new.txt"
        state.receive(entry, at: 4, countries: [("LY", "Libya", 2)])
        XCTAssertFalse(state.isIndexing)
        XCTAssertEqual(state.mentions(.countries).entity("LY")?.documents.map(\.document), [0, 4, 2], "by mentions")
        state.add(["/a/x.txt", "/a/y.txt"])
        XCTAssertEqual(state.message, "2 new files added to the library")
    }

    /// From a library, `n` on the last mention (and `N` on the first) leaves the document.
    func testNPastTheLastMentionLeavesTheDocument() throws {
        var state = try ReaderFixture.state(120, 40)
        state.inLibrary = true
        state.followFromLibrary("LY", fromLast: false)
        let count = state.followed.count
        XCTAssertGreaterThan(count, 1)
        XCTAssertEqual(state.entityMention, 0)
        XCTAssertEqual(state.handle(.char("N")), [.quit])
        XCTAssertEqual(state.leaving, false)
        var last = try ReaderFixture.state(120, 40)
        last.inLibrary = true
        last.followFromLibrary("LY", fromLast: true)
        XCTAssertEqual(last.entityMention, count - 1)
        XCTAssertEqual(last.handle(.char("N")), [], "N inside the document moves as before")
        XCTAssertEqual(last.handle(.char("n")), [])
        XCTAssertEqual(last.handle(.char("n")), [.quit])
        XCTAssertEqual(last.leaving, true)
        // The library's search: N on the first hit leaves backwards, n on the last forwards.
        var searched = try ReaderFixture.state(120, 40)
        searched.inLibrary = true
        searched.searchFromLibrary(SearchQuery("Libya", isRegex: false), fromLast: false)
        XCTAssertEqual(searched.search?.current, 0)
        XCTAssertEqual(searched.handle(.char("N")), [.quit])
        XCTAssertEqual(searched.leaving, false)
        var fromLast = try ReaderFixture.state(120, 40)
        fromLast.inLibrary = true
        fromLast.searchFromLibrary(SearchQuery("Libya", isRegex: false), fromLast: true)
        XCTAssertEqual(fromLast.search?.current, (fromLast.search?.hits.count ?? 0) - 1)
        XCTAssertEqual(fromLast.handle(.char("n")), [.quit])
        XCTAssertEqual(fromLast.leaving, true)
        // A person followed from the library leaves the same way; another chosen inside does not.
        var person = try ReaderFixture.state(120, 40)
        person.inLibrary = true
        let someone = try XCTUnwrap(person.entityIndex.index(.people).entities.first { $0.mentions > 1 })
        person.followFromLibrary(someone.code, kind: .people, fromLast: true)
        XCTAssertEqual(person.entityKind, .people)
        XCTAssertEqual(person.entityMention, person.followed.count - 1)
        XCTAssertEqual(person.handle(.char("n")), [.quit])
        XCTAssertEqual(person.leaving, true)
        var other = try ReaderFixture.state(120, 40)
        other.inLibrary = true
        other.followFromLibrary(someone.code, kind: .people, fromLast: true)
        other.follow("LY", kind: .countries)
        other.entityMention = nil
        other.nextMention(forward: false)
        XCTAssertEqual(other.handle(.char("n")), [], "a country picked inside the document wraps as before")
        // Opened alone, the same key wraps inside the document.
        var alone = try ReaderFixture.state(120, 40)
        alone.followFromLibrary("LY", fromLast: true)
        alone.inLibrary = false
        XCTAssertEqual(alone.handle(.char("n")), [])
        XCTAssertEqual(alone.entityMention, 0)
    }
}
