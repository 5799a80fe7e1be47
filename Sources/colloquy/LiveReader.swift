import ReaderCore
import TranscriptKit

enum LiveReader {
    static func run(_ document: Document, _ arguments: Arguments) -> Int32 { 0 }
}
