import Foundation
import XCTest
import TestSupport
@testable import TranscriptKit

/// The golden test on the interview compiled into the binary.
final class EmbeddedInterviewTests: XCTestCase {
    let document = Document.embeddedInterview()

    func testNineExchangesAskedBySputnikAnsweredByLavrov() {
        XCTAssertEqual(document.exchanges.count, 9)
        let openings = [
            "If you don’t mind, let’s start with the Russian-American relations",
            "You've mentioned the sanctions pressure",
            "Other than the disagreements with our Western partners",
            "I have a few questions about France and Africa",
            "As Russia’s Permanent Representative to the OSCE",
            "Speaking about the African agenda",
            "We’ve discussed the situation in the United States",
            "I can't help but ask you about cooperation with the Persian Gulf states",
            "The Russian embassy in Libya resumed its work",
        ]
        for (exchange, opening) in zip(document.exchanges, openings) {
            let question = document.blocks[exchange.blocks.lowerBound]
            XCTAssertEqual(question.kind, .question)
            XCTAssertTrue(question.text.hasPrefix(opening), "exchange \(exchange.number) opens with: \(question.text.prefix(60))")
            XCTAssertEqual(exchange.questionSpeaker.map { document.participants[$0].name }, "Sputnik")
            XCTAssertEqual(exchange.answerSpeaker.map { document.participants[$0].name }, "Sergei Lavrov")
            XCTAssertLessThanOrEqual(exchange.title.count, 60)
        }
        XCTAssertEqual(document.participants.map(\.role), [.interviewer, .interviewee])
    }

    func testAllFourteenCaptionsAreCaptionsAndNeverInsideAnswers() {
        let captionLines = Fixture.blocks(document, .caption).map(\.lines.lowerBound)
        XCTAssertEqual(captionLines, [17, 24, 36, 42, 49, 51, 63, 77, 79, 109, 119, 128, 158, 165])
        for block in Fixture.blocks(document, .answer) {
            XCTAssertFalse(block.text.contains("©"), "credit inside an answer at line \(block.lines.lowerBound)")
            XCTAssertFalse(block.text.contains("(Sputnik News)"), "caption inside an answer at line \(block.lines.lowerBound)")
        }
        XCTAssertTrue(Fixture.blocks(document, .caption).contains { $0.text.hasPrefix("Merkel and Putin:") })
    }

    func testTitleFrontAndBackMatterInTheirPlaces() {
        XCTAssertEqual(document.title?.hasPrefix("Exclusive: Sergei Lavrov Talks About"), true)
        XCTAssertEqual(document.blocks.first?.kind, .title)
        XCTAssertEqual(document.introduction.map { document.blocks[$0].kind }, [.title, .front, .front, .front])
        let back = document.backMatter.map { document.blocks[$0] }
        XCTAssertEqual(back.first?.text, "[post-views]")
        XCTAssertTrue(back.allSatisfy { $0.kind == .back && $0.exchange == nil })
        XCTAssertTrue(back.contains { $0.text.contains("Creative Commons") })
        // The interview's last answer ends where the page furniture starts.
        let lastAnswer = Fixture.blocks(document, .answer).last
        XCTAssertEqual(lastAnswer?.text.hasSuffix("There are grounds for cautious optimism."), true)
        XCTAssertTrue(document.warnings.isEmpty, "\(document.warnings)")
    }

    func testTreeDumpMatchesGolden() {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/lavrov.tree.txt")
        if let failure = Golden.check(document.treeDump(), file: file) { XCTFail(failure) }
    }

    func testEmbeddedBytesMatchTheSourceInData() throws {
        let sample = Repository.root().appendingPathComponent("Data/lavrov-sputnik-2020-09-17.txt")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: sample.path), "the interview's source text is missing from Data/")
        XCTAssertEqual([UInt8](data), EmbeddedInterview.bytes, "run Scripts/embed-resources")
    }
}
