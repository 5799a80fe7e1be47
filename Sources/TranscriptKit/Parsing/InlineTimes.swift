#if canImport(Glibc)
import Glibc
#endif

/// Times printed inside a turn's words (`…ran two shifts. [02:40] You could hear…`, a page's
/// `[(00:00:31)](https://…&t=31)` linked to the recording): where the recording had got to, not
/// words anyone said. They are taken out of the text, as a time alone on its line is.
enum InlineTimes {
    /// Removes each bracketed time that stands between blanks (or at either end) from `text`.
    /// `(3:16)` is taken only in square brackets or with two digits before its colon, so that a
    /// verse or a ratio in parentheses stays. Returns how many were removed (each was a word).
    static func strip(_ text: inout [UInt8]) -> Int {
        guard let first = firstCandidate(text, from: 0) else { return 0 }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        out.append(contentsOf: text[..<first])
        var i = first
        var removed = 0
        while i < text.count {
            if let end = timeEnd(text, at: i) {
                // Drop the time and one blank beside it, so no double space is left.
                if out.last == 0x20 && (end == text.count || text[end] == 0x20) { out.removeLast() }
                i = end
                removed += 1
                continue
            }
            out.append(text[i])
            i += 1
        }
        if removed > 0 { text = out }
        return removed
    }

    /// The first `[` or `(` followed by a digit or `(`, at a word's start after the first, or
    /// the emphasis around one (`*(01:30)*`): a time opening the paragraph is its own
    /// (`LabelsAlone`), read where labels are.
    private static func firstCandidate(_ text: [UInt8], from start: Int) -> Int? {
        // memchr for each opening mark: most paragraphs have none, and this runs on every one.
        text.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return nil }
            var best: Int?
            for open in openings {
                var i = max(start, 1)
                while i + 1 < min(b.count, best ?? b.count), let found = memchr(base + i, Int32(open), b.count - i - 1) {
                    i = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                    let bracket = open == UInt8(ascii: "[") || open == UInt8(ascii: "(")
                    if b[i - 1] == 0x20, bracket ? Bytes.isDigit(b[i + 1]) || b[i + 1] == UInt8(ascii: "(")
                        : b[i + 1] == UInt8(ascii: "(") || b[i + 1] == UInt8(ascii: "[") || b[i + 1] == open {
                        best = min(best ?? i, i)
                        break
                    }
                    i += 1
                }
            }
            return best
        }
    }

    private static let openings: [UInt8] = [UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "*"), UInt8(ascii: "_")]

    /// Where the time at `i` ends (with its link, if linked), or nil when there is none.
    private static func timeEnd(_ text: [UInt8], at i: Int) -> Int? {
        guard i > 0, i + 4 < text.count, text[i - 1] == 0x20 else { return nil }
        return text.withUnsafeBufferPointer { b -> Int? in
            // `[(00:00:31)](…)` or `[00:02:40](…)`: linked to the recording, read as a label's is.
            if let (stamp, end) = SpeakerLabel.linkedTimestamp(b, i, b.count) {
                return hasSeconds(stamp.utf8[...]) && (end == b.count || b[end] == 0x20) ? end : nil
            }
            // `*(01:30)*`: a time set in italics (or bold), its marks closed after it.
            var k = i
            let emphasis = Bytes.openEmphasis(b, &k, b.count)
            guard k < b.count else { return nil }
            let open = b[k]
            guard open == UInt8(ascii: "[") || open == UInt8(ascii: "(") else { return nil }
            var j = k + 1
            while j < b.count && (Bytes.isDigit(b[j]) || b[j] == UInt8(ascii: ":") || b[j] == UInt8(ascii: ".")) { j += 1 }
            let stamp = b[(k + 1)..<j]
            guard hasSeconds(stamp), SpeakerLabel.isTimestamp(String(decoding: stamp, as: UTF8.self)),
                  j < b.count, b[j] == (open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")) else { return nil }
            j += 1
            guard Bytes.closeEmphasis(emphasis, b, &j, b.count) else { return nil }
            // `(3:16)` is a verse: in parentheses, only two digits before the colon make a time.
            if open == UInt8(ascii: "("), (stamp.firstIndex(of: UInt8(ascii: ":")) ?? stamp.startIndex) - stamp.startIndex < 2 { return nil }
            return j == b.count || b[j] == 0x20 ? j : nil
        }
    }

    /// Seconds in two digits (`[10:1]` is a score), at least four bytes in all; `.` may carry on
    /// into fractions.
    private static func hasSeconds<C: BidirectionalCollection>(_ stamp: C) -> Bool where C.Element == UInt8 {
        guard stamp.count >= 4, let colon = stamp.lastIndex(of: UInt8(ascii: ":")) else { return false }
        return stamp[stamp.index(after: colon)...].prefix(while: Bytes.isDigit).count == 2
    }
}
