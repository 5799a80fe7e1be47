import Foundation
import TestSupport
@testable import TranscriptKit

enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func document(_ name: String, format: TranscriptFormat? = nil) throws -> Document {
        try Document.load(path: folder.appendingPathComponent(name).path, format: format)
    }

    static func blocks(_ d: Document, _ kind: Block.Kind) -> [Block] { d.blocks.filter { $0.kind == kind } }
}
