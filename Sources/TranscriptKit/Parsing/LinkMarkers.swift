/// A page dumped to text by a text-mode browser (`lynx -dump`) numbers each link where it stood
/// (`the [12]museum's archive`) and lists the addresses at the end under `References`. The
/// numbers are the browser's, not the speaker's: where the list is there, they are dropped from
/// the words, so a title, a search or a quote reads as the page did.
enum LinkMarkers {
    /// How many references the document lists at its end (`References`, then `1. https://…`
    /// lines), or 0 when it has no such list: then a bracketed number is the text's own
    /// (`[1]` as a footnote, `[00:12]` as a time) and stays.
    static func listed(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> Int {
        // The list is the last thing on the page; a long one is read from its heading down.
        var index = lines.count - 1
        var highest = 0
        var entries = 0
        while index >= 0 {
            let range = lines.range(index)
            index -= 1
            if Bytes.isBlank(b, range) { continue }
            if let number = entry(b, range) {
                highest = max(highest, number)
                entries += 1
                continue
            }
            guard entries > 0, isHeading(b, range) else { return 0 }
            return highest
        }
        return 0
    }

    /// Drops `[N]` where N is a listed reference and a word follows at once (`[6]Terms`),
    /// as the browser writes it; anything else in brackets stays.
    static func drop(_ text: inout [UInt8], listed: Int) {
        guard listed > 0, text.contains(UInt8(ascii: "[")) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        let n = text.count
        while i < n {
            if text[i] == UInt8(ascii: "["), let end = markerEnd(text, i, listed: listed) {
                i = end
                continue
            }
            out.append(text[i])
            i += 1
        }
        text = out
    }

    /// Where the marker at `i` ends, if it is one: `[`, one to four digits naming a listed
    /// reference, `]`, then a letter, a digit, a quote or another marker.
    private static func markerEnd(_ text: [UInt8], _ i: Int, listed: Int) -> Int? {
        var j = i + 1
        var number = 0
        while j < text.count, j - i <= 5, Bytes.isDigit(text[j]) {
            number = number * 10 + Int(text[j] - UInt8(ascii: "0"))
            j += 1
        }
        guard j > i + 1, j < text.count - 1, text[j] == UInt8(ascii: "]"), number >= 1, number <= listed else { return nil }
        let next = text[j + 1]
        guard next != 0x20, next != 0x09, next != UInt8(ascii: "."), next != UInt8(ascii: ",") else { return nil }
        return j + 1
    }

    /// `  12. https://example.org/page` (or `file:`, `mailto:`, any scheme).
    private static func entry(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        var number = 0
        let start = i
        while i < range.upperBound, i - start < 5, Bytes.isDigit(b[i]) {
            number = number * 10 + Int(b[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > start, i + 2 < range.upperBound, b[i] == UInt8(ascii: "."), b[i + 1] == 0x20 else { return nil }
        i += 2
        Bytes.skipWhitespace(b, &i, range.upperBound)
        // A scheme: letters, then `:`.
        let scheme = i
        while i < range.upperBound, Bytes.isASCIILetter(b[i]) { i += 1 }
        guard i > scheme, i < range.upperBound, b[i] == UInt8(ascii: ":") else { return nil }
        return number
    }

    /// `References`, or lynx's `Visible links` / `Hidden links:` when it lists both kinds.
    private static func isHeading(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        var end = range.upperBound
        while end > i, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D || b[end - 1] == UInt8(ascii: ":") { end -= 1 }
        let words = String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)
        return words == "References" || words == "Visible links" || words == "Hidden links"
    }
}
