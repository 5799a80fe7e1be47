/// `Q: How long have you been here? A: Twenty years.`: a question and its answer set on one
/// line, as question-and-answer pages and some printed interviews run them. The other side's
/// label, standing after a sentence's end, splits the line into two turns.
///
/// Only between the anonymous sides of a question-and-answer page (`Q`/`A`,
/// `Question`/`Answer`): a name and colon mid-line is too often the text's own (`he said
/// one thing to me: …`), while `A:` straight after a question's mark is not.
enum InlineAnswer {
    /// The two sides of a question-and-answer page.
    enum Side { case asking, answering }

    /// The side a label is, when it is one of them (`Q:`, `A.`, `Question:`, `Answer:`).
    static func side(of label: SpeakerLabel?) -> Side? {
        guard let label, label.form == .colon || label.form == .dotted else { return nil }
        switch label.key {
        case "Q", "QUESTION": return .asking
        case "A", "ANSWER": return .answering
        default: return nil
        }
    }

    /// Where in `range` the other side's label begins, if it does: after `?`, `.`, `!` (or a
    /// quotation mark or bracket closing a sentence) and a space, and followed by a space.
    static func split(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, after side: Side) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            // Only a colon can end the other side's label; most lines hold none.
            guard b[i] == UInt8(ascii: ":") else { i += 1; continue }
            if i + 1 < range.upperBound, b[i + 1] == 0x20 || b[i + 1] == 0x09,
               let start = labelStart(b, range.lowerBound, colon: i, answering: side == .asking) {
                return start
            }
            i += 1
        }
        return nil
    }

    /// The start of the word before the colon at `colon` when that word is the other side's
    /// label and a sentence ends before it.
    private static func labelStart(_ b: UnsafeBufferPointer<UInt8>, _ lower: Int, colon: Int, answering: Bool) -> Int? {
        var start = colon
        while start > lower && Bytes.isASCIILetter(b[start - 1]) { start -= 1 }
        guard start < colon, colon - start <= 8 else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<colon]), as: UTF8.self).uppercased()
        guard answering ? (word == "A" || word == "ANSWER") : (word == "Q" || word == "QUESTION") else { return nil }
        var before = start
        guard before > lower, b[before - 1] == 0x20 || b[before - 1] == 0x09 else { return nil }
        while before > lower && (b[before - 1] == 0x20 || b[before - 1] == 0x09) { before -= 1 }
        guard before > lower else { return nil }
        return endsASentence(b, lower, before) ? start : nil
    }

    /// Whether the text up to `end` ends a sentence: `?`, `.`, `!`, or one of them inside a
    /// closing quotation mark or bracket (`…you?"`, `…you?”`, `(laughs)`).
    private static func endsASentence(_ b: UnsafeBufferPointer<UInt8>, _ lower: Int, _ end: Int) -> Bool {
        let last = b[end - 1]
        if last == UInt8(ascii: "?") || last == UInt8(ascii: ".") || last == UInt8(ascii: "!")
            || last == UInt8(ascii: ")") || last == UInt8(ascii: "]") || last == UInt8(ascii: "\"") { return true }
        // `”` and `’`, E2 80 9D and E2 80 99.
        return end - 3 >= lower && b[end - 3] == 0xE2 && b[end - 2] == 0x80 && (last == 0x9D || last == 0x99)
    }
}
