import Foundation
import XCTest
import TestSupport

/// `grep`, `countries`, `people`, `outline` and `export` over a folder, as a user runs them:
/// the folder holds transcripts beside a binary, an unreadable link, a FIFO and a symlink loop.
final class LibraryCommandLineTests: XCTestCase {
    private var folder: URL!

    private func colloquy(_ arguments: String...) -> Spawn.Result {
        Spawn.run([Spawn.colloquy] + arguments, environment: Spawn.environmentWithoutSettings)
    }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-library-cli-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("deeper"), withIntermediateDirectories: true)
        func write(_ text: String, _ name: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("""
            Talk on the harbour, 3 May 2019

            Ana Ruiz: What happened to the harbour in Libya after the war ended there?

            Bo Li: The harbour at Tobruk closed, and the ships went to Egypt instead.

            Ana Ruiz: What became of the fishermen who had worked from that harbour for generations?

            Bo Li: They stayed. Libya still has them.
            """, "harbour.txt")
        try write("""
            ---
            title: Trains and rivers
            date: 2020-01-02
            ---

            **Host:** Where do the trains to Kenya run from?

            **Guest:** From the coast, mostly; Egypt builds its own.
            """, "deeper/trains.md")
        try Data([0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 6000)).write(to: folder.appendingPathComponent("program"))
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("missing.txt").path, withDestinationPath: "nowhere")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("deeper/loop").path, withDestinationPath: "..")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private var skipLine: String { "colloquy: skipped 4 files: 1 binary, 1 unreadable, 1 not a regular file, 1 symlink loop\n" }

    func testGrepPrintsFileExchangeAndLine() {
        let result = colloquy("grep", "libya", folder.path)
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.output.split(separator: "\n").map { String($0.prefix(while: { $0 != " " })) },
                       ["\(folder.path)/harbour.txt:1:3:", "\(folder.path)/harbour.txt:2:9:"], result.output)
        XCTAssertEqual(result.error, skipLine)
        let counts = colloquy("grep", "-c", "egypt", folder.path)
        XCTAssertEqual(counts.output, "\(folder.path)/harbour.txt:1\n\(folder.path)/deeper/trains.md:1\n")
        // A document the screen turns away without parsing it still counts its zero.
        let kenya = colloquy("grep", "-c", "kenya", folder.path)
        XCTAssertEqual(kenya.output, "\(folder.path)/harbour.txt:0\n\(folder.path)/deeper/trains.md:1\n")
        let none = colloquy("grep", "Atlantis", folder.path)
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.output, "")
        XCTAssertEqual(colloquy("grep", "-e", "(", folder.path).status, 2)
    }

    func testCountriesAndPeopleAggregateWithCountsPerDocument() {
        let result = colloquy("countries", folder.path)
        XCTAssertEqual(result.status, 0, result.error)
        let lines = result.output.split(separator: "\n")
        XCTAssertEqual(lines.first, "LY  Libya  3  documents: 1  \(folder.path)/harbour.txt (3)", result.output)
        XCTAssertTrue(lines.contains("EG  Egypt  2  documents: 2  \(folder.path)/harbour.txt (1), \(folder.path)/deeper/trains.md (1)"), result.output)
        XCTAssertTrue(lines.contains("KE  Kenya  1  documents: 1  \(folder.path)/deeper/trains.md (1)"), result.output)
        XCTAssertEqual(result.error, skipLine)
    }

    func testOutlineListsTheDocumentsAndExportWritesOneLineEach() throws {
        let outline = colloquy("outline", folder.path)
        XCTAssertEqual(outline.status, 0, outline.error)
        XCTAssertEqual(outline.output, """
            \(folder.path)/harbour.txt  2019-05-03  2 exchanges  315 B  Talk on the harbour, 3 May 2019  [Ana Ruiz, Bo Li]
            \(folder.path)/deeper/trains.md  2020-01-02  1 exchange  157 B  Trains and rivers  [Host, Guest]

            """)
        let export = colloquy("export", folder.path, "--format", "json")
        XCTAssertEqual(export.status, 0, export.error)
        let lines = export.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            XCTAssertEqual(object?["schema"] as? String, "colloquy.document/1")
        }
        // Several files named on the command line are a library too, in the order given.
        let two = colloquy("outline", folder.appendingPathComponent("deeper/trains.md").path, folder.appendingPathComponent("harbour.txt").path)
        XCTAssertEqual(two.output.split(separator: "\n").map { $0.hasPrefix(folder.path + "/deeper") }, [true, false])
        XCTAssertEqual(two.error, "")
    }

    /// The screen never costs a hit: over the corpus, a word's grep (screened) prints exactly what
    /// the same word as a regular expression (never screened) prints, accents, case and
    /// apostrophes folded as search folds them.
    func testGrepOverTheCorpusFindsWhatAnUnscreenedSearchFinds() {
        let corpus = Repository.root().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("corpus: \(corpus.path) is absent (a plain clone); the screened grep check is skipped")
            return
        }
        for word in ["libya", "Libya", "detente", "liberation", "don't", "vaccine", "Merkel", "hmm"] {
            let screened = colloquy("grep", word, corpus.path)
            let everything = colloquy("grep", "-e", word, corpus.path)
            XCTAssertEqual(screened.status, everything.status, word)
            XCTAssertEqual(screened.output, everything.output, word)
            XCTAssertFalse(screened.output.isEmpty, "\(word) is in the corpus")
        }
    }

    func testAFolderWithNoTranscriptIsAnError() throws {
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data([0, 1, 2, 3, 0, 0, 0, 9] + [UInt8](repeating: 0, count: 5000)).write(to: empty.appendingPathComponent("blob.bin"))
        let result = colloquy("outline", empty.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.error, "colloquy: skipped 1 file: 1 binary\ncolloquy: \(empty.path): no readable transcript\n")
        XCTAssertEqual(colloquy("render", folder.path, folder.path).status, 2, "render reads one document")
    }
}
