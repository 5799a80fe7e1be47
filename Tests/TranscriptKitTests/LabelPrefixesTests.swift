import XCTest
@testable import TranscriptKit

/// A label remembered by its name (`LabelPrefixes`) is the label the detector finds reading the
/// line afresh, whatever follows the name: its words, a label typed again, a time, a bracket.
/// Should a new reading of the detector look past the colon, this is where it shows.
final class LabelPrefixesTests: XCTestCase {
    private let names = ["Q", "A", "Jane Doe", "JANE DOE", "Reporter", "Question", "Host", "He said", "Thank you",
                         "Qa", "Sa", "Mr Smith", "Speaker Two", "Okay", "Moderator", "I", "R"]
    private let words = ["why?", "because.", "Q: why?", "A: because.", "A: A: twice", "Reporter [A]: hi",
                         "Question (Jane Doe): hi", "speaker: A", "[00:12] A: hi", "(00:12) A: hi", "Q1. A: hi",
                         "Q1 A: hi", "Jane Doe: again", "JANE DOE - again", "a lot 12:30", "Jane Doe", "sarah jones",
                         "ok, A: so", "— A: dash", "Á: accent", "**A:** bold", "A. dotted", "A  spaced", "s", "x (y)",
                         "Spokesperson, Jane Doe: hi", "Mr Smith: twice", "Host: Host: three", "12:30", "a",
                         "00:01:02 words", "04:12 words", "[00:01:02] words", " two blanks", "\tafter a tab"]

    private func lines() -> [[UInt8]] {
        names.flatMap { name in words.map { Array("\(name): \($0)".utf8) } }
    }

    func testARememberedLabelIsTheOneReadAfresh() {
        for markdown in [false, true] {
            var shapes = NameShape.Cache()
            var prefixes = LabelPrefixes()
            // Twice through, the second time in another order, so that most lines meet a
            // verdict remembered from another line with the same name.
            let all = lines()
            for line in all + all.reversed() {
                line.withUnsafeBufferPointer { b in
                    let afresh = SpeakerLabel.detect(b, 0..<b.count, markdown: markdown)
                    let remembered = SpeakerLabel.detect(b, 0..<b.count, markdown: markdown, shapes: &shapes, prefixes: &prefixes)
                    XCTAssertEqual(afresh, remembered, String(decoding: line, as: UTF8.self))
                }
            }
        }
    }

    /// Paragraphs opening with a shared opening read as a line scanned alone does: the same
    /// label, label as written and words (lines timed from the line above read their own).
    func testASharedOpeningIsTheOneMadeAfresh() {
        var text = ""
        for (index, line) in lines().enumerated() {
            if index % 7 == 3 { text += "[00:01:02]\n" }
            text += String(decoding: line, as: UTF8.self) + "\n"
        }
        let paragraphs = Array(text.utf8).withUnsafeBufferPointer { b in
            TextParagraphs(markdown: false).scan(b, SourceLines(Array(text.utf8)))
        }
        // A line may open more than one paragraph (`Q: Q1. A: hi`, `InlineAnswer`): each is compared.
        let byLine = Dictionary(grouping: paragraphs, by: \.firstLine)
        for (number, opened) in byLine {
            let line = Array(text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)[number - 1])
            let alone = line.withUnsafeBufferPointer { b in TextParagraphs(markdown: false).scan(b, SourceLines(line)) }
            // (A line that joined the next, or timed by the line above, is not the line alone.)
            guard opened.allSatisfy({ $0.time == nil && $0.firstLine == $0.lastLine }) else { continue }
            let written = String(decoding: line, as: UTF8.self)
            XCTAssertEqual(alone.map(\.label), opened.map(\.label), written)
            XCTAssertEqual(alone.map(\.labelText), opened.map(\.labelText), written)
            XCTAssertEqual(alone.map(\.text), opened.map(\.text), written)
        }
    }
}
