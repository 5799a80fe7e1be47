#if canImport(Glibc)
import Glibc
#endif

/// Byte ranges of the lines of a UTF-8 text; LF, CRLF and lone CR all end a line.
///
/// Offsets are kept in 32 bits (half the table for a million short lines): input stops at
/// 1 GiB (`DocumentInput.defaultLimit`), and UTF-16 decoded to UTF-8 stays under 4 GiB.
struct SourceLines {
    private var starts: [UInt32] = []
    private var ends: [UInt32] = []

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let n = buffer.count
            // memchr finds line feeds at memory speed; a carriage return is looked for
            // only inside each line (CRLF ends, or old Mac files with CR alone).
            var start = 0
            while start < n {
                let found = memchr(base + start, 0x0A, n - start)
                let end = found.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? n
                var lineStart = start
                var cursor = start
                while cursor < end, let cr = memchr(base + cursor, 0x0D, end - cursor) {
                    let at = UnsafeRawPointer(cr).assumingMemoryBound(to: UInt8.self) - base
                    if at + 1 == end && end < n {   // CRLF: the CR belongs to the line ending
                        break
                    }
                    starts.append(UInt32(lineStart))
                    ends.append(UInt32(at))
                    lineStart = at + 1
                    cursor = at + 1
                }
                if lineStart < end || end < n {
                    starts.append(UInt32(lineStart))
                    ends.append(UInt32(end > lineStart && buffer[end - 1] == 0x0D && end < n ? end - 1 : end))
                }
                start = end + 1
            }
        }
    }

    var count: Int { starts.count }
    func range(_ line: Int) -> Range<Int> { Int(starts[line])..<Int(ends[line]) }
}

/// Byte-level helpers shared by the paragraph scanners.
enum Bytes {
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func asciiLower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
    static func isASCIILetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
    static func isASCIIAlphanumeric(_ c: UInt8) -> Bool { isDigit(c) || isASCIILetter(c) }
    /// Text that stops on this byte (a lower-case letter, a comma, a semicolon) stops mid-sentence.
    static func continuesSentence(_ last: UInt8) -> Bool {
        (last >= 0x61 && last <= 0x7A) || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
    }

    /// Up to two emphasis marks opening at `i` (`*(00:00:17)*`, `__[01:30]__`, a time set in
    /// italics or bold), `i` moved past them: the mark and how many (none: 0).
    static func openEmphasis(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> (mark: UInt8, count: Int) {
        guard i + 1 < end, b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "_") else { return (0, 0) }
        let mark = b[i]
        var count = 0
        while i < end && b[i] == mark && count < 2 { i += 1; count += 1 }
        return (mark, count)
    }

    /// Whether the emphasis `openEmphasis` found closes at `i` (`i` moved past its marks).
    static func closeEmphasis(_ emphasis: (mark: UInt8, count: Int), _ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Bool {
        for _ in 0..<emphasis.count {
            guard i < end, b[i] == emphasis.mark else { return false }
            i += 1
        }
        return true
    }

    /// Where the bracket that opens `text` closes (`(laughs) `, `[RUTH] `), when it closes within
    /// `within` bytes and a blank follows it; nil otherwise.
    static func leadingBracket(_ text: ArraySlice<UInt8>, within: Int) -> Int? {
        guard let open = text.first, open == UInt8(ascii: "(") || open == UInt8(ascii: "["),
              let close = text.prefix(within).firstIndex(of: open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")),
              close + 1 < text.endIndex, text[close + 1] == 0x20 else { return nil }
        return close
    }

    /// Length in bytes of a whitespace character starting at `i` (ASCII blanks, NBSP and
    /// the Unicode space separators scraped pages are full of), or 0.
    @inline(__always)
    static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x0A { return 1 }
        if c < 0xC2 { return 0 }
        if c == 0xC2 { return i + 1 < end && b[i + 1] == 0xA0 ? 2 : 0 }
        if c == 0xE2 && i + 2 < end {
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF || c2 == 0xA8 || c2 == 0xA9) { return 3 }
            if c1 == 0x81 && c2 == 0x9F { return 3 }
        }
        if c == 0xE3 && i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0x80 { return 3 }
        // U+FEFF inside the text is a byte-order mark left where files were joined: invisible,
        // and not something to keep in a block (JSON readers drop it at a string's start).
        if c == 0xEF && i + 2 < end && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return 3 }
        return 0
    }

    static func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let w = whitespaceLength(b, i, range.upperBound)
            if w == 0 { return false }
            i += w
        }
        return true
    }

    /// Number of Unicode scalars in a byte range (what a reader sees as its length), counting
    /// no further than `cap`: callers only care whether a line is short.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cap: Int = .max) -> Int {
        var count = 0
        var i = range.lowerBound
        // Every byte but a continuation byte starts a scalar.
        while i + 8 <= range.upperBound && count < cap {
            count += 8 - EightBytes.count(EightBytes.continuation(EightBytes.load(b, i)))
            i += 8
        }
        while i < range.upperBound && count < cap {
            if b[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return min(count, cap)
    }

    /// Appends `range` to `out`, folding every whitespace run into one space.
    ///
    /// Copies runs of non-blank bytes in bulk; only bytes that can start a blank are examined.
    /// Returns the number of words appended.
    @discardableResult
    static func appendFolded(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) -> Int {
        var i = range.lowerBound
        let end = range.upperBound
        // Fast path: most lines need no folding, only a count of their single spaces.
        if let words = simpleWords(b, range) {
            if words > 0 {
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[range]))
            }
            return words
        }
        var words = 0
        var pendingSpace = !out.isEmpty
        while i < end {
            var j = i
            while j < end {
                let c = b[j]
                if (c <= 0x20 || c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF) && whitespaceLength(b, j, end) > 0 { break }
                j += 1
            }
            if j > i {
                if pendingSpace { out.append(0x20) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                pendingSpace = false
                words += 1
            }
            i = j
            while i < end {
                let w = whitespaceLength(b, i, end)
                if w == 0 { break }
                pendingSpace = !out.isEmpty
                i += w
            }
        }
        return words
    }

    /// Words in a line whose only blanks are single ASCII spaces between words, or nil
    /// when the line needs real folding (tabs, runs, edges, Unicode spaces).
    @inline(__always)
    private static func simpleWords(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, b[range.lowerBound] != 0x20, b[range.upperBound - 1] != 0x20 else { return nil }
        var spaces = 0
        var previousSpace = false
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if i + 8 <= end {
                // Eight bytes with no control byte and nothing beyond ASCII: only spaces matter.
                let x = EightBytes.load(b, i)
                if EightBytes.below(x, 0x20) | EightBytes.nonASCII(x) == 0 {
                    let space = EightBytes.equal(x, 0x20)
                    if space & (space << 8) != 0 || previousSpace && EightBytes.has(space, at: 0) { return nil }
                    spaces += EightBytes.count(space)
                    previousSpace = EightBytes.has(space, at: 7)
                    i += 8
                    continue
                }
            }
            for j in i..<min(i + 8, end) {
                let c = b[j]
                if c == 0x20 {
                    if previousSpace { return nil }
                    spaces += 1
                    previousSpace = true
                } else {
                    if c < 0x20 || c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF {
                        if whitespaceLength(b, j, end) > 0 { return nil }
                    }
                    previousSpace = false
                }
            }
            i = min(i + 8, end)
        }
        return spaces + 1
    }

    /// One pass over a paragraph for what the parser asks of every one: whether it asks (`?`, or
    /// the full-width `？` of Chinese and Japanese), how many CJK ideographs and kana it holds
    /// (three-byte scalars from U+3040 to U+9FFF), and markup to decode (`&` or `\`).
    static func survey(_ text: [UInt8]) -> (asks: Bool, ideographs: Int, markup: Bool) {
        text.withUnsafeBufferPointer { survey($0) }
    }

    static func survey(_ text: UnsafeBufferPointer<UInt8>) -> (asks: Bool, ideographs: Int, markup: Bool) {
        var asks = false
        var markup = false
        var ideographs = 0
        var i = 0
        let n = text.count
        while i < n {
            if i + 8 <= n {
                // Eight ASCII bytes with no `?`, `&` or `\\` hold nothing to count.
                let x = EightBytes.load(text, i)
                if EightBytes.nonASCII(x) | EightBytes.equal(x, UInt8(ascii: "?")) | EightBytes.equal(x, UInt8(ascii: "&"))
                    | EightBytes.equal(x, UInt8(ascii: "\\")) == 0 {
                    i += 8
                    continue
                }
            }
            for j in i..<min(i + 8, n) {
                let c = text[j]
                if c == UInt8(ascii: "?") {
                    asks = true
                } else if c == UInt8(ascii: "&") || c == UInt8(ascii: "\\") {
                    markup = true
                } else if c >= 0xE3 && c <= 0xE9 {
                    ideographs += 1
                } else if c == 0xEF && j + 2 < n && text[j + 1] == 0xBC && text[j + 2] == 0x9F {
                    asks = true
                }
            }
            i = min(i + 8, n)
        }
        return (asks, ideographs, markup)
    }

    static func skipWhitespace(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) {
        while i < end {
            let w = whitespaceLength(b, i, end)
            if w == 0 { return }
            i += w
        }
    }
}
