import TranscriptKit
import ReaderCore

/// Any key sequence (up to 32 keys: short sequences reach every state quickly, and many of them run per second), with resizes down to 1×1, over the embedded interview or over a fuzzed
/// document → frames of exactly their size with no control character, and valid positions.
///
/// Input layout: the document's bytes, a NUL, then one key per byte (see `key(_:_:)`). An input
/// that starts with NUL reads the embedded interview.
enum ReaderChecks {
    /// Built once: its search and entity indexes are shared, immutable once built, and costly.
    static let interview = start(Document.embeddedInterview())

    static func start(_ document: Document) -> ReaderState {
        ReaderState(document: document, width: 80, height: 24, themeNames: ["default", "mono"])
    }

    static func violations(_ bytes: [UInt8]) -> [String] {
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        var state = split == 0 ? interview : start(TranscriptParser.parse(utf8: Array(bytes[..<split]), name: "fuzz"))
        var i = min(split + 1, bytes.count)
        var keys = 0
        while i < bytes.count, keys < 32 {
            let (key, used) = key(bytes, i)
            i += used
            keys += 1
            let effects = state.handleSynchronously(key)
            if effects.contains(.quit) { break }
            let problems = state.render().invariantViolations + state.invariantViolations
            if !problems.isEmpty { return problems.map { "after key \(keys) (\(key.label)) at \(state.width)×\(state.height): \($0)" } }
        }
        return []
    }

    static let specials: [Key] = [
        .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
        .pageUp, .pageDown, .home, .end, .ctrl("n"), .ctrl("o"), .ctrl("r"), .ctrl("l"),
        .ctrl("d"), .ctrl("u"), .ctrl("f"), .ctrl("b"), .ctrl("i"), .ctrl("p"),
    ]

    /// One key from the byte at `i` and how many bytes it used. Printable ASCII types itself;
    /// 0x01–0x1F and 0x7F–0x96 are special keys; 0xF0–0xF7 resize to the next two bytes
    /// (1×1 upwards); 0xF8–0xFF click or scroll at the next two bytes; the rest type letters
    /// from other scripts.
    static func key(_ b: [UInt8], _ i: Int) -> (Key, Int) {
        let v = b[i]
        func next(_ k: Int) -> Int { i + k < b.count ? Int(b[i + k]) : 0 }
        switch v {
        case 0x20..<0x7F: return (.char(Character(Unicode.Scalar(v))), 1)
        case 0x01..<0x20, 0x7F..<0x97:
            let n = v < 0x20 ? Int(v) - 1 : Int(v) - 0x7F + 31
            return (specials[n % specials.count], 1)
        case 0xF0...0xF7: return (.resize(width: 1 + next(1) % 160, height: 1 + next(2) % 50), 3)
        case 0xF8...0xFF:
            let kinds: [MouseEvent.Kind] = [.press, .wheelUp, .wheelDown]
            return (.mouse(MouseEvent(kind: kinds[Int(v) % 3], x: next(1) % 170, y: next(2) % 60)), 3)
        default:
            let letters: [Character] = ["é", "ß", "Л", "中", "👍", "\u{301}", "\u{200F}", "ｗ"]
            return (.char(letters[Int(v) % letters.count]), 1)
        }
    }
}
