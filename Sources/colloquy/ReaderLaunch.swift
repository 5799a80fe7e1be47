import TranscriptKit

enum ReaderLaunch {
    static func listThemes() -> Int32 { 0 }
    static func render(_ document: Document, _ arguments: Arguments) -> Int32 { 0 }
    static func read(_ document: Document, _ arguments: Arguments) -> Int32 {
        Output.write(document.outline())
        return 0
    }
}
