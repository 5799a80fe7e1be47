import Foundation
import XCTest
@testable import TranscriptKit

/// Readers that race: a stale copy meets a deletion, a save is killed mid-write.
final class BookmarkRaceTests: XCTestCase {
    private var folder: URL!
    private let document = Document.embeddedInterview()

    override func setUp() {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("colloquy-race-\(UUID().uuidString)")
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private var store: BookmarkStore { BookmarkStore(folder: folder) }

    /// What a reader holds after opening the document.
    private func open() -> BookmarkFile { store.open(document, path: nil).file }

    /// A change as the reader makes it: one more revision, stamped now (or later, to win any tie).
    private func changed(_ b: Bookmark, seconds: Double = 0, _ change: (inout Bookmark) -> Void) -> Bookmark {
        var copy = b
        change(&copy)
        copy.revision += 1
        copy.updated = Date().addingTimeInterval(seconds)
        return copy
    }

    private func saving(_ file: BookmarkFile, _ marks: [Bookmark]) throws -> BookmarkFile {
        var copy = file
        copy.bookmarks = marks
        return try store.save(copy)
    }

    func testAStaleReadersEditDoesNotUndoADeletion() throws {
        let first = try saving(open(), [Bookmark.paragraph(5, in: document)])
        let mark = try XCTUnwrap(first.bookmarks.first)
        let a = open(), b = open()   // two readers, both holding the live bookmark
        _ = try saving(a, [changed(mark) { $0.deleted = true }])
        // B edits the note it still sees, twice, later than the deletion: the deletion still wins.
        let edited = changed(changed(mark, seconds: 5) { $0.note = "edited" }, seconds: 6) { $0.note = "edited again" }
        XCTAssertEqual(try saving(b, [edited]).visible.count, 0)
        XCTAssertEqual(open().visible.count, 0)
        XCTAssertEqual(open().bookmarks.first?.deleted, true)
    }

    func testAnUndoBringsTheBookmarkBackAndStaysBack() throws {
        let mark = try XCTUnwrap(try saving(open(), [Bookmark.paragraph(5, in: document)]).bookmarks.first)
        let stale = open()   // a reader that will hold the deletion, later, in memory
        let deletion = changed(mark) { $0.deleted = true }
        _ = try saving(open(), [deletion])
        let undone = changed(deletion) { $0.deleted = false; $0.restores = deletion.revision }
        XCTAssertEqual(try saving(open(), [undone]).visible.count, 1, "the undo names the deletion it undoes")
        // Another reader edits it, then a reader still holding the deletion saves: it stays back.
        let edited = changed(try XCTUnwrap(open().bookmarks.first), seconds: 5) { $0.note = "after the undo" }
        _ = try saving(open(), [edited])
        let merged = try saving(stale, [deletion])
        XCTAssertEqual(merged.visible.map(\.note), ["after the undo"])
        XCTAssertEqual(merged.visible.first?.restores, deletion.revision, "the undo is remembered through the edit")
        // A later deletion is not covered by the old undo.
        let again = changed(try XCTUnwrap(open().bookmarks.first)) { $0.deleted = true }
        XCTAssertEqual(try saving(open(), [again]).visible.count, 0)
        XCTAssertEqual(try saving(open(), [undone]).visible.count, 0)
    }

    func testFilesWithoutUndoRecordsStillLoadAndTheFieldRoundTrips() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var mark = Bookmark.paragraph(5, in: document)
        mark.restores = 3
        var file = open()
        file.bookmarks = [mark, Bookmark.paragraph(9, in: document)]
        let text = String(decoding: file.encoded(), as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "\"restores\":").count, 2, "written only where set")
        XCTAssertEqual(BookmarkFile.decode(Array(text.utf8))?.bookmarks.map(\.restores), [3, nil])
        // As an older colloquy wrote it: no such field anywhere.
        let older = text.replacingOccurrences(of: ",\"restores\":3", with: "")
        XCTAssertFalse(older.contains("restores"))
        try Data(older.utf8).write(to: store.url(for: document.source.sha256))
        XCTAssertEqual(open().visible.count, 2)
        XCTAssertEqual(open().bookmarks.map(\.restores), [nil, nil])
    }

    func testTemporaryFilesOfKilledSavesAreRemovedWhenTheStoreIsOpened() throws {
        _ = try saving(open(), [Bookmark.paragraph(5, in: document)])
        let base = store.url(for: document.source.sha256).path
        // No process has this id (above any pid_max); this process is alive and may be saving.
        let dead = base + ".tmp-2147483000-12345", live = base + ".tmp-\(getpid())-678", other = folder.path + "/notes.tmp-1-1"
        for path in [dead, live, other] { XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("{".utf8))) }
        XCTAssertEqual(open().visible.count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dead), "a dead process's temporary file is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live), "a live process's may be a save in progress")
        XCTAssertTrue(FileManager.default.fileExists(atPath: other), "files that are not ours are left alone")
    }
}
