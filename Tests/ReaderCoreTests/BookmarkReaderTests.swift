import XCTest
import TranscriptKit
@testable import ReaderCore

final class BookmarkReaderTests: XCTestCase {
    func testMarkAskesForANoteAndDrawsAGutterMark() throws {
        var s = try ReaderFixture.state(120, 40, keys: ":9<Enter>}")
        XCTAssertEqual(s.handle(.char("m")), [.persist])
        XCTAssertEqual(s.prompt?.kind, .note(bookmark: s.bookmarks[0].id))
        for key in try KeyNotation.parse("about Tunis<Enter>") { _ = s.handle(key) }
        XCTAssertNil(s.prompt)
        XCTAssertEqual(s.bookmarks.map(\.note), ["about Tunis"])
        XCTAssertEqual(s.bookmarks.first?.exchange, 9)
        XCTAssertEqual(s.message, "saving…")
        s.bookmarksSaved(s.allBookmarks, request: s.saveRequests)
        XCTAssertEqual(s.message, "bookmarked with a note (answer)")
        let frame = s.render()
        let markRow = (0..<frame.height).first { frame[31, $0].glyph.base == 0x2022 }
        XCTAssertNotNil(markRow, "a mark in the gutter of the bookmarked paragraph")
    }

    func testEscapeKeepsTheBookmarkWithoutANote() throws {
        let s = try ReaderFixture.state(120, 40, keys: "mhello<Esc>")
        XCTAssertEqual(s.bookmarks.count, 1)
        XCTAssertEqual(s.bookmarks[0].note, "")
    }

    func testListEditDeleteUndoAndJump() throws {
        var s = try ReaderFixture.state(120, 40, keys: "m<Enter>:9<Enter>mlibya<Enter>'")
        XCTAssertEqual(s.focus, .sidebar)
        XCTAssertEqual(s.sidebarTab, .bookmarks)
        XCTAssertTrue(s.render().text.contains("Marks 2"))
        XCTAssertTrue(s.render().text.contains("  9 libya “The Russian"), s.render().text)
        for key in try KeyNotation.parse("ge<C-u>first<Enter>") { _ = s.handle(key) }
        XCTAssertEqual(s.bookmarks.map(\.note), ["first", "libya"])
        XCTAssertEqual(s.handle(.char("d")), [.persist])
        XCTAssertEqual(s.bookmarks.map(\.note), ["libya"])
        XCTAssertEqual(s.allBookmarks.count, 2, "the deletion is kept as a tombstone")
        _ = s.handle(.char("u"))
        XCTAssertEqual(s.bookmarks.map(\.note), ["first", "libya"])
        _ = s.handle(.char("j"))
        _ = s.handle(.enter)
        XCTAssertEqual(s.currentSection.kind, .exchange(9))
    }

    func testNothingIsAcknowledgedBeforeItIsOnDisk() throws {
        var s = try ReaderFixture.state(120, 40, keys: "mfirst<Enter>")
        XCTAssertEqual(s.message, "saving…")
        XCTAssertTrue(s.isAwaitingSave)
        let first = s.saveRequests
        for key in try KeyNotation.parse("]msecond<Enter>") { _ = s.handle(key) }
        s.bookmarksSaved(s.allBookmarks, request: first)   // the first save: not yet the second note
        XCTAssertEqual(s.message, "saving…")
        s.bookmarksSaved(s.allBookmarks, request: s.saveRequests)
        XCTAssertEqual(s.message, "bookmarked with a note (answer)")
        XCTAssertFalse(s.isAwaitingSave)
        // A save that fails acknowledges nothing.
        for key in try KeyNotation.parse("]mthird<Enter>") { _ = s.handle(key) }
        s.bookmarksNotSaved("disk full")
        XCTAssertEqual(s.message, "bookmarks kept in memory only: disk full")
        XCTAssertFalse(s.isAwaitingSave)
        // With everything saved, Esc on a note acknowledges at once.
        s.bookmarksSaved(s.allBookmarks, request: s.saveRequests)
        for key in try KeyNotation.parse("m<Esc>") { _ = s.handle(key) }
        XCTAssertEqual(s.message, "bookmarked (answer)")
    }

    func testANoteOnABookmarkDeletedInAnotherWindowIsNotAcknowledged() throws {
        var s = try ReaderFixture.state(120, 40, keys: "m<Enter>")
        s.bookmarksSaved(s.allBookmarks, request: s.saveRequests)
        var deleted = s.allBookmarks[0]   // another reader deleted it meanwhile
        deleted.deleted = true
        deleted.revision += 1
        for key in try KeyNotation.parse("'ea note<Enter>") { _ = s.handle(key) }
        XCTAssertEqual(s.message, "saving…")
        s.bookmarksSaved(Bookmark.merge(s.allBookmarks, [deleted]), request: s.saveRequests)
        XCTAssertEqual(s.message, "that bookmark was deleted in another window: the change was not kept")
        XCTAssertTrue(s.bookmarks.isEmpty)
    }

    func testUndoNamesTheDeletionItUndoes() throws {
        var s = try ReaderFixture.state(120, 40, keys: "m<Enter>'d")
        let deletion = try XCTUnwrap(s.allBookmarks.first)
        XCTAssertTrue(deletion.deleted)
        _ = s.handle(.char("u"))
        XCTAssertEqual(s.allBookmarks.first?.restores, deletion.revision)
        XCTAssertEqual(s.allBookmarks.first?.revision, deletion.revision + 1)
    }

    func testTheLiveListIsWorkedOutOncePerChangeNotPerUse() throws {
        // 100,000 bookmarks made every key seconds long: the list was filtered and sorted for
        // each entry drawn. Two uses now share one array; a change makes a new one.
        var s = try ReaderFixture.state(120, 40, keys: "m<Enter>]m<Enter>'")
        func order(_ list: LiveBookmarks) -> UnsafePointer<Int>? { list.order.withUnsafeBufferPointer(\.baseAddress) }
        let a = s.bookmarks, b = s.bookmarks
        XCTAssertEqual(order(a), order(b))
        XCTAssertEqual(a.map(\.block), a.map(\.block).sorted())
        _ = s.handle(.char("d"))
        XCTAssertEqual(s.bookmarks.count, 1)
        XCTAssertNotEqual(order(s.bookmarks), order(a))
        XCTAssertEqual(s.bookmarkList.markedBlocks, s.bookmarks.map(\.block))
        XCTAssertTrue(s.bookmarkList.isMarked(s.bookmarks[0].block))
        XCTAssertFalse(s.bookmarkList.isMarked(s.bookmarks[0].block + 1))
        // A list out of reading order (another reader's file, orphans among them) is sorted.
        var orphan = Bookmark.paragraph(3, in: ReaderFixture.interview)
        orphan.orphaned = true
        let marks = [70, 12, 40, 12].map { Bookmark.paragraph($0, in: ReaderFixture.interview) }
        s.replaceBookmarks([marks[0], orphan, marks[1], marks[2], marks[3]])
        XCTAssertEqual(s.bookmarks.map(\.block), [12, 12, 40, 70, 3])
        XCTAssertEqual(s.bookmarkList.markedBlocks, [12, 40, 70])
    }

    func testTheListKeptInStepAgreesWithTheListWorkedOutAgain() {
        // Changes to one bookmark update the order and the marks in place; they must end where
        // working everything out again would.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var list = BookmarkList((0..<Int.random(in: 0...12, using: &rng)).map { _ in
                Bookmark.paragraph(Int.random(in: 0..<8, using: &rng), in: ReaderFixture.interview)
            }.sorted { $0.readingKey < $1.readingKey })
            for _ in 0..<30 {
                if list.all.isEmpty || Int.random(in: 0..<4, using: &rng) == 0 {
                    let b = Bookmark.paragraph(Int.random(in: 0..<8, using: &rng), in: ReaderFixture.interview)
                    list.insert(b, at: list.all.firstIndex { $0.readingKey > b.readingKey } ?? list.all.count)
                } else {
                    let i = Int.random(in: 0..<list.all.count, using: &rng)
                    var b = list.all[i]
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: b.deleted.toggle()
                    case 1: b.orphaned.toggle()
                    default: b.note += "x"
                    }
                    list.replace(at: i, with: b)
                }
                let again = BookmarkList(list.all)
                XCTAssertEqual(list.order, again.order)
                XCTAssertEqual(list.markedBlocks, again.markedBlocks)
            }
        }
    }

    func testReadingPositionRoundTrip() throws {
        let s = try ReaderFixture.state(120, 40, keys: ":7<Enter>jjjj<Tab>")
        let saved = s.readingPosition
        XCTAssertEqual(saved.exchange, 7)
        var fresh = try ReaderFixture.state(120, 40)
        fresh.resume(at: saved)
        XCTAssertEqual(fresh.currentSection.kind, .exchange(7))
        XCTAssertEqual(fresh.answerAnchor, s.answerAnchor)
        XCTAssertEqual(fresh.focus, .sidebar)
        var nonsense = try ReaderFixture.state(120, 40)
        nonsense.resume(at: ReadingPosition(exchange: 99, block: 10_000, row: 5, focus: "?", sidebarTab: "?"))
        XCTAssertEqual(nonsense.currentSection.kind, .exchange(1))
    }

    func testSavedBookmarksMergeWithChangesMadeMeanwhile() throws {
        var s = try ReaderFixture.state(120, 40, keys: "m<Enter>")
        let saved = s.allBookmarks
        for key in try KeyNotation.parse("'enewer<Enter>") { _ = s.handle(key) }
        var theirs = Bookmark.paragraph(70, in: ReaderFixture.interview)
        theirs.note = "another reader's"
        s.mergeSaved(saved + [theirs])   // a save that started before the note was edited
        XCTAssertEqual(s.bookmarks.map(\.note).sorted(), ["another reader's", "newer"])
    }
}
