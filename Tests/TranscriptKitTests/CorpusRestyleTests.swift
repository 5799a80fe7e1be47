import Foundation
import XCTest
@testable import TranscriptKit

/// Each corpus transcript that holds its gold, written again in the label styles of sources
/// the corpus does not draw on (`Restyle`), must read the same: the same exchanges, opened by
/// the same role with the same words. The pairs known to differ are listed in
/// `CorpusGold/RESTYLE-DIFFERS`; a listed pair that reads the same now is reported. Where the
/// corpus is absent (a plain clone), the test says so and passes.
final class CorpusRestyleTests: XCTestCase {
    func testHoldingTranscriptsReadTheSameInOtherLabelStyles() throws {
        guard FileManager.default.fileExists(atPath: CorpusGoldTests.corpus.path) else {
            print("corpus: \(CorpusGoldTests.corpus.path) is absent (a plain clone); the restyled checks are skipped")
            return
        }
        let checks = try GoldCorpus.restyleChecks(goldFolder: CorpusGoldTests.goldFolder.path, corpusFolder: CorpusGoldTests.corpus.path)
        XCTAssertGreaterThanOrEqual(checks.count, 200, "most holding transcripts can be written in most styles")
        let listed = Set(try String(contentsOf: CorpusGoldTests.goldFolder.appendingPathComponent("RESTYLE-DIFFERS"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
        var nowTheSame: [String] = []
        for check in checks {
            let key = "\(check.style.rawValue) \(check.file)"
            if listed.contains(key) {
                if check.holds { nowTheSame.append(key) }
            } else {
                XCTAssertTrue(check.holds, check.summary)
            }
        }
        print("restyled: \(checks.filter(\.holds).count)/\(checks.count) read the same"
              + (nowTheSame.isEmpty ? "" : "; now the same, remove from RESTYLE-DIFFERS: \(nowTheSame.joined(separator: ", "))"))
    }

    func testEveryStyleCanBeWritten() throws {
        let d = TranscriptParser.parse("""
        Jane Roe: How did it start?

        John Doe: In a garage, with three friends.

        Jane Roe: And then?

        John Doe: A shop on Main Street.
        """)
        for style in Restyle.allCases {
            XCTAssertNotNil(style.text(of: d), style.rawValue)
        }
        XCTAssertEqual(Restyle.hearingLabel("SECRETARY KERRY"), "Secretary KERRY.")
        XCTAssertEqual(Restyle.hearingLabel("Jane Roe"), "Mr. ROE.")
        XCTAssertNil(Restyle.hearingLabel("Q"))
    }
}
