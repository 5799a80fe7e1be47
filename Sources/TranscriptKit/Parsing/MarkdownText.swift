import Foundation

/// The bits of Markdown a transcript uses: headings, quotes, rules, fences, images, emphasis.
enum MarkdownText {
    static func isRule(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var marks = 0
        var mark: UInt8 = 0
        for i in range {
            let c = b[i]
            if c == 0x20 || c == 0x09 { continue }
            guard c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") else { return false }
            if mark == 0 { mark = c } else if c != mark { return false }
            marks += 1
        }
        return marks >= 3
    }

    /// Three or more of one mark and nothing else: reStructuredText and Setext underlines.
    static func isUnderline(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound && (b[end - 1] == 0x20 || b[end - 1] == 0x09) { end -= 1 }
        // (A switch, not a search of a string's bytes: asked of every paragraph.)
        switch b[range.lowerBound] {
        case UInt8(ascii: "="), UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "~"), UInt8(ascii: "^"),
             UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "_"):
            break
        default:
            return false
        }
        guard end - range.lowerBound >= 3 else { return false }
        let mark = b[range.lowerBound]
        return b[range.lowerBound..<end].allSatisfy { $0 == mark }
    }

    static func isTopHeading(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        return i + 1 < range.upperBound && b[i] == UInt8(ascii: "#") && b[i + 1] == 0x20
    }

    static func isFence(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        return range.upperBound - i >= 3 && (b[i] == UInt8(ascii: "`") && b[i + 1] == b[i] && b[i + 2] == b[i]
                                             || b[i] == UInt8(ascii: "~") && b[i + 1] == b[i] && b[i + 2] == b[i])
    }

    /// A heading or an image line: structure a reader shows apart from speech.
    static func isStructure(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        guard i < range.upperBound else { return false }
        if b[i] == UInt8(ascii: "#") { return true }
        return i + 1 < range.upperBound && b[i] == UInt8(ascii: "!") && b[i + 1] == UInt8(ascii: "[")
    }

    /// The line without its `> ` quote marker, if it has one.
    static func unquoted(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        guard i < range.upperBound, b[i] == UInt8(ascii: ">") else { return nil }
        return (i + 1)..<range.upperBound
    }

    /// Drops heading marks, image syntax and paired emphasis around the whole paragraph.
    static func strip(_ p: inout Paragraph) {
        var text = p.text
        let (label, markup) = (p.label, p.isMarkup)
        var emphasised = false
        // Bounds moved inwards, then one copy if anything was cut: a paragraph with nothing to
        // strip (most of them) is not copied, and leading blanks are not removed one by one.
        let stripped = text.withUTF8 { b -> [UInt8]? in
            var lo = 0, hi = b.count
            if markup {
                while lo < hi && b[lo] == UInt8(ascii: "#") { lo += 1 }
                if hi - lo >= 2, b[lo] == UInt8(ascii: "!"), b[lo + 1] == UInt8(ascii: "["),
                   let close = (lo..<hi).first(where: { b[$0] == UInt8(ascii: "]") }) {
                    (lo, hi) = (lo + 2, close)
                }
            }
            while lo < hi && b[lo] == 0x20 { lo += 1 }
            while hi > lo && b[hi - 1] == 0x20 { hi -= 1 }
            for mark in [UInt8(ascii: "*"), UInt8(ascii: "_")] {
                // `**Question?**` or `__Question?__`: bold around the whole paragraph.
                if label == nil, hi - lo > 4, b[lo] == mark, b[lo + 1] == mark, b[hi - 2] == mark, b[hi - 1] == mark,
                   !b[(lo + 2)..<(hi - 2)].contains(mark) {
                    (lo, hi, emphasised) = (lo + 2, hi - 2, true)
                }
            }
            for mark in [UInt8(ascii: "*"), UInt8(ascii: "_")] {
                // A paragraph wholly in emphasis (`*An interview with…*`) reads better without it.
                if label == nil, hi - lo > 2, b[lo] == mark, b[hi - 1] == mark, !b[(lo + 1)..<(hi - 1)].contains(mark) {
                    (lo, hi, emphasised) = (lo + 1, hi - 1, true)
                }
                // `**Q: Is this a freeze…?**`: bold opened before the label closes after the words.
                if label != nil, hi - lo > 2, b[hi - 1] == mark, b[hi - 2] == mark, !b[lo..<(hi - 2)].contains(mark) {
                    hi -= 2
                }
            }
            // (Looked for with memchr: every paragraph of a Markdown file is asked.)
            func holds(_ mark: UInt8) -> Bool { memchr(b.baseAddress! + lo, Int32(mark), hi - lo) != nil }
            let inline = hi > lo && (holds(UInt8(ascii: "*")) || holds(UInt8(ascii: "_")) || holds(UInt8(ascii: "`")))
            if inline { return dropInlineMarks(Array(b[lo..<hi])) }
            return lo == 0 && hi == b.count ? nil : Array(b[lo..<hi])
        }
        if emphasised { p.isEmphasised = true }
        if let stripped { p.text = String(decoding: stripped, as: UTF8.self) }
    }

    /// Emphasis and code inside the words (`I *loved* it`, `` `fiction` ``), as a reader of the
    /// page sees them: the marks dropped, the words kept. (Links stay as written: a list of them
    /// is a page's navigation, and its names are nobody's mention.)
    /// Stricter than CommonMark, so that arithmetic and names keep their marks (`2*3*4`,
    /// `snake_case`): a mark opens after a blank or punctuation and before a word, and closes
    /// after a word and before a blank or punctuation; an unmatched mark stays.
    static func dropInlineMarks(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        func isWordByte(_ c: UInt8) -> Bool { Bytes.isASCIIAlphanumeric(c) || c >= 0x80 }
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "*") || c == UInt8(ascii: "_") {
                var run = 0
                while i + run < b.count && b[i + run] == c { run += 1 }
                let opens = (i == 0 || !isWordByte(b[i - 1]) && b[i - 1] != c) && i + run < b.count && b[i + run] != 0x20 && run <= 3
                if opens, let close = closing(b, from: i + run, mark: c, run: run, isWordByte) {
                    out.append(contentsOf: b[(i + run)..<close])
                    i = close + run
                    continue
                }
                out.append(contentsOf: b[i..<(i + run)])
                i += run
                continue
            }
            if c == UInt8(ascii: "`"), let close = b[(i + 1)..<min(b.count, i + 1 + spanLimit)].firstIndex(of: c), close > i + 1 {
                out.append(contentsOf: b[(i + 1)..<close])
                i = close + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// How far a mark's partner is looked for: emphasis and code span a few words, and a
    /// paragraph of a million unmatched marks must not be read a million times.
    static let spanLimit = 600

    /// Where a run of `run` marks closes the emphasis opened before `start`, if it does.
    private static func closing(_ b: [UInt8], from start: Int, mark: UInt8, run: Int, _ isWordByte: (UInt8) -> Bool) -> Int? {
        var j = start
        let limit = min(b.count, start + spanLimit)
        while j < limit {
            if b[j] == mark {
                var length = 0
                while j + length < b.count && b[j + length] == mark { length += 1 }
                let after = j + length
                if length == run, b[j - 1] != 0x20, after == b.count || !isWordByte(b[after]) {
                    return j
                }
                j = after
                continue
            }
            j += 1
        }
        return nil
    }
}
