import Foundation
import XCTest
import TestSupport
@testable import TranscriptKit

/// The screen a search across a library puts before the parse: it may let through a document
/// without a hit, never turn away one with a hit.
final class TextScreenTests: XCTestCase {
    private func mayMatch(_ query: String, _ text: String, regex: Bool = false) -> Bool? {
        TextScreen(SearchQuery(query, isRegex: regex))?.mayMatch(Array(text.utf8))
    }

    func testFoldingIsTheSearchsFolding() {
        XCTAssertEqual(mayMatch("bregancon", "Q: And at Brégançon?\nA: Yes."), true, "accents")
        XCTAssertEqual(mayMatch("Libya", "A: libya"), true, "a case-sensitive query passes on any case: the search decides")
        XCTAssertEqual(mayMatch("don't", "A: I don’t know."), true, "typographic apostrophe")
        XCTAssertEqual(mayMatch("re-election", "A: the re–election campaign"), true, "dash")
        XCTAssertEqual(mayMatch("cafe", "A: un cafe\u{301} noir"), true, "a combining accent")
        XCTAssertEqual(mayMatch("naïve", "A: NAIVE"), true)
        XCTAssertEqual(mayMatch("Москва", "Вопрос: А МОСКВА?"), true, "Cyrillic case")
        XCTAssertEqual(mayMatch("tobruk", "Q: What about Libya?\nA: The harbour closed."), false, "a word not there")
        XCTAssertEqual(mayMatch("harbour closed", "A: The harbour was closed."), true, "each word on its own")
        XCTAssertEqual(mayMatch("harbour opened", "A: The harbour was closed."), false)
    }

    func testMarkupBetweenLettersDoesNotHideAWord() {
        XCTAssertEqual(mayMatch("libya", "**Host:** **Lib**ya?"), true, "emphasis inside a word")
        XCTAssertEqual(mayMatch("example", "A: a fine exam-\nple of it"), true, "a word broken at a line end")
        XCTAssertEqual(mayMatch("café", "<p>A: caf&eacute; noir</p>"), true, "a named reference")
        XCTAssertEqual(mayMatch("café", "A: caf&#233; noir"), true, "a numeric reference")
        XCTAssertEqual(mayMatch("word", "00:01 --> 00:02\n<v Host><i>W</i>ord</v>\n"), true, "tags inside a word")
        XCTAssertEqual(mayMatch("word", "1\n00:01,000 --> 00:02,000\n{\\an8}Wo&lrm;rd\n"), true, "SRT position and a mark")
        XCTAssertEqual(mayMatch("host", "Q: is a <v Host> tag kept in plain text?"), true, "markup left as written")
    }

    func testWhatIsNotScreened() {
        XCTAssertNil(TextScreen(SearchQuery("lib.a", isRegex: true)), "regular expressions are searched in every document")
        XCTAssertNil(TextScreen(SearchQuery("?!", isRegex: false)), "no letter or digit: nothing to screen by")
        XCTAssertNotNil(TextScreen(SearchQuery("a", isRegex: false)))
    }

    /// The rule that matters, on every real transcript and fixture: a query made from what a
    /// parsed block says (words, runs of words, pieces cut anywhere, in its own case) is never
    /// turned away from the document the block came from.
    func testNoDocumentWithAHitIsTurnedAway() throws {
        var files = try FileManager.default.contentsOfDirectory(atPath: Fixture.folder.path)
            .filter { !$0.hasSuffix(".tsv") }.map { Fixture.folder.appendingPathComponent($0).path }
        if FileManager.default.fileExists(atPath: LibraryTests.corpus.path) {
            files += LibraryFiles([LibraryTests.corpus.path]).paths
        } else {
            print("corpus: \(LibraryTests.corpus.path) is absent (a plain clone); the screen is checked on the fixtures only")
        }
        var checked = 0
        for path in files {
            guard case .success(let decoded) = TextDecoding.decode(try DocumentInput.read(path: path)) else { continue }
            let document = TranscriptParser.parse(utf8: decoded.utf8, name: path)
            let text = TextScreen.Prepared(decoded.utf8)
            for (b, block) in document.blocks.enumerated() {
                let words = block.text.split(separator: " ")
                var queries = words.enumerated().filter { $0.offset % 3 == b % 3 }.map { String($0.element) }
                queries += stride(from: 0, to: max(0, words.count - 2), by: 5).map { words[$0..<($0 + 3)].joined(separator: " ") }
                let scalars = Array(block.text.unicodeScalars)
                for start in stride(from: b % 7, to: scalars.count, by: 41) {
                    var piece = String.UnicodeScalarView()
                    piece.append(contentsOf: scalars[start..<min(scalars.count, start + 14)])
                    queries.append(String(piece))
                }
                for query in queries {
                    let search = SearchQuery(query, isRegex: false)
                    guard let screen = TextScreen(search) else { continue }
                    checked += 1
                    if !screen.mayMatch(text) {
                        XCTAssertTrue(SearchIndex(document: document).search(search).hits.isEmpty,
                                      "\(path): “\(query)” turned away though block \(b) has it")
                    }
                }
            }
            // And it does screen: a word in no document is turned away.
            XCTAssertFalse(TextScreen(SearchQuery("qzxjv", isRegex: false))!.mayMatch(text), path)
        }
        XCTAssertGreaterThan(checked, 1000)
    }
}
