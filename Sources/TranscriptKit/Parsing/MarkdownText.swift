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
        guard end - range.lowerBound >= 3, "=#-~^+*_".utf8.contains(b[range.lowerBound]) else { return false }
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
        var text = Array(p.text.utf8)
        if p.isMarkup {
            while text.first == UInt8(ascii: "#") { text.removeFirst() }
            if text.starts(with: Array("![".utf8)), let close = text.firstIndex(of: UInt8(ascii: "]")) {
                text = Array(text[2..<close])
            }
        }
        while text.first == UInt8(ascii: " ") { text.removeFirst() }
        while text.last == UInt8(ascii: " ") { text.removeLast() }
        // `**Question?**` or `__Question?__`: bold around the whole paragraph.
        for mark in [UInt8(ascii: "*"), UInt8(ascii: "_")] where p.label == nil && text.count > 4
            && text.starts(with: [mark, mark]) && text.suffix(2) == [mark, mark]
            && !text.dropFirst(2).dropLast(2).contains(mark) {
            text = Array(text.dropFirst(2).dropLast(2))
            p.isEmphasised = true
        }
        // A paragraph wholly in emphasis (`*An interview with…*`) reads better without it.
        for mark in [UInt8(ascii: "*"), UInt8(ascii: "_")] where p.label == nil && text.count > 2
            && text.first == mark && text.last == mark && !text.dropFirst().dropLast().contains(mark) {
            text = Array(text.dropFirst().dropLast())
            p.isEmphasised = true
        }
        p.text = String(decoding: text, as: UTF8.self)
    }
}
