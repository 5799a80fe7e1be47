import Foundation
import XCTest
@testable import FuzzChecks
import TranscriptKit
import TestSupport

/// Every input the fuzzer ever failed on (Tests/Fuzz/Regressions/TARGET/), the seeds it starts
/// from, and every transcript fixture, through the same invariant checks the fuzzer runs.
final class FuzzRegressionTests: XCTestCase {
    static let root = Repository.root()

    func files(_ folder: String) -> [URL] {
        let url = Self.root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { url.appendingPathComponent($0) }
    }

    func run(_ target: FuzzTarget, _ inputs: [URL], prefix: [UInt8] = [], file: StaticString = #filePath, line: UInt = #line) throws {
        for url in inputs {
            let bytes = prefix + [UInt8](try Data(contentsOf: url))
            for violation in target.violations(bytes) {
                XCTFail("\(target.rawValue) \(url.lastPathComponent): \(violation)", file: file, line: line)
            }
        }
    }

    var transcripts: [URL] {
        files("Tests/TranscriptKitTests/Fixtures").filter { !$0.lastPathComponent.hasSuffix(".tsv") }
            + files("Tests/ReaderCoreTests/Fixtures")
    }

    /// The real transcripts of ../shared/corpus (read in place, never copied) keep the parser's
    /// and the index's invariants; absent in a plain clone, where this says so and passes.
    func testTheRealCorpusKeepsTheInvariants() throws {
        let corpus = Self.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("corpus: \(corpus.path) is absent; its invariant checks are skipped")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.first?.isNumber == true }.sorted()
        XCTAssertFalse(names.isEmpty)
        let inputs = names.map { corpus.appendingPathComponent($0) }
        try run(.parser, inputs)
        try run(.index, inputs)
    }

    func testRegressions() throws {
        var count = 0
        for target in FuzzTarget.allCases {
            let inputs = files("Tests/Fuzz/Regressions/\(target.rawValue)") + files("Tests/Fuzz/Seeds/\(target.rawValue)")
            count += inputs.count
            try run(target, inputs)
        }
        XCTAssertGreaterThan(count, 0, "no seeds found: the checks would pass vacuously")
    }

    func testEveryTranscriptFixtureKeepsTheParserAndIndexInvariants() throws {
        XCTAssertGreaterThan(transcripts.count, 10)
        try run(.parser, transcripts)
        try run(.index, transcripts)
    }

    func testEveryThemeKeepsTheFileInvariants() throws {
        try run(.files, files("Themes").filter { $0.pathExtension == "theme" }, prefix: [0])
    }

    /// The checks themselves must be able to fail, or a green fuzz run would mean nothing.
    func testChecksCatchABrokenDocument() {
        var document = TranscriptParser.parse("Q: Where?\nA: Here.\n\nQ: Why?\nA: Because.\n")
        XCTAssertEqual(ParserChecks.structure(document, lineCount: 6), [])
        document.blocks[1].lines = 9...9
        document.blocks[2].exchange = 1
        document.blocks[3].text = "Because."
        document.exchanges[1].blocks = 3..<4
        let found = ParserChecks.structure(document, lineCount: 6)
        XCTAssertTrue(found.contains { $0.contains("spans lines 9...9") }, "\(found)")
        XCTAssertTrue(found.contains { $0.contains("block 2 is not after") || $0.contains("is not after") }, "\(found)")
        XCTAssertTrue(found.contains { $0.contains("expected to start at 2") }, "\(found)")
        document = TranscriptParser.parse("Q: Where?\nA: Here.\n")
        document.blocks[1].text = (document.speakerName(of: document.blocks[1]) ?? "?") + ": Here."
        XCTAssertTrue(ParserChecks.structure(document, lineCount: 3).contains { $0.contains("still starts with its label") })
    }

    func testFileSeedsExerciseBothPaths() throws {
        let seed = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("Tests/Fuzz/Seeds/files/bookmarks")))
        let file = try XCTUnwrap(BookmarkFile.decode(Array(seed.dropFirst())), "the bookmarks seed must be a readable file")
        XCTAssertEqual(file.bookmarks.first?.quote, "Libya é \"q\"")
        XCTAssertEqual(FileChecks.violations([2] + seed.dropFirst()), [])
        XCTAssertEqual(FileChecks.violations([2] + Array("not json".utf8)), [])
    }
}
