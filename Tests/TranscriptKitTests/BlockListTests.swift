import XCTest
@testable import TranscriptKit

/// A document keeps its blocks as the parser's paragraph records and columns (`BlockList`), and
/// the diarizer's fragments are mended as turns are made (`DocumentAssembly.Mending`): both for
/// the memory of a million short turns (issue 19). Here, that they read and mend as before.
final class BlockListTests: XCTestCase {
    private let given = [
        Block(kind: .title, lines: 1...1, text: "A title"),
        Block(kind: .question, exchange: 1, speaker: 0, lines: 3...4, text: "Why?", time: "00:01:02"),
        Block(kind: .answer, exchange: 1, speaker: 1, lines: 5...5, text: "Because."),
        Block(kind: .back, lines: 7...9, text: ""),
    ]

    private func document(_ blocks: [Block]) -> Document {
        Document(title: "A title", source: Source(name: "t", format: .text, sha256: ""), participants: [],
                 blocks: blocks, exchanges: [], warnings: [])
    }

    func testBlocksReadBackAsGiven() {
        let d = document(given)
        XCTAssertEqual(Array(d.blocks), given)
        XCTAssertEqual(d.blocks.count, 4)
        XCTAssertEqual(d.blocks[1].time, "00:01:02")
        XCTAssertNil(d.blocks[2].time)
        XCTAssertEqual(d.blocks[2].exchange, 1)
        XCTAssertEqual(d.blocks[3].lines, 7...9)
        XCTAssertEqual(d.blocks, document(given).blocks)
        XCTAssertNotEqual(d.blocks, document(Array(given.dropLast())).blocks)
    }

    func testAChangedBlockChangesOnlyItself() {
        var d = document(given)
        d.blocks[1].text = "And why?"
        d.blocks[1].time = nil
        d.blocks[2].kind = .moderator
        d.blocks[2].speaker = nil
        d.blocks[2].exchange = nil
        d.blocks[3].lines = 8...8
        d.blocks[0].time = "00:00:01"
        XCTAssertEqual(d.blocks[1], Block(kind: .question, exchange: 1, speaker: 0, lines: 3...4, text: "And why?"))
        XCTAssertEqual(d.blocks[2], Block(kind: .moderator, lines: 5...5, text: "Because."))
        XCTAssertEqual(d.blocks[3].lines, 8...8)
        XCTAssertEqual(d.blocks[0].time, "00:00:01")
        XCTAssertEqual(d.blocks[0].text, "A title")
    }

    func testParsedBlocksKeepTheirLinesTextAndTimes() {
        let d = TranscriptParser.parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Why?\n\n00:00:03.000 --> 00:00:04.000\n<v Bo>Because.\n")
        XCTAssertEqual(d.blocks.map(\.text), ["Why?", "Because."])
        XCTAssertEqual(d.blocks.map(\.time), ["00:00:01.000", "00:00:03.000"])
        XCTAssertEqual(d.blocks.map(\.lines), [4...4, 7...7])
    }

    /// The mending as turns are made against the mending of the whole list it replaced, on
    /// random runs of speakers and fragment lengths.
    func testMendingAsTurnsAreMadeMatchesMendingTheWholeList() {
        var rng = SystemRandomNumberGenerator()
        let isFragment = { (turn: Turn, next: Turn, speaker: Int) in speaker == next.speaker && turn.words <= 3 }
        for _ in 0..<500 {
            let count = Int.random(in: 0..<12, using: &rng)
            let turns = (0..<count).map { i in
                var turn = Turn(speaker: Int.random(in: 0..<3, using: &rng), first: 10 * i, last: 10 * i + 9)
                turn.words = Int.random(in: 1..<6, using: &rng)
                turn.paragraphCount = Int.random(in: 1..<3, using: &rng)
                turn.asks = Bool.random(using: &rng)
                return turn
            }
            var mending = DocumentAssembly.Mending()
            var made: [Turn] = []
            for turn in turns { if let settled = mending.take(turn, isFragment: isFragment) { made.append(settled) } }
            made += mending.finish()
            let expected = wholeList(turns, isFragment)
            XCTAssertEqual(made.map { [$0.speaker, $0.first, $0.last, $0.words, $0.paragraphCount, $0.asks ? 1 : 0] },
                           expected.map { [$0.speaker, $0.first, $0.last, $0.words, $0.paragraphCount, $0.asks ? 1 : 0] },
                           "speakers \(turns.map(\.speaker)), words \(turns.map(\.words))")
        }
    }

    /// The rule as it was written over the whole list: a fragment between two turns of one
    /// speaker is dropped into the turn before, which takes in the turn after.
    private func wholeList(_ turns: [Turn], _ isFragment: (Turn, Turn, Int) -> Bool) -> [Turn] {
        guard turns.count >= 3 else { return turns }
        var kept = [turns[0]]
        var t = 1
        while t < turns.count {
            if t + 1 < turns.count, isFragment(turns[t], turns[t + 1], kept[kept.count - 1].speaker) {
                let after = turns[t + 1]
                kept[kept.count - 1].last = after.last
                kept[kept.count - 1].paragraphCount += after.paragraphCount
                kept[kept.count - 1].words += after.words
                kept[kept.count - 1].asks = kept[kept.count - 1].asks || after.asks
                kept[kept.count - 1].endsAsking = after.endsAsking
                kept[kept.count - 1].breaksOff = after.breaksOff
                t += 2
            } else {
                kept.append(turns[t])
                t += 1
            }
        }
        return kept
    }
}
