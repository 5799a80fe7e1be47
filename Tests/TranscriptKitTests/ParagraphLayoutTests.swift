import XCTest
@testable import TranscriptKit

/// The memory a paragraph costs, held structurally (issue 19: a million one-line turns must not
/// cost hundreds of bytes each). Sizes, not times: a field added carelessly fails here.
final class ParagraphLayoutTests: XCTestCase {
    func testTheRecordsHeldPerParagraphStayCompact() {
        // A paragraph's record is its block's too (`BlockList`); a Block is made as one is read;
        // every turn of a document without diarizer fragments is held at once.
        XCTAssertLessThanOrEqual(MemoryLayout<Paragraph>.stride, 48)
        XCTAssertLessThanOrEqual(MemoryLayout<Block>.stride, 48)
        XCTAssertLessThanOrEqual(MemoryLayout<Turn>.stride, 48)
        XCTAssertLessThanOrEqual(MemoryLayout<Exchange>.stride, 48)
    }

    func testParagraphsThatOpenAlikeShareOneLabel() {
        var text = ""
        for n in 0..<500 { text += "Q: Why \(n)?\nA: Because.\n" }
        text += "Q (00:01:02): And?\n"
        let bytes = Array(text.utf8)
        let paragraphs = bytes.withUnsafeBufferPointer { TextParagraphs(markdown: false).scan($0, SourceLines(bytes)) }
        XCTAssertEqual(paragraphs.count, 1001)
        let shared = Set(paragraphs.compactMap { $0.opening.map(ObjectIdentifier.init) })
        XCTAssertEqual(shared.count, 3, "one label object for Q, one for A, one for the timed Q")
        XCTAssertEqual(paragraphs[0].label?.name, "Q")
        XCTAssertEqual(paragraphs[0].labelText, "Q:")
        XCTAssertEqual(paragraphs[1].label?.name, "A")
        XCTAssertEqual(paragraphs[1000].time, "00:01:02")
        XCTAssertEqual(paragraphs[2].text, "Why 1?")
    }

    func testChangingOneParagraphsLabelLeavesTheOthersAlone() {
        let bytes = Array("Q: Why?\nA: Because.\nQ: And?\n".utf8)
        var paragraphs = bytes.withUnsafeBufferPointer { TextParagraphs(markdown: false).scan($0, SourceLines(bytes)) }
        XCTAssertTrue(paragraphs[0].opening === paragraphs[2].opening)
        paragraphs[0].label?.name = "Interviewer"
        paragraphs[2].restoreLabelText()
        XCTAssertEqual(paragraphs[0].label?.name, "Interviewer")
        XCTAssertEqual(paragraphs[0].labelText, "Q:")
        XCTAssertNil(paragraphs[2].label)
        XCTAssertEqual(paragraphs[2].text, "Q: And?")
        XCTAssertEqual(paragraphs[1].label?.name, "A")
    }

    func testBlockAndExchangeNumbersReadBackAsWritten() {
        var block = Block(kind: .answer, exchange: nil, speaker: 0, lines: 3...7, text: "x", time: "00:01")
        XCTAssertNil(block.exchange)
        XCTAssertEqual(block.speaker, 0)
        XCTAssertEqual(block.lines, 3...7)
        XCTAssertEqual(block.time, "00:01")
        XCTAssertEqual(block, Block(kind: .answer, speaker: 0, lines: 3...7, text: "x", time: "00:01"))
        XCTAssertNotEqual(block, Block(kind: .answer, speaker: 0, lines: 3...7, text: "x", time: "00:02"))
        XCTAssertNotEqual(block, Block(kind: .answer, speaker: 0, lines: 3...7, text: "x"))
        block.exchange = 0
        block.speaker = nil
        block.lines = 9...9
        XCTAssertEqual(block.exchange, 0)
        XCTAssertNil(block.speaker)
        XCTAssertEqual(block.lines, 9...9)
        block.time = nil
        XCTAssertNil(block.time)
        var exchange = Exchange(number: 2, title: "t", questionSpeaker: nil, answerSpeaker: 1, blocks: 4..<9, firstLine: 5, lastLine: 11)
        XCTAssertNil(exchange.questionSpeaker)
        XCTAssertEqual(exchange.answerSpeaker, 1)
        exchange.blocks = 0..<1_000_000
        XCTAssertEqual(exchange.blocks, 0..<1_000_000)
        XCTAssertEqual(exchange.number, 2)
        XCTAssertEqual(exchange.lastLine, 11)
    }
}
