/// Metadata at the top of a file: a YAML block between `---` lines (Markdown front matter,
/// Pelican and Jekyll posts), or a transcript kept wholly as YAML whose `key: value` header
/// runs up to its first `speaker:` item. Its title names the document; the rest is not text.
enum FrontMatter {
    struct Found {
        /// Lines `0..<end` are metadata.
        var end: Int
        var title: String?
        /// `date: '2022-01-11'`, as written (a citation's date).
        var date: String?
    }

    static func find(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> Found? {
        var first = 0
        while first < lines.count && Bytes.isBlank(b, lines.range(first)) { first += 1 }
        guard first < lines.count else { return nil }
        let fenced = isFence(b, lines.range(first))
        var index = fenced ? first + 1 : first
        var title: String?
        var date: String?
        var keys = 0
        while index < lines.count && index < first + 200 {
            let range = lines.range(index)
            if fenced && isFence(b, range) {
                return keys > 0 ? Found(end: index + 1, title: title, date: date) : nil
            }
            if let (key, value) = keyValue(b, range) {
                if key == "speaker" { break }
                keys += 1
                if key == "date" && date == nil && !value.isEmpty { date = unquoted(value) }
                if key == "title" && title == nil && !value.isEmpty {
                    var text = value
                    // A double-quoted value may run on over indented lines.
                    var next = index + 1
                    while text.hasPrefix("\""), !closesQuote(text), next < lines.count, isContinuation(b, lines.range(next)) {
                        text += "\n" + String(decoding: UnsafeBufferPointer(rebasing: b[lines.range(next)]), as: UTF8.self).trimming(" \t\r")
                        next += 1
                    }
                    title = unquoted(text)
                }
            } else if !(fenced || isContinuation(b, range)) {
                break
            }
            index += 1
        }
        // Unfenced, a header counts only when it is several keys and the file goes on as YAML.
        guard !fenced, keys >= 3, index < lines.count, keyValue(b, lines.range(index))?.key == "speaker" else { return nil }
        return Found(end: index, title: title, date: date)
    }

    /// `text: |` and the like: a YAML key whose value follows on the next lines.
    static func isBlockIntroducer(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let (_, value) = keyValue(b, range) else { return false }
        return value == "|" || value == ">" || value == "|-" || value == ">-"
    }

    private static func isFence(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound && (b[end - 1] == 0x20 || b[end - 1] == 0x09) { end -= 1 }
        return end - range.lowerBound == 3 && b[range.lowerBound] == UInt8(ascii: "-")
            && b[range.lowerBound + 1] == UInt8(ascii: "-") && b[range.lowerBound + 2] == UInt8(ascii: "-")
    }

    /// Indented lines (a folded value, `  - item`) belong to the key above them.
    private static func isContinuation(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && (b[range.lowerBound] == 0x20 || b[range.lowerBound] == 0x09)
    }

    /// `key: value` with a lower-case identifier key (optionally as a `- ` list item).
    static func keyValue(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (key: String, value: String)? {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        if i + 1 < range.upperBound && b[i] == UInt8(ascii: "-") && b[i + 1] == 0x20 { i += 2 }
        let keyStart = i
        while i < range.upperBound, (b[i] >= 0x61 && b[i] <= 0x7A) || b[i] == UInt8(ascii: "_") || (b[i] >= 0x30 && b[i] <= 0x39) {
            i += 1
        }
        guard i > keyStart, i < range.upperBound, b[i] == UInt8(ascii: ":"),
              i + 1 == range.upperBound || b[i + 1] == 0x20 else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: b[keyStart..<i]), as: UTF8.self)
        let value = String(decoding: UnsafeBufferPointer(rebasing: b[min(i + 1, range.upperBound)..<range.upperBound]), as: UTF8.self)
        return (key, value.trimming(" \t\r"))
    }

    private static func closesQuote(_ text: String) -> Bool {
        text.count >= 2 && text.hasSuffix("\"") && !text.hasSuffix("\\\"")
    }

    /// A YAML scalar's value: single quotes as written, double quotes with their escapes
    /// (`\_` is a no-break space, `\xF3` is ó, a backslash at a line's end joins the lines).
    static func unquoted(_ value: String) -> String {
        var v = Substring(value)
        if v.count >= 2, v.first == "'", v.last == "'" { return String(v.dropFirst().dropLast()) }
        guard v.count >= 2, v.first == "\"", v.last == "\"" else { return value }
        v = v.dropFirst().dropLast()
        var out = ""
        var scalars = v.unicodeScalars[...]
        while let c = scalars.popFirst() {
            if c == "\n" { out += " "; continue }
            guard c == "\\", let e = scalars.popFirst() else { out.unicodeScalars.append(c); continue }
            switch e {
            case "\n": while scalars.first == " " { scalars.removeFirst() }
            case "_", " ": out += " "
            case "n", "t": out += " "
            case "x", "u", "U":
                let digits = e == "x" ? 2 : e == "u" ? 4 : 8
                let hex = String(String.UnicodeScalarView(scalars.prefix(digits)))
                scalars = scalars.dropFirst(digits)
                if let value = UInt32(hex, radix: 16), value >= 0x20, let scalar = Unicode.Scalar(value) { out.unicodeScalars.append(scalar) }
            default: out.unicodeScalars.append(e)
            }
        }
        return out
    }
}
