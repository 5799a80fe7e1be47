import Foundation
import XCTest
@testable import TranscriptKit

/// The real transcripts of `../shared/corpus/` against the gold written by reading them
/// (`CorpusGold/`). Every file listed in `CorpusGold/HOLDING` must keep holding, so a rule
/// that mends one transcript and breaks another fails; the rest are reported. The corpus is
/// not in the repository: where it is absent (a plain clone), the test says so and passes.
final class CorpusGoldTests: XCTestCase {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldFolder = tests.appendingPathComponent("CorpusGold")
    static let corpus = tests.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    func testEveryGoldIsWellFormed() throws {
        let golds = try GoldCorpus.golds(in: Self.goldFolder.path)
        XCTAssertGreaterThanOrEqual(golds.count, 36)
        for gold in golds {
            XCTAssertEqual(gold.exchanges == 0, gold.firstQuestionStarts == nil, "\(gold.file): a question exactly when there are exchanges")
            XCTAssertTrue(gold.acceptedExchanges.contains(gold.exchanges), "\(gold.file): the count inside its range")
            XCTAssertTrue(gold.noiseSamples.allSatisfy { $0.count <= 60 }, "\(gold.file): noise samples are line openings")
        }
    }

    func testTheTranscriptsThatHoldTheirGoldKeepHoldingIt() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus.path) else {
            print("corpus: \(Self.corpus.path) is absent (a plain clone); the real-transcript checks are skipped")
            return
        }
        let checks = try GoldCorpus.check(goldFolder: Self.goldFolder.path, corpusFolder: Self.corpus.path)
        let listed = try String(contentsOf: Self.goldFolder.appendingPathComponent("HOLDING"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        for name in listed {
            guard let check = checks.first(where: { $0.file == name }) else {
                XCTFail("HOLDING names \(name), which has no gold")
                continue
            }
            XCTAssertTrue(check.holds, check.summary + " " + check.leakedNoise.joined(separator: " | ")
                          + " first: \(check.foundOpening) last: …\(check.foundClosing)")
        }
        // Roles are not part of holding (a file can hold with a role wrong); their total may not fall.
        let rolesRight = checks.reduce(0) { $0 + $1.rolesRight }
        XCTAssertGreaterThanOrEqual(rolesRight, 180, "speaker roles as the gold has them")
        let holding = checks.filter(\.holds).map(\.file)
        let unlisted = holding.filter { !listed.contains($0) }
        print("corpus: \(holding.count)/\(checks.count) transcripts hold their gold"
              + (unlisted.isEmpty ? "" : "; also holding now, add to HOLDING: \(unlisted.joined(separator: ", "))"))
    }
}
