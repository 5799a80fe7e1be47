import Foundation
import XCTest
import TestSupport
@testable import TranscriptKit

/// Many documents: which files make a library, their dates, and parsing in order on every core.
final class LibraryTests: XCTestCase {
    static let corpus = Repository.root().deletingLastPathComponent().appendingPathComponent("shared/corpus")

    func testDatesFromHeadersDatelinesAndPlainText() {
        XCTAssertEqual(DocumentDate.find(in: "---\ntitle: A talk\ndate: '2021-09-15'\n---\nQ: Hi?\n"), "2021-09-15")
        XCTAssertEqual(DocumentDate.find(in: ":title: Civic tech\n:date: 2025-12-04 15:41\n"), "2025-12-04")
        XCTAssertEqual(DocumentDate.find(in: "Moscow, 17 September 2020\nQ: Hello.\n"), "2020-09-17")
        XCTAssertEqual(DocumentDate.find(in: "Host: This is episode 9, recorded Tuesday, January 17th, 2017.\n"), "2017-01-17")
        XCTAssertEqual(DocumentDate.find(in: "        9     March 10, 1998\n"), "1998-03-10")
        XCTAssertEqual(DocumentDate.find(in: "Sept 3, 2019 — notes\n"), "2019-09-03")
        // A date: key wins over a date written earlier in the text.
        XCTAssertEqual(DocumentDate.find(in: "Looking back at May 1, 1999\ndate: 2004-02-29\n"), "2004-02-29")
        // Not dates: a month out of range, a year alone, a number that is not a day, a phone number.
        XCTAssertNil(DocumentDate.find(in: "2021-13-01 and 2021 and March 45, 2020 and 555-1234-99\n"))
        XCTAssertNil(DocumentDate.find(in: "Q: May I ask about 1998?\nA: You may.\n"))
        // Lines found by their newline bytes, as characters would split them: `\r\n` ends
        // none, and only the first 25 lines are read.
        XCTAssertEqual(DocumentDate.firstLines("a\r\nb\nc"), ["a\r\nb", "c"])
        XCTAssertEqual(DocumentDate.firstLines(""), [""])
        XCTAssertEqual(DocumentDate.firstLines("x\n"), ["x", ""])
        let lines = (1...30).map { "line \($0)" }.joined(separator: "\n")
        XCTAssertEqual(DocumentDate.firstLines(lines), lines.split(separator: "\n").prefix(25).map { $0 })
        XCTAssertNil(DocumentDate.find(in: String(repeating: "Q: Why?\n", count: 25) + "date: 2004-02-29\n"))
        XCTAssertEqual(DocumentDate.find(in: String(repeating: "Q: Why?\n", count: 24) + "date: 2004-02-29\n"), "2004-02-29")
    }

    /// A cue's timing read from its line: ASCII split by bytes, other text by characters.
    func testCueTimings() {
        let plain = CueTiming("00:01:02.500 --> 00:01:04.000 align:start")
        XCTAssertEqual(plain?.start, 62_500)
        XCTAssertEqual(plain?.end, 64_000)
        XCTAssertEqual(plain?.startText, "00:01:02.500")
        XCTAssertEqual(CueTiming("  01:02,5  -->  01:03 ")?.start, 62_005)
        XCTAssertEqual(CueTiming("00:00:01.000 --> 00:00:02.000 région:é")?.end, 2_000)
        XCTAssertNil(CueTiming("00:00:01.000 -> 00:00:02.000"))
        XCTAssertNil(CueTiming("1:2:3:4.000 --> 00:00:02.000"))
    }

    /// A folder holding transcripts, a sidecar, hidden files, a binary, a FIFO, a dangling link
    /// and a symlink loop: only the transcripts are listed, in a stable order; the rest counted.
    func testFilesOfAFolderAndWhatIsSkipped() throws {
        let folder = try Self.scratchFolder("files")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("Q: Why?\nA: Because.\n", folder, "b.txt")
        try Self.write("Q: What?\nA: That.\n", folder, "a.md")
        try Self.write("Q = interviewer\n", folder, "a.md.speakers")
        try Self.write("hidden\n", folder, ".notes.txt")
        try Self.write("Q: Deeper?\nA: Yes.\n", folder, "sub/c.srt")
        try Data([0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 5000)).write(to: folder.appendingPathComponent("tool"))
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let files = LibraryFiles([folder.path])
        let names = files.paths.map { String($0.dropFirst(folder.path.count + 1)) }
        XCTAssertEqual(names, ["a.md", "b.txt", "tool", "sub/c.srt"])
        XCTAssertEqual(files.skipped.map(\.why).sorted { $0.rawValue < $1.rawValue }, [.special, .loop, .unreadable])
        guard case .skipped(.binary) = Library.read(folder.appendingPathComponent("tool").path) else {
            return XCTFail("a binary file is skipped when read")
        }
        guard case .parsed(let document, let entry) = Library.read(folder.appendingPathComponent("a.md").path) else {
            return XCTFail("a transcript is parsed")
        }
        XCTAssertEqual(document.exchanges.count, 1)
        XCTAssertEqual(entry.exchanges, 1)
        XCTAssertTrue(entry.dateFromFile, "no date in the text: the file's")
        XCTAssertEqual(LibraryFiles.summary(files.skipped), "skipped 3 files: 1 unreadable, 1 not a regular file, 1 symlink loop")
        // Named on the command line, a FIFO is skipped the same way; two links to one folder read it once.
        let other = try Self.scratchFolder("other")
        defer { try? FileManager.default.removeItem(at: other) }
        try Self.write("Q: Once?\nA: Once.\n", other, "d.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("again").path, withDestinationPath: other.path)
        let twice = LibraryFiles([folder.appendingPathComponent("pipe").path, other.path, folder.appendingPathComponent("again").path])
        XCTAssertEqual(twice.paths, [other.appendingPathComponent("d.txt").path])
        XCTAssertEqual(twice.skipped.map(\.why), [.special])
    }

    /// Results come back in index order whatever order the work finishes in.
    func testInOrderDeliversInOrderFromEveryCore() {
        var delivered: [Int] = []
        Library.inOrder(200, work: { index -> Int in
            if index % 7 == 0 { usleep(2000) }   // some finish late
            return index * index
        }, deliver: { index, square in
            XCTAssertEqual(square, index * index)
            delivered.append(index)
        })
        XCTAssertEqual(delivered, Array(0..<200))
    }

    func testSizesAndDatesAsListed() {
        var entry = LibraryEntry(path: "/nonexistent")
        for (bytes, text) in [(812, "812 B"), (20_275, "20 KB"), (1_449_000, "1.4 MB"), (61_000_000, "61 MB")] {
            entry.bytes = bytes
            XCTAssertEqual(entry.sizeText, text)
        }
        XCTAssertEqual(LibraryEntry.day(of: 0), "1970-01-01")
        XCTAssertEqual(LibraryEntry.day(of: 1_600_300_800), "2020-09-17")
    }

    /// The real corpus as a library: every transcript parses, and the dates its headers,
    /// datelines and openings give are found (checked against the files by reading them).
    func testTheCorpusAsALibrary() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus.path) else {
            print("corpus: \(Self.corpus.path) is absent (a plain clone); the library checks on it are skipped")
            return
        }
        let files = LibraryFiles([Self.corpus.path])
        XCTAssertEqual(files.skipped.count, 0)
        XCTAssertGreaterThanOrEqual(files.paths.count, 36)
        var entries: [String: LibraryEntry] = [:]
        Library.inOrder(files.paths.count, work: { Library.read(files.paths[$0]) }, deliver: { _, read in
            if case .parsed(_, let entry) = read { entries[(entry.path as NSString).lastPathComponent] = entry }
        })
        XCTAssertEqual(entries.count, files.paths.count)
        let dates = ["01-wh-2021-aukus-background-call.md": "2021-09-15", "14-pdis-2016-guiton-fullwidth-colons.md": "2016-03-09",
                     "22-podcast-kristol-fukuyama.yaml": "2023-01-24", "26-podcast-python-bytes-233-timestamps-only.txt": "2021-05-12",
                     "25-podcast-python-bytes-009-surname-labels.txt": "2017-01-17", "36-blog-tomlee-2025-civic-tech.rst": "2025-12-04",
                     "33-nysenate-1998-floor-session-line-numbers.txt": "1998-03-10"]
        for (name, date) in dates {
            XCTAssertEqual(entries[name]?.date, date, name)
            XCTAssertEqual(entries[name]?.dateFromFile, false, name)
        }
        XCTAssertEqual(entries["01-wh-2021-aukus-background-call.md"]?.title, "Background Press Call on AUKUS")
    }

    /// The cache of summaries: what it keeps comes back the same; anything torn or damaged is
    /// refused and removed, and the document parsed again.
    func testTheCacheKeepsSummariesAndNeverTrustsADamagedOne() throws {
        let folder = try Self.scratchFolder("cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = LibraryCache(folder: folder.appendingPathComponent("cache").path, version: "test-1")
        let summary = LibraryCache.Summary(title: "A\ttab and\na line", date: "2020-01-02", participants: ["Ana Ruiz", "Bo Li"],
                                           exchanges: 3, countries: [.init(code: "LY", name: "Libya", mentions: 4)])
        let text = LibraryCache.encode(summary)
        var expected = summary
        expected.title = "A tab and a line"
        XCTAssertEqual(LibraryCache.decode(text), expected)
        for cut in [1, 10, text.utf8.count / 2, text.utf8.count - 2] {
            XCTAssertNil(LibraryCache.decode(String(decoding: Array(text.utf8).prefix(cut), as: UTF8.self)), "cut at \(cut)")
        }
        XCTAssertNil(LibraryCache.decode(text.replacingOccurrences(of: "exchanges\t3", with: "exchanges\tthree")))
        XCTAssertEqual(LibraryCache.key(of: Array("same".utf8)), LibraryCache.key(of: Array("same".utf8)))
        XCTAssertNotEqual(LibraryCache.key(of: Array("same".utf8)), LibraryCache.key(of: Array("Same".utf8)))

        try Self.write("Moscow, 17 September 2020\n\nQ: What about Libya?\nA: Libya is far.\n", folder, "talk.txt")
        let path = folder.appendingPathComponent("talk.txt").path
        let parsed = Library.summarise(path, cache: cache)
        XCTAssertEqual(parsed.entry?.date, "2020-09-17")
        XCTAssertEqual(parsed.countries.first?.code, "LY")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.folder)
        XCTAssertEqual(files.count, 1, "one file per document, nothing left aside: \(files)")
        let kept = cache.folder + "/" + files[0]
        // Kept: the cached entry is the parsed one.
        let again = Library.summarise(path, cache: cache)
        XCTAssertEqual(again.entry, parsed.entry)
        XCTAssertEqual(again.countries.map(\.mentions), parsed.countries.map(\.mentions))
        // A file that no longer decodes is removed, the document parsed again and the file rewritten.
        try "colloquy-library 1\ntitle\tforged\n".write(toFile: kept, atomically: true, encoding: .utf8)
        XCTAssertEqual(Library.summarise(path, cache: cache).entry, parsed.entry)
        XCTAssertEqual(LibraryCache.decode(try String(contentsOfFile: kept, encoding: .utf8))?.exchanges, parsed.entry?.exchanges)
        // Another version never sees these summaries.
        XCTAssertNil(LibraryCache(folder: folder.appendingPathComponent("cache").path, version: "test-2").load(files[0]))
        // A sidecar's corrections are not in the key: such a document is parsed every time.
        try Self.write("Q = interviewee\n", folder, "talk.txt.speakers")
        try FileManager.default.removeItem(atPath: kept)
        _ = Library.summarise(path, cache: cache)
        XCTAssertFalse(FileManager.default.fileExists(atPath: kept))
    }

    /// People, organisations and topics are kept beside the summary, one file per kind, found by
    /// the file's identity or its bytes as the summary is; a damaged one is rebuilt.
    func testTheCacheKeepsEachKindOfEntity() throws {
        let folder = try Self.scratchFolder("kinds")
        defer { try? FileManager.default.removeItem(at: folder) }
        var cache = LibraryCache(folder: folder.appendingPathComponent("cache").path, version: "test-1")
        cache.settling = 0
        try Self.write("Q: Did Angela Merkel call?\nA: Angela Merkel called about NATO.\n", folder, "talk.txt")
        let path = folder.appendingPathComponent("talk.txt").path
        let people = try XCTUnwrap(Library.entities(.people, path, cache: nil))
        XCTAssertEqual(people.map(\.name), ["Angela Merkel"])
        XCTAssertEqual(Library.entities(.people, path, cache: cache)?.map(\.mentions), people.map(\.mentions))
        let stamp = try XCTUnwrap(FileStamp(path: path))
        let byIdentity = cache.folder + "/" + stamp.key + ".people"
        let key = LibraryCache.key(of: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        XCTAssertTrue(FileManager.default.fileExists(atPath: byIdentity))
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.folder + "/" + key + ".people"))
        XCTAssertNotNil(Library.entities(.organisations, path, cache: cache))
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.folder + "/" + stamp.key + ".organisations"), "a file per kind")
        // Found by identity, not by parsing: what is kept there is what the picker gets.
        try? FileManager.default.removeItem(atPath: byIdentity)
        cache.store(LibraryCache.Summary(title: nil, date: nil, participants: [], exchanges: 0, countries: [.init(code: "bo li", name: "Bo Li", mentions: 2)]),
                    key: stamp.key + ".people")
        XCTAssertEqual(Library.entities(.people, path, cache: cache)?.map(\.name), ["Bo Li"])
        // Damaged: removed, and the document parsed (and kept) again.
        try "colloquy-library 1\ntitle\t".write(toFile: byIdentity, atomically: true, encoding: .utf8)
        XCTAssertEqual(Library.entities(.people, path, cache: cache)?.map(\.name), ["Angela Merkel"])
        XCTAssertEqual(LibraryCache.decode(try String(contentsOfFile: byIdentity, encoding: .utf8))?.countries.map(\.name), ["Angela Merkel"])
    }

    /// A reopened library finds each unchanged file's summary by its identity, reading none of
    /// its bytes; a file changed since is found by its bytes, and one changed a moment ago is
    /// not trusted by its identity at all.
    func testTheCacheFindsAnUnchangedFileByItsIdentity() throws {
        let folder = try Self.scratchFolder("identity")
        defer { try? FileManager.default.removeItem(at: folder) }
        var cache = LibraryCache(folder: folder.appendingPathComponent("cache").path, version: "test-1")
        try Self.write("Moscow, 17 September 2020\n\nQ: What about Libya?\nA: Libya is far.\n", folder, "talk.txt")
        let path = folder.appendingPathComponent("talk.txt").path
        // Just written: kept by its bytes only.
        let parsed = Library.summarise(path, cache: cache)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.folder).filter { $0.hasPrefix("file-") }, [])
        // Left alone long enough (here: no time at all), it is kept by its identity too.
        cache.settling = 0
        XCTAssertEqual(Library.summarise(path, cache: cache).entry, parsed.entry)
        let stamp = try XCTUnwrap(FileStamp(path: path))
        let byIdentity = cache.folder + "/" + stamp.key
        XCTAssertTrue(FileManager.default.fileExists(atPath: byIdentity))
        // Found by identity, not by reading: a summary put there is what the library lists.
        var forged = try XCTUnwrap(LibraryCache.decode(try String(contentsOfFile: byIdentity, encoding: .utf8)))
        forged.title = "Put there by the test"
        try LibraryCache.encode(forged).write(toFile: byIdentity, atomically: true, encoding: .utf8)
        XCTAssertEqual(Library.summarise(path, cache: cache).entry?.title, "Put there by the test")
        // The file changes (same size, even): another identity, so its bytes are read and parsed.
        try Self.write("Moscow, 17 September 2020\n\nQ: What about Syria?\nA: Syria is far.\n", folder, "talk.txt")
        XCTAssertNotEqual(FileStamp(path: path), stamp)
        let changed = Library.summarise(path, cache: cache)
        XCTAssertEqual(Set(changed.countries.map(\.code)), ["SY", "RU"], "Syria, and Moscow's Russia")
        XCTAssertNotEqual(changed.entry?.title, "Put there by the test")
        // A damaged identity file is removed and never trusted, as any other.
        let now = try XCTUnwrap(FileStamp(path: path)).key
        try "colloquy-library 1\ntitle\tforged\n".write(toFile: cache.folder + "/" + now, atomically: true, encoding: .utf8)
        XCTAssertEqual(Library.summarise(path, cache: cache).countries.map(\.code), changed.countries.map(\.code))
        XCTAssertEqual(LibraryCache.decode(try String(contentsOfFile: cache.folder + "/" + now, encoding: .utf8))?.countries.map(\.code),
                       changed.countries.map(\.code))
        XCTAssertNil(FileStamp(path: folder.appendingPathComponent("gone.txt").path))
    }

    /// A document's entities taken out and added again (its file changed) leave the merged
    /// index as if it had been added once.
    func testMergedMentionsTakeADocumentOutAndBackIn() {
        var merged = LibraryMentions()
        merged.add(document: 0, [("LY", "Libya", 3), ("EG", "Egypt", 1)])
        merged.add(document: 1, [("LY", "Libya", 2)])
        merged.add(document: 0, [("SY", "Syria", 4)])
        XCTAssertEqual(merged.entities.map(\.code), ["SY", "LY"], "Egypt left with the document's old text")
        XCTAssertEqual(merged.entity("LY")?.mentions, 2)
        XCTAssertNil(merged.entity("EG"))
        merged.remove(document: 1)
        XCTAssertEqual(merged.entities.map(\.code), ["SY"])
        merged.remove(document: 1)
        merged.add(document: 1, [("LY", "Libya", 2)])
        XCTAssertEqual(merged.entity("LY")?.documents.map(\.document), [1])
    }

    /// The library's files, looked at while it is open: a changed file, a vanished one and a new one are told, once.
    func testTheWatchTellsChangedAndVanishedFiles() throws {
        let folder = try Self.scratchFolder("watch")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.txt", "b.txt", "c.txt"] { try Self.write("Q: \(name)?\nA: Yes.\n", folder, name) }
        let paths = ["a.txt", "b.txt", "c.txt"].map { folder.appendingPathComponent($0).path }
        var watch = LibraryWatch(paths: paths, walking: [folder.path], interval: 0, rescan: 0)
        XCTAssertTrue(watch.look() == ([], [], []))
        try Self.write("Q: b.txt changed, and longer?\nA: Yes.\n", folder, "b.txt")
        try FileManager.default.removeItem(atPath: paths[2])
        try Self.write("Q: new?\nA: Yes.\n", folder, "d.txt")
        XCTAssertTrue(watch.look() == ([1], [2], [folder.appendingPathComponent("d.txt").path]))
        XCTAssertTrue(watch.look() == ([], [], []), "each told once")
        try Self.write("Q: c.txt again?\nA: Yes.\n", folder, "c.txt")
        XCTAssertTrue(watch.look() == ([], [], [paths[2]]), "a file written again where one vanished is new")
        try Self.write("Q: d.txt changed?\nA: Yes, it did.\n", folder, "d.txt")
        XCTAssertTrue(watch.look() == ([3], [], []), "a new file is watched under the next index")
    }

    static func scratchFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-library-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        return folder
    }

    static func write(_ text: String, _ folder: URL, _ name: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}

/// A document's passages for the library's `p`: one per paragraph with hits, the first three
/// kept, each with its speaker and one line of text from a word or so before the hit.
final class DocumentPassagesTests: XCTestCase {
    static let text = """
    INTERVIEWER: What happened in Libya?

    MINISTER: We sent ships to Libya, and then to Egypt. Libya asked for them.

    INTERVIEWER: And Egypt?

    MINISTER: \(String(repeating: "The long answer goes on and on. ", count: 8))Libya came last.
    It ran over
    two lines.

    INTERVIEWER: Libya, one last time?

    MINISTER: No.
    """

    func testASearchsPassagesAreItsParagraphsWithSpeakers() throws {
        let document = TranscriptParser.parse(Self.text, name: "t.txt")
        let query = SearchQuery("libya")
        let hits = SearchIndex(document: document).search(query).hits
        XCTAssertEqual(hits.count, 5)
        let found = DocumentPassages(hits: hits, in: document, query: query)
        XCTAssertEqual(found.count, 4, "two hits in one paragraph are one passage")
        XCTAssertEqual(found.first.count, DocumentPassages.cap)
        XCTAssertEqual(found.first.map(\.speaker), ["INTERVIEWER", "MINISTER", "MINISTER"])
        XCTAssertEqual(found.first[0].text, "What happened in Libya?")
        XCTAssertEqual(found.first[2].text.first, "…", "a long paragraph starts a little before the hit")
        XCTAssertTrue(found.first[2].text.hasSuffix(" and on. Libya came last."), found.first[2].text)
        XCTAssertFalse(found.first[2].text.hasPrefix("…n "), "at a word")
        XCTAssertEqual(found.first.map(\.block), hits.map(\.block).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }.prefix(3).map { $0 })
        XCTAssertEqual(DocumentPassages(hits: [], in: document, query: query), DocumentPassages(count: 0, first: []))
    }

    func testAnEntitysPassagesAreTheParagraphsMentioningIt() throws {
        let document = TranscriptParser.parse(Self.text, name: "t.txt")
        let index = EntityIndex.build(.countries, document)
        let found = DocumentPassages(mentioning: "EG", in: index, document: document)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.first.map(\.speaker), ["MINISTER", "INTERVIEWER"])
        XCTAssertEqual(found.first[1].text, "And Egypt?")
        XCTAssertEqual(DocumentPassages(mentioning: "FR", in: index, document: document).count, 0)
    }
}
