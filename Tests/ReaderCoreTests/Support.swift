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
    static func state(_ width: Int, _ height: Int, keys: String = "", plain: Bool = false) throws -> ReaderState {
        try state(interview, width, height, keys: keys, plain: plain)
    }

    static func state(_ document: Document, _ width: Int, _ height: Int, keys: String = "", plain: Bool = false) throws -> ReaderState {
        DisplayWidth.prepare()
        var state = ReaderState(document: document, width: width, height: height, themeNames: ["default", "mono"])
        state.plain = plain
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

/// What every frame must satisfy whatever the state (see `Frame.invariantViolations`).
func assertInvariants(_ frame: Frame, file: StaticString = #filePath, line: UInt = #line) {
    for violation in frame.invariantViolations { XCTFail(violation, file: file, line: line) }
}

/// Frame and state invariants together, after a key.
func assertInvariants(_ state: ReaderState, file: StaticString = #filePath, line: UInt = #line) {
    assertInvariants(state.render(), file: file, line: line)
    for violation in state.invariantViolations { XCTFail(violation, file: file, line: line) }
}
