import Foundation
import XCTest
@testable import TranscriptKit

final class BookmarkStoreTests: XCTestCase {
    private var folder: URL!
    private let document = Document.embeddedInterview()

    override func setUp() {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("colloquy-store-\(UUID().uuidString)")
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func store() -> BookmarkStore { BookmarkStore(folder: folder) }

    private func file(_ bookmarks: [Bookmark] = []) -> BookmarkFile {
        store().open(document, path: nil).file.with(bookmarks)
    }

    func testRoundTrip() throws {
        var mark = Bookmark.paragraph(66, in: document)
        mark.note = "Libya: “quote” with\nnewline"
        var saved = file([mark])
        saved.position = ReadingPosition(exchange: 9, block: 67, row: 3, focus: "answer", sidebarTab: "bookmarks")
        _ = try store().save(saved)
        let (loaded, notes) = store().open(document, path: nil)
        XCTAssertEqual(notes, [])
        XCTAssertEqual(loaded.visible.map(\.note), [mark.note])
        XCTAssertEqual(loaded.visible.first?.exchange, 9)
        XCTAssertEqual(loaded.position?.row, 3)
        XCTAssertEqual(loaded.format, 1)
    }

    func testInjectedWriteFailureLeavesTheOldFileWhole() throws {
        _ = try store().save(file([Bookmark.paragraph(5, in: document)]))
        let before = try Data(contentsOf: store().url(for: document.source.sha256))
        var failing = store()
        for limit in [0, 1, 100, 300] {
            failing.failWritesAfter = limit
            XCTAssertThrowsError(try failing.save(file([Bookmark.paragraph(5, in: document), Bookmark.paragraph(6, in: document)])))
            XCTAssertEqual(try Data(contentsOf: store().url(for: document.source.sha256)), before)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [], "temporary files are removed after a failure")
    }

    func testTwoWritersBothKeepTheirBookmarks() throws {
        let a = file([Bookmark.paragraph(5, in: document)])
        let b = file([Bookmark.paragraph(20, in: document)])   // opened before a saved
        _ = try store().save(a)
        let merged = try store().save(b)
        XCTAssertEqual(merged.visible.map(\.block), [5, 20])
        XCTAssertEqual(store().open(document, path: nil).file.visible.map(\.block), [5, 20])
    }

    func testADeletionIsNotUndoneByAnOlderCopy() throws {
        var mark = Bookmark.paragraph(5, in: document, now: Date(timeIntervalSinceNow: -60))
        let stale = file([mark])
        _ = try store().save(stale)
        mark.deleted = true
        mark.updated = Date()
        _ = try store().save(file([mark]))
        let merged = try store().save(stale)   // another reader still holding the live copy
        XCTAssertEqual(merged.visible.count, 0)
    }

    func testANoteAddedInTheSameSecondIsNotLostToAnOlderCopy() throws {
        let now = Date()
        let mark = Bookmark.paragraph(5, in: document, now: now)
        _ = try store().save(file([mark]))
        let other = store().open(document, path: nil).file   // a second reader's copy, no note
        var edited = mark
        edited.note = "mine"
        edited.revision += 1
        edited.updated = now   // same timestamp, as within one second after a round trip
        _ = try store().save(file([edited]))
        let merged = try store().save(other)
        XCTAssertEqual(merged.visible.map(\.note), ["mine"])
    }

    func testConcurrentWritersFromManyThreadsLoseNothing() throws {
        let marks = (0..<40).map { Bookmark.paragraph($0 % document.blocks.count, in: document) }
        let store = store()
        let empty = file()
        DispatchQueue.concurrentPerform(iterations: marks.count) { i in
            var mine = empty
            mine.bookmarks = [marks[i]]
            _ = try? store.save(mine)
        }
        XCTAssertEqual(Set(store.open(document, path: nil).file.visible.map(\.id)), Set(marks.map(\.id)))
    }

    func testCorruptFileIsMovedAsideAndNeverOverwritten() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = store().url(for: document.source.sha256)
        try Data("{\"format\": 1, \"bookm".utf8).write(to: url)
        let (opened, notes) = store().open(document, path: nil)
        XCTAssertTrue(opened.bookmarks.isEmpty)
        XCTAssertEqual(notes.count, 1)
        XCTAssertTrue(notes[0].contains("damaged"), notes[0])
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".damaged-") }
        XCTAssertEqual(aside.count, 1)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent(aside[0]), encoding: .utf8), "{\"format\": 1, \"bookm")
    }

    func testTwoDamagedFilesInOneSecondAreBothKept() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = store().url(for: document.source.sha256)
        for content in ["first damaged", "second damaged"] {
            try Data(content.utf8).write(to: url)
            _ = store().open(document, path: nil)
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".damaged-") }
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        XCTAssertEqual(Set(kept), ["first damaged", "second damaged"])
    }

    func testEmptyFileIsDamagedAndKept() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: store().url(for: document.source.sha256).path, contents: Data()))
        let notes = store().open(document, path: nil).notes
        XCTAssertTrue(notes.first?.contains("damaged") == true, "\(notes)")
    }

    func testASymlinkedFileIsWrittenThroughAndStaysALink() throws {
        let elsewhere = folder.appendingPathComponent("dotfiles")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let real = elsewhere.appendingPathComponent("marks.json")
        _ = try BookmarkStore(folder: elsewhere).save(file([Bookmark.paragraph(5, in: document)]))
        try FileManager.default.moveItem(at: BookmarkStore(folder: elsewhere).url(for: document.source.sha256), to: real)
        let link = store().url(for: document.source.sha256)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)

        var opened = store().open(document, path: nil).file
        XCTAssertEqual(opened.visible.count, 1)
        opened.bookmarks.append(Bookmark.paragraph(9, in: document))
        _ = try store().save(opened)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
        XCTAssertEqual(BookmarkFile.decode([UInt8](try Data(contentsOf: real)))?.visible.count, 2)
    }

    func testAReadOnlyFileIsNeverReplaced() throws {
        _ = try store().save(file([Bookmark.paragraph(5, in: document)]))
        let url = store().url(for: document.source.sha256)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
        let before = try Data(contentsOf: url)
        var opened = store().open(document, path: nil).file
        XCTAssertEqual(opened.visible.count, 1, "a read-only file is still read")
        opened.bookmarks.append(Bookmark.paragraph(9, in: document))
        XCTAssertThrowsError(try store().save(opened)) { error in
            XCTAssertTrue("\(error)".contains("read-only"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: url), before)
    }

    func testUnwritableFolderIsAnErrorNotACrash() {
        let blocked = BookmarkStore(folder: URL(fileURLWithPath: "/dev/null/colloquy"))
        XCTAssertThrowsError(try blocked.save(file([Bookmark.paragraph(5, in: document)])))
    }

    func testEditedDocumentReanchorsByQuote() throws {
        let original = TranscriptParser.parse(Self.text, name: "t")
        let path = "/tmp/some/interview.txt"
        let quoteBlock = original.blocks.firstIndex { $0.text.hasPrefix("Tobruk wants") } ?? -1
        let rewordBlock = original.blocks.firstIndex { $0.text.hasPrefix("The embassy works") } ?? -1
        let doomedBlock = original.blocks.firstIndex { $0.text.hasPrefix("Sanctions never") } ?? -1
        var stored = store().open(original, path: path).file
        stored.bookmarks = [quoteBlock, rewordBlock, doomedBlock].map { Bookmark.paragraph($0, in: original) }
        _ = try store().save(stored)

        // Text inserted before, one passage reworded, one deleted.
        let edited = TranscriptParser.parse(
            "Host: A new first question?\n\nGuest: A new first answer.\n\n" + Self.text
                .replacingOccurrences(of: "The embassy works from Tunis for now, until security returns to Tripoli.",
                                      with: "The embassy works from Tunis for the moment, until security returns to Tripoli.")
                .replacingOccurrences(of: "Sanctions never worked and will not work now.\n\n", with: ""),
            name: "t")
        let (reopened, notes) = store().open(edited, path: path)
        let marks = reopened.visible
        XCTAssertEqual(marks.count, 3, "nothing is dropped")
        XCTAssertEqual(marks.filter(\.orphaned).map(\.quote), ["Sanctions never worked and will not work now."])
        let found = marks.filter { !$0.orphaned }
        XCTAssertEqual(found.map { edited.blocks[$0.block].text.prefix(12) }, ["Tobruk wants", "The embassy "])
        XCTAssertEqual(found.map(\.block), found.map { $0.block }.sorted())
        XCTAssertTrue(notes.first?.contains("1 orphaned") == true, "\(notes)")
    }

    static let text = """
    Host: What about Libya?

    Guest: Tobruk wants a seat at the table, and Tripoli does not object.

    The embassy works from Tunis for now, until security returns to Tripoli.

    Host: And sanctions?

    Guest: Sanctions never worked and will not work now.

    Dialogue is the only way.
    """
}

private extension BookmarkFile {
    func with(_ marks: [Bookmark]) -> BookmarkFile {
        var copy = self
        copy.bookmarks = marks
        return copy
    }
}

final class JSONValueTests: XCTestCase {
    func testReadsWhatTheWriterWrites() {
        var mark = Bookmark.paragraph(3, in: Document.embeddedInterview())
        mark.note = "quote \"this\" \\ tab\t newline\n emoji 😀 \u{1}"
        let file = BookmarkFile(document: .init(sha256: "x", name: "n", path: nil, title: "T"), bookmarks: [mark])
        let back = BookmarkFile.decode(file.encoded())
        XCTAssertEqual(back?.bookmarks.first?.note, mark.note)
        XCTAssertEqual(back?.bookmarks.first?.created.timeIntervalSince1970, mark.created.timeIntervalSince1970.rounded(.down))
    }

    func testEscapesAndMalformedInput() {
        XCTAssertEqual(JSONValue.parse(Array(#"{"a": "\u00e9\ud83d\ude00\/"}"#.utf8))?["a"]?.string, "é😀/")
        for bad in [#"{"a": 1"#, #"{"a" 1}"#, "[1,]", "\"unterminated", "{} extra", "[1, 2", "nul", String(repeating: "[", count: 100)] {
            XCTAssertNil(JSONValue.parse(Array(bad.utf8)), bad)
        }
    }
}
