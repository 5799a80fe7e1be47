/// Lines that carry a time and no speech: Rev's continuation stamps (`(00:01:59):`), bare
/// stamps (`[00:24]`, `0:00:12.6`), and markers such as `9:03 A.M. EDT`, `END 3:48 P.M. EDT`
/// or `PART 1 OF 4 ENDS [00:20:04]`. A stamp becomes the next paragraph's time; a marker
/// stays a paragraph of its own, never speech.
enum TimeLines {
    enum Kind: Equatable { case stamp(String), marker }

    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
        var start = range.lowerBound, end = range.upperBound
        while start < end, Bytes.whitespaceLength(b, start, end) > 0 { start += 1 }
        while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D { end -= 1 }
        guard end > start, end - start <= 80 else { return nil }
        let first = b[start]
        if first == UInt8(ascii: "(") || first == UInt8(ascii: "[") || (first >= 0x30 && first <= 0x39),
           let stamp = stamp(b, start..<end) { return .stamp(stamp) }
        return isMarker(b, start..<end) ? .marker : nil
    }

    /// `[00:00:06] [applause]`, `(01:02) (LAUGHTER)`: a time, then only a bracketed note of what
    /// happened. The time, and where the note starts: the note is the room's, not the words of
    /// whoever spoke last.
    static func timedNote(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (stamp: String, note: Int)? {
        var start = range.lowerBound, end = range.upperBound
        while start < end, Bytes.whitespaceLength(b, start, end) > 0 { start += 1 }
        while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D { end -= 1 }
        guard end - start >= 6, end - start <= 160 else { return nil }
        let first = b[start]
        guard first == UInt8(ascii: "(") || first == UInt8(ascii: "[") || Bytes.isDigit(first) else { return nil }
        var stampEnd = start
        while stampEnd < end, b[stampEnd] != 0x20, b[stampEnd] != 0x09 { stampEnd += 1 }
        guard stampEnd < end, let stamp = stamp(b, start..<stampEnd) else { return nil }
        var note = stampEnd
        while note < end, b[note] == 0x20 || b[note] == 0x09 { note += 1 }
        guard note < end else { return nil }
        let open = b[note], close = b[end - 1]
        guard open == UInt8(ascii: "[") && close == UInt8(ascii: "]") || open == UInt8(ascii: "(") && close == UInt8(ascii: ")"),
              !b[(note + 1)..<(end - 1)].contains(open) else { return nil }
        return (stamp, note)
    }

    /// The whole line is one time stamp, bracketed or not, perhaps followed by a colon.
    private static func stamp(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var lo = range.lowerBound, hi = range.upperBound
        if b[hi - 1] == UInt8(ascii: ":") { hi -= 1 }
        guard hi > lo else { return nil }
        let open = b[lo], close = b[hi - 1]
        if (open == UInt8(ascii: "(") && close == UInt8(ascii: ")")) || (open == UInt8(ascii: "[") && close == UInt8(ascii: "]")) {
            lo += 1
            hi -= 1
        }
        // A stamp is digits, `:`, `.` and `,` only: most lines that open with a digit (a numbered
        // transcript's every line) are told apart on bytes, without making a string.
        guard hi > lo, hi - lo <= 20, b[lo..<hi].allSatisfy({ Bytes.isDigit($0) || $0 == 0x3A || $0 == 0x2E || $0 == 0x2C }) else {
            return nil
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
        return SpeakerLabel.isTimestamp(text) ? text : nil
    }

    /// Short, no lower-case letter, and a clock time in it: with a.m./p.m., or bracketed at
    /// the end of the line (a part break).
    private static func isMarker(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var clock = false
        for i in range {
            let c = b[i]
            if c >= 0x61 && c <= 0x7A { return false }
            if c == UInt8(ascii: ":"), i > range.lowerBound, i + 2 < range.upperBound,
               Bytes.isDigit(b[i - 1]), Bytes.isDigit(b[i + 1]), Bytes.isDigit(b[i + 2]) { clock = true }
        }
        guard clock, let last = range.last else { return false }
        if b[last] == UInt8(ascii: "]") || b[last] == UInt8(ascii: ")") { return true }
        let line = UnsafeBufferPointer(rebasing: b[range])
        return ["A.M.", "P.M.", " AM", " PM"].contains { line.containsRun(Array($0.utf8)) }
    }

    /// `01:02:03`, a time as transcripts write it, from seconds.
    static func clock(_ seconds: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}
