import Foundation
import XCTest
import TestSupport

/// The library view in a real terminal: a generated library, and `../shared/corpus/` when present.
final class LibraryEndToEndTests: XCTestCase {
    private var session: TmuxSession?
    private var folder: URL?

    override func tearDown() {
        session?.close()
        session = nil
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func start(_ paths: [String], width: Int = 120, height: Int = 30) throws -> TmuxSession {
        let s = try TmuxSession(width: width, height: height,
                                command: "'\(Spawn.colloquy)' " + paths.map { "'\($0)'" }.joined(separator: " "))
        session = s
        return s
    }

    /// Twelve transcripts in three label styles, each naming its city, with a binary file beside them.
    private func generatedLibrary() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-library-e2e-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("more"), withIntermediateDirectories: true)
        let cities = ["Oslo", "Lima", "Accra", "Hanoi", "Quito", "Perth", "Turin", "Cork", "Fez", "Riga", "Bern", "Kobe"]
        for (i, city) in cities.enumerated() {
            let (ask, answer) = [("Interviewer:", "Mayor Lund:"), ("Q:", "A:"), ("**Host:**", "**Guest:**")][i % 3]
            var text = "Talking about \(city)\n\n\(2000 + i)-03-0\(1 + i % 9)\n\n"
            for n in 1...(2 + i) {
                text += "\(ask) What is question \(n) about \(city), and why does the harbour matter so much?\n\n"
                text += "\(answer) Answer \(n): the harbour of \(city) is where the town began, and where it still earns its living.\n\n"
                if n == 2 && i % 4 == 0 {
                    text += "\(ask) Does Egypt trade with \(city) too?\n\n\(answer) Egypt sends cotton. Angela Merkel once asked about it.\n\n"
                }
            }
            try text.write(to: folder.appendingPathComponent((i < 6 ? "" : "more/") + "talk-\(city.lowercased()).txt"),
                           atomically: true, encoding: .utf8)
        }
        try Data([0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 5000)).write(to: folder.appendingPathComponent("tool.bin"))
        self.folder = folder
        return folder
    }

    func testOpenSortFilterReadADocumentAndComeBack() throws {
        let library = try generatedLibrary()
        let s = try start([library.path])
        // Indexed in the background; the newest first.
        s.waitForAll(["Date ↓", "12/12 │ / search", "skipped 1 file: 1 binary"])
        let first = s.waitUntil("Kobe, the newest, at the top") { $0.split(separator: "\n").dropFirst().first?.contains("▸2011-03-03  Talking about Kobe") == true }
        XCTAssertTrue(first.contains("Mayor Lund"), first)
        s.send("o")
        s.waitForAll(["Title ↓", "sorted by title (o: by size)"])
        s.waitUntil("Accra first by title") { $0.split(separator: "\n").dropFirst().first?.contains("▸2002-03-03  Talking about Accra") == true }
        s.send("f")
        s.send("hanoi", literal: true)
        s.waitForAll(["filter: hanoi", "Talking about Hanoi", " 1/12"])
        XCTAssertFalse(s.lastScreen.contains("Talking about Oslo"))
        s.send("Enter")
        s.waitForAll(["1/12 │", "filter: hanoi"])
        s.send("Enter")
        s.waitForAll(["Question 1", "What is question 1 about Hanoi", "q or Ctrl-O returns to the library"])
        s.send("]")
        s.waitFor("question 2 about Hanoi")
        s.send("q")
        s.waitForAll(["Title ↓", "▸2003-03-04  Talking about Hanoi", "1/12 │"])
        // Back to the whole list, on the same document; Ctrl-O returns as q does.
        s.send("Escape")
        s.waitForAll(["12/12 │", "▸2003-03-04  Talking about Hanoi", "Talking about Oslo"])
        s.send("j")
        s.send("Enter")
        s.waitFor("What is question 1 about Kobe")
        s.send("C-o")
        s.waitFor("▸2011-03-03  Talking about Kobe")
        // A country across the library: Oslo, Quito and Fez mention Egypt, twice each.
        s.send("c")
        s.send("egy", literal: true)
        s.waitFor("Egypt — 6 mentions in 3 documents")
        s.send("Enter")
        s.waitForAll(["Egypt — 6 mentions in 3 documents; Enter reads one", "3/12 │", "▸2008-03-09  Talking about Fez", "Talking about Oslo", "Talking about Quito"])
        XCTAssertFalse(s.lastScreen.contains("Talking about Kobe"))
        s.send("Enter")
        s.waitForAll(["Does Egypt trade with Fez too?", "Egypt 1/2"])
        s.send("n")
        s.waitFor("Egypt 2/2")
        s.send("n")
        s.waitForAll(["Does Egypt trade with Oslo too?", "Egypt 1/2"])
        s.send("N")
        s.waitForAll(["Egypt sends cotton", "Egypt 2/2", "Question 3 · Host"])
        s.send("q")
        s.waitForAll(["▸2008-03-09  Talking about Fez", "mentioning Egypt"])
        // Searching every document: the hits per document, n from one document into the next.
        s.send("Escape")
        s.waitFor("every document listed again")
        s.send("/")
        s.send("cotton", literal: true)
        s.send("Enter")
        s.waitForAll(["“cotton”: 3 matches in 3 documents", " Hits ", "3/12 │"])
        s.send("Enter")
        s.waitForAll(["Egypt sends cotton", "match 1/1"])
        s.send("n")
        s.waitForAll(["Does Egypt trade with Oslo too?", "Egypt sends cotton", "match 1/1"])
        s.send("q")
        s.waitForAll(["▸2000-03-01  Talking about Oslo", "“cotton”: 3 matches in 3 documents"])
        s.send("Escape")
        s.waitFor("12/12 │")
        // Bookmarks in two documents, then all of them from the library; Enter opens at one.
        s.send("Enter")
        s.waitFor("trade with Oslo")   // where the search left it: the reading position is kept
        s.send(":1", literal: true)
        s.send("Enter")
        s.waitFor("What is question 1 about Oslo")
        s.send("]")
        s.send("m")
        s.waitFor("note on the")
        s.send("harbour in Oslo", literal: true)
        s.send("Enter")
        s.waitFor("bookmarked with a note")
        s.send("q")
        s.send("j")
        s.send("Enter")
        s.waitFor("What is question 1 about Perth")
        s.send("m")
        s.waitFor("note on the")
        s.send("Enter")
        s.waitFor("bookmarked")
        s.send("q")
        s.waitFor("12/12 │")
        s.send("'")
        s.waitForAll(["Bookmarks in the library", "2 bookmarks in 2 document(s)", "Talking about Oslo · exchange 2",
                      "Talking about Perth · exchange 1"])
        s.send("Enter")
        s.waitForAll(["What is question 2 about Oslo", "q or Ctrl-O returns to the library"])
        s.send("q")
        s.waitFor("12/12 │")
        s.send("q")
        s.waitFor("EXIT=0")
    }

    /// People across the library: Tab turns the picker from countries to people, indexed then;
    /// `n` past a person's last mention goes on into the next document.
    func testAPersonAcrossDocuments() throws {
        let library = try generatedLibrary()
        let s = try start([library.path])
        s.waitFor("12/12 │ / search")
        s.send("c")
        s.waitFor("Countries in the library")
        s.send("Tab")
        s.waitFor("People in the library")
        s.send("merkel", literal: true)
        s.waitFor("Angela Merkel — 3 mentions in 3 documents")
        s.send("Enter")
        s.waitForAll(["Angela Merkel — 3 mentions in 3 documents;", "3/12 │", "▸2008-03-09  Talking about Fez"])
        s.send("Enter")
        s.waitForAll(["Angela Merkel once asked about it", "Angela Merkel 1/1"])
        s.send("n")
        s.waitForAll(["Does Egypt trade with Quito too?", "Angela Merkel 1/1"])
        s.send("q")
        s.waitForAll(["▸2004-03-05  Talking about Quito", "mentioning Angela Merkel"])
        s.send("q")
        s.waitFor("EXIT=0")
    }

    /// `p`: the passages of a search, then of a country, grouped by document with date and
    /// speaker; Enter reads at the passage chosen and `q` comes back to the passages.
    func testPassagesAcrossDocuments() throws {
        let library = try generatedLibrary()
        let s = try start([library.path])
        s.waitFor("12/12 │ / search")
        s.send("/")
        s.send("harbour", literal: true)
        s.send("Enter")
        s.waitFor("“harbour”: 180 matches in 12 documents")
        s.send("p")
        let passages = s.waitForAll(["Passages with “harbour”: 180 matches in 12 documents", "▸2011-03-03  Talking about Kobe  26 matches",
                                     "    Guest: Answer 1: the harbour of Kobe is where the town began", "    …and 23 more passages",
                                     " 2010-03-02  Talking about Bern  24 matches", "    Q: What is question 1 about Bern",
                                     "    Interviewer: What is question 1 about Riga", "    Mayor Lund: Answer 1: the harbour of Riga"])
        XCTAssertFalse(passages.contains("question 3 about Kobe"), "three passages a document:\n\(passages)")
        s.send("j")
        s.send("j")
        s.send("Enter")
        s.waitForAll(["Answer 1: the harbour of Kobe", "“harbour” 2/26 here"])
        s.send("q")
        s.waitForAll(["Passages with “harbour”", "▸   Guest: Answer 1: the harbour of Kobe"])
        s.send("p")
        s.waitFor("▸2011-03-03  Talking about Kobe")
        s.send("Escape")
        s.waitFor("12/12 │ / search")
        s.send("c")
        s.send("egy", literal: true)
        s.waitFor("Egypt — 6 mentions in 3 documents")
        s.send("Enter")
        s.send("p")
        s.waitForAll(["Passages mentioning Egypt — 6 mentions in 3 documents", "▸2008-03-09  Talking about Fez  2 mentions",
                      "    Host: Does Egypt trade with Fez too?", "    Guest: Egypt sends cotton."])
        s.send("j")
        s.send("j")
        s.send("Enter")
        s.waitForAll(["Egypt sends cotton", "Egypt 2/2 here"])
        s.send("n")
        s.waitForAll(["Does Egypt trade with Quito too?", "Egypt 1/2 here"])
        s.send("q")
        s.waitFor("▸2004-03-05  Talking about Quito")
        s.send("q")
        s.waitFor("EXIT=0")
    }

    /// Files edited and deleted while the library is open: read again, or dropped, with a notice.
    func testFilesThatChangeOrVanishWhileOpen() throws {
        let library = try generatedLibrary()
        let s = try start([library.path])
        s.waitForAll(["12/12 │ / search", "Talking about Lima"])
        let lima = library.appendingPathComponent("talk-lima.txt")
        try "Talking about Lima again\n\n2030-01-01\n\nQ: Is Lima new?\n\nA: Quite new, and Egypt agrees.\n\n"
            .write(to: lima, atomically: false, encoding: .utf8)
        s.waitForAll(["talk-lima.txt: changed; read again", "▸2030-01-01  Talking about Lima again"])
        try FileManager.default.removeItem(at: library.appendingPathComponent("more/talk-kobe.txt"))
        s.waitForAll(["talk-kobe.txt: no longer there; dropped", "11/11 │"])
        XCTAssertFalse(s.lastScreen.contains("Talking about Kobe"))
        s.send("c")
        s.send("egy", literal: true)
        s.waitFor("Egypt — 7 mentions in 4 documents")
        s.send("Escape")
        s.send("Enter")
        s.waitForAll(["Is Lima new?", "q or Ctrl-O returns to the library"])
        s.send("q")
        s.waitFor("11/11 │")
        // A file added to a subfolder is listed, read, and counted in the picker.
        try "Talking about Nuuk\n\n2031-05-05\n\nQ: Does Egypt reach Nuuk?\n\nA: Not yet.\n\n"
            .write(to: library.appendingPathComponent("more/talk-nuuk.txt"), atomically: true, encoding: .utf8)
        s.waitForAll(["12/12 │", "talk-nuuk.txt: new; added to the library", " 2031-05-05  Talking about Nuuk"])
        s.send("c")
        s.send("egy", literal: true)
        s.waitFor("Egypt — 8 mentions in 5 documents")
        s.send("Escape")
        s.send("q")
        s.waitFor("EXIT=0")
    }

    func testTheCorpusAsALibrary() throws {
        let corpus = Repository.root().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("corpus: \(corpus.path) is absent (a plain clone); the library end-to-end test on it is skipped")
            return
        }
        let s = try start([corpus.path])
        s.waitFor("38/38 │")
        s.send("f")
        s.send("hardtalk", literal: true)
        s.waitForAll(["2022-10-21  2022-10-21 Interview with BBC HARDtalk", "filter: hardtalk", " 1/38"])
        s.send("Enter")
        s.send("Enter")
        s.waitForAll(["Question 1 · Zeinab Badawi", "Answer · Audrey Tang"])
        s.send("q")
        s.waitFor("▸2022-10-21  2022-10-21 Interview with BBC HARDtalk")
        // Libya across the corpus: the Kremlin's news conference, then its Bloomberg interview.
        s.send("Escape")
        s.send("c")
        s.send("libya", literal: true)
        s.waitForAll(["Libya — ", "in 3 documents"])
        s.send("Enter")
        s.waitForAll(["3/38 │", "News conference of Vladimir Putin", "Interview to Bloomberg"])
        s.send("Enter")
        s.waitForAll(["Libya 1/1 │", "n past the last goes to the next document"])
        s.send("n")
        s.waitForAll(["Libya 1/1 │", "John Micklethwait"])
        s.send("q")
        s.waitUntil("the list, on the Bloomberg interview") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("▸") && $0.contains("Interview to Bloomberg") }
        }
        s.send("q")
        s.waitFor("EXIT=0")
    }
}
