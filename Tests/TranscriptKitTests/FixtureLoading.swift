import Foundation
import TestSupport
@testable import TranscriptKit

enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func document(_ name: String, format: TranscriptFormat? = nil) throws -> Document {
        try Document.load(path: folder.appendingPathComponent(name).path, format: format)
    }

    /// A fixture's text as written, for a test that changes it or parses it another way.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func blocks(_ d: Document, _ kind: Block.Kind) -> [Block] { d.blocks.filter { $0.kind == kind } }

    /// Each exchange as `title [asker → answerer]`, as `outline` prints it.
    static func outline(_ d: Document) -> [String] {
        d.exchanges.map { e in
            let asker = e.questionSpeaker.map { d.participants[$0].name } ?? "-"
            let answerer = e.answerSpeaker.map { d.participants[$0].name } ?? "-"
            return "\(e.title) [\(asker) → \(answerer)]"
        }
    }

    static func role(_ d: Document, _ name: String) -> Participant.Role? {
        d.participants.first { $0.name == name }?.role
    }
}
