import XCTest
@testable import TranscriptKit

/// The scans that take eight bytes at a time give what a byte-by-byte reading gives, on text
/// made to put every kind of byte at every offset of a word: ASCII, spaces single and double,
/// tabs, Unicode spaces, accents, ideographs, `？`, `?`, `&`, `\`, controls, NULs and bad UTF-8.
final class ByteScanTests: XCTestCase {
    private let pieces: [[UInt8]] = [
        Array("word".utf8), Array("a".utf8), [0x20], [0x20, 0x20], [0x09], Array("\u{00A0}".utf8), Array("\u{2003}".utf8),
        Array("\u{3000}".utf8), Array("\u{FEFF}".utf8), Array("é".utf8), Array("中文".utf8), Array("？".utf8), Array("?".utf8),
        Array("&".utf8), Array("\\".utf8), [0x01], [0x00], [0x1B], [0x0D], [0x0A], [0xFF], [0xC3], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0xAF], [0xF0, 0x9F, 0x98, 0x80], Array("—".utf8), Array("Grüße".utf8),
    ]

    /// Deterministic random texts of 0 to 40 pieces.
    private func texts(_ count: Int, plain: Bool = false) -> [[UInt8]] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        let usable = plain ? pieces.filter { String(validating: $0, as: UTF8.self) != nil && !$0.contains(where: { $0 < 0x20 }) } : pieces
        return (0..<count).map { _ in (0..<next(41)).flatMap { _ in usable[next(usable.count)] } }
    }

    func testScalarCountMatchesCountingByteByByte() {
        for text in texts(3000) {
            let scalars = text.filter { $0 & 0xC0 != 0x80 }.count
            for cap in [0, 1, 5, 9, 121, Int.max] {
                let counted = text.withUnsafeBufferPointer { Bytes.scalarCount($0, 0..<text.count, cap: cap) }
                XCTAssertEqual(counted, min(scalars, cap), "\(text) cap \(cap)")
            }
        }
    }

    func testSurveyMatchesReadingByteByByte() {
        for text in texts(3000) {
            var asks = false, markup = false, ideographs = 0
            for (i, c) in text.enumerated() {
                if c == UInt8(ascii: "?") { asks = true }
                if c == UInt8(ascii: "&") || c == UInt8(ascii: "\\") { markup = true }
                if c >= 0xE3 && c <= 0xE9 { ideographs += 1 }
                if c == 0xEF && i + 2 < text.count && text[i + 1] == 0xBC && text[i + 2] == 0x9F { asks = true }
            }
            let survey = Bytes.survey(text)
            XCTAssertEqual(survey.asks, asks, "\(text)")
            XCTAssertEqual(survey.markup, markup, "\(text)")
            XCTAssertEqual(survey.ideographs, ideographs, "\(text)")
        }
    }

    /// Folding gives single spaces between the words of the text, whichever path it takes.
    func testFoldingMatchesSplittingAtWhitespace() {
        for text in texts(3000, plain: true) {
            let words = String(decoding: text, as: UTF8.self)
                .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{2003}" || $0 == "\u{3000}" || $0 == "\u{FEFF}" })
            var out: [UInt8] = []
            let count = text.withUnsafeBufferPointer { Bytes.appendFolded($0, 0..<text.count, to: &out) }
            XCTAssertEqual(String(decoding: out, as: UTF8.self), words.joined(separator: " "), "\(text)")
            XCTAssertEqual(count, words.count, "\(text)")
        }
    }

    func testUTF8CheckAgreesWithTheStandardLibrary() {
        for text in texts(5000) {
            let valid = text.withUnsafeBufferPointer(TextDecoding.isValidUTF8)
            XCTAssertEqual(valid, String(validating: text, as: UTF8.self) != nil, "\(text)")
        }
        for bad: [UInt8] in [[0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
                             [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], Array("abcdefgh".utf8) + [0x80]] {
            XCTAssertFalse(bad.withUnsafeBufferPointer(TextDecoding.isValidUTF8), "\(bad)")
        }
    }

    func testCensusCountsWhatLooksBinaryCounts() {
        for text in texts(3000) {
            let census = text.withUnsafeBufferPointer(TextDecoding.census)
            XCTAssertEqual(census.nuls, text.filter { $0 == 0 }.count, "\(text)")
            XCTAssertEqual(census.nonASCII, text.contains { $0 >= 0x80 }, "\(text)")
            XCTAssertEqual(TextDecoding.looksBinary(census, count: text.count), TextDecoding.looksBinary(text), "\(text)")
        }
    }

    func testPhrasesFoundInOnePassAsEachOnItsOwn() {
        let phrases = ["how are you", "q&a", "it's", "word a", "a", "ü"]
        let list = Phrases(phrases, curlyApostrophes: true)
        let extra: [[UInt8]] = [Array("HOW ARE YOU".utf8), Array("It’s".utf8), Array("How are yo".utf8), Array("Q&A".utf8),
                                Array("aQ&A".utf8), Array("-q&a".utf8), Array("Somehow are you".utf8)]
        for text in texts(2000) + extra {
            for limit in [0, 3, 10, Int.max] {
                let expected = phrases.flatMap { [$0, $0.replacingOccurrences(of: "'", with: "\u{2019}")] }.contains { phrase in
                    text.withUnsafeBufferPointer { $0.containsWordIgnoringASCIICase(Array(phrase.utf8), startingBefore: limit) }
                }
                XCTAssertEqual(list.occur(in: text[...], startingBefore: limit), expected, "\(text) before \(limit)")
            }
            XCTAssertEqual(list.occur(in: text), list.occur(in: text[...], startingBefore: .max), "\(text)")
        }
    }
}

/// The byte-by-byte reading `Phrases` is held to: a phrase at a word's start, ASCII case ignored.
private extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether lower-case ASCII `needle` occurs at the start of a word, comparing ASCII
    /// letters without case: `testing` is not in `contesting`, nor `bye` in `abye`.
    func containsWordIgnoringASCIICase(_ needle: [UInt8], startingBefore limit: Int = .max) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var i = 0
        let last = Swift.min(count - needle.count, limit - 1)
        while i <= last {
            if self[i] | 0x20 == first && (i == 0 || !Bytes.isASCIIAlphanumeric(self[i - 1])) {
                var k = 1
                while k < needle.count {
                    let c = self[i + k]
                    let folded = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    if folded != needle[k] { break }
                    k += 1
                }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
