import XCTest
@testable import ReaderCore

final class TextTests: XCTestCase {
    override func setUp() { DisplayWidth.prepare() }

    private func widths(_ s: String) -> [UInt8] { Glyphs.of(s).map(\.width) }

    func testWidthsAgreeWithTheTerminal() {
        XCTAssertEqual(widths("Aж─"), [1, 1, 1])
        XCTAssertEqual(widths("中한😀"), [2, 2, 2])
        XCTAssertEqual(DisplayWidth.columns("日本語 text"), 11)
    }

    func testCombiningMarksRideOnTheirBase() {
        let g = Glyphs.of("e\u{0301}a\u{0308}\u{0323}")
        XCTAssertEqual(g.count, 2)
        XCTAssertEqual(g[0].mark1, 0x301)
        XCTAssertEqual(g[1].mark2, 0x323)
        XCTAssertEqual(Glyphs.of("\u{0301}x").first?.base, 0x20, "an orphan mark gets a base of its own")
    }

    func testEmojiSequencesAndFlagsAreCutToOneCell() {
        XCTAssertEqual(Glyphs.of("👨\u{200D}👩\u{200D}👧!").map(\.base), [0x1F468, 0x21])
        XCTAssertEqual(Glyphs.of("🇺🇦🇫🇷").map(\.base), [0x1F1FA, 0x1F1EB])
        XCTAssertEqual(Glyphs.of("👍🏽").map(\.base), [0x1F44D])
        // A joiner between letters of a script is kept out without eating the next letter.
        XCTAssertEqual(Glyphs.of("क\u{94D}\u{200D}ष").count, 2)
    }

    func testControlsBecomeVisiblePlaceholders() {
        let g = Glyphs.of("a\u{1B}[2J\u{07}\u{7F}\u{9B}\u{202E}b")
        XCTAssertEqual(g.map(\.base), [0x61, 0x241B, 0x5B, 0x32, 0x4A, 0x2407, 0x2421, 0xBF, 0x62])
        XCTAssertEqual(g.filter(\.isPlaceholder).count, 4)
    }

    func testWrapBreaksAtSpacesAndNeverSplitsAWideGlyph() {
        let g = Glyphs.of("one two three")
        XCTAssertEqual(Wrap.lines(g, width: 7).map { String(decoding: g[$0].map { UInt8($0.base) }, as: UTF8.self) },
                       ["one two", "three"])
        let cjk = Glyphs.of("中文中文中")
        let lines = Wrap.lines(cjk, width: 5)
        XCTAssertEqual(lines, [0..<2, 2..<4, 4..<5])
        XCTAssertEqual(Wrap.lines(Glyphs.of("abcdefgh"), width: 3), [0..<3, 3..<6, 6..<8])
        XCTAssertEqual(Wrap.lines(cjk, width: 1).count, 5, "a glyph wider than the line still advances")
    }

    func testFramePutClipsWideGlyphsAtTheEdge() {
        var frame = Frame(width: 5, height: 1)
        let end = frame.put("ab中文", x: 0, y: 0, .text)
        XCTAssertEqual(end, 4)
        XCTAssertEqual(frame.text, "ab中\n")
        assertInvariants(frame)
        frame.put("x", x: 3, y: 0, .text)   // overwrite the right half
        XCTAssertEqual(frame.text, "ab x\n")
        assertInvariants(frame)
    }

    func testKeyNotation() throws {
        XCTAssertEqual(try KeyNotation.parse("]]:9<Enter>/Libya<Enter>n").count, 13)
        XCTAssertEqual(try KeyNotation.parse("<S-Tab><C-o><lt><Resize:60x20><Click:3,4>"),
                       [.backTab, .ctrl("o"), .char("<"), .resize(width: 60, height: 20), .mouse(MouseEvent(kind: .press, x: 3, y: 4))])
        XCTAssertThrowsError(try KeyNotation.parse("<Bogus>"))
        XCTAssertEqual(try KeyNotation.parse("a<b"), [.char("a"), .char("<"), .char("b")])
    }
}
