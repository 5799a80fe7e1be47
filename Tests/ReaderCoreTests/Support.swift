import Foundation
import XCTest
import TestSupport
import TranscriptKit
@testable import ReaderCore

enum ReaderFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func document(_ name: String) throws -> Document {
        try Document.load(path: folder.appendingPathComponent("Fixtures/\(name)").path)
    }

    static let interview = Document.embeddedInterview()

    /// A state after replaying KEYS notation, as `colloquy render` does.
    static func state(_ width: Int, _ height: Int, keys: String = "") throws -> ReaderState {
        try state(interview, width, height, keys: keys)
    }

    static func state(_ document: Document, _ width: Int, _ height: Int, keys: String = "") throws -> ReaderState {
        DisplayWidth.prepare()
        var state = ReaderState(document: document, width: width, height: height, themeNames: ["default", "mono"])
        for key in try KeyNotation.parse(keys) { _ = state.handle(key) }
        return state
    }
}

/// Compares a frame's text with `Snapshots/NAME.txt`; COLLOQUY_RECORD=1 re-records (and fails).
func assertSnapshot(_ frame: Frame, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = ReaderFixture.folder.appendingPathComponent("Snapshots/\(name).txt")
    if let failure = Golden.check(frame.text, file: url) { XCTFail(failure, file: file, line: line) }
    assertInvariants(frame, file: file, line: line)
}

/// What every frame must satisfy whatever the state: exact size, no control characters,
/// wide glyphs whole and inside the frame.
func assertInvariants(_ frame: Frame, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(frame.cells.count, frame.width * frame.height, file: file, line: line)
    for y in 0..<frame.height {
        for x in 0..<frame.width {
            let cell = frame[x, y]
            let v = cell.glyph.base
            if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) {
                XCTFail("control character U+\(String(v, radix: 16)) at \(x),\(y)", file: file, line: line)
                return
            }
            if cell.glyph.width == 2 && !cell.isContinuation {
                guard x + 1 < frame.width, frame[x + 1, y].isContinuation else {
                    XCTFail("wide glyph without its right half at \(x),\(y)", file: file, line: line)
                    return
                }
            }
            if cell.isContinuation && (x == 0 || frame[x - 1, y].glyph.width != 2) {
                XCTFail("orphan right half at \(x),\(y)", file: file, line: line)
                return
            }
        }
    }
}
