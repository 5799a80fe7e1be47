/// HTML character references (`&quot;`, `&#39;`, `&#x2019;`) and Markdown backslash escapes
/// (`\[laughs\]`, `\_`) decoded, so scraped and Markdown text reads, searches, indexes and
/// quotes as what it says. Anything that is not a well-formed reference stays as written.
enum MarkupDecoding {
    /// Decodes in place (callers on the parse's path look for `&` or `\` first).
    static func decode(_ text: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        let n = text.count
        while i < n {
            let c = text[i]
            if c == 0x5C, i + 1 < n, isEscapable(text[i + 1]) {
                out.append(text[i + 1])
                i += 2
                continue
            }
            if c == 0x26, let (scalar, length) = reference(text, i) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += length
                continue
            }
            out.append(c)
            i += 1
        }
        text = out
    }

    static func decoded(_ text: String) -> String {
        var bytes = Array(text.utf8)
        decode(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// CommonMark lets a backslash escape any ASCII punctuation character.
    private static func isEscapable(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    /// `&name;`, `&#NNN;` or `&#xHHH;` at `i`: the scalar and the reference's length.
    private static func reference(_ text: [UInt8], _ i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        let limit = min(text.count, i + 12)
        while j < limit && text[j] != UInt8(ascii: ";") && text[j] != 0x20 { j += 1 }
        guard j < limit, text[j] == UInt8(ascii: ";"), j > i + 1 else { return nil }
        let body = text[(i + 1)..<j]
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            let hex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
            let number = String(decoding: hex ? digits.dropFirst() : digits, as: UTF8.self)
            // Control characters stay written out: a reference must not smuggle an escape sequence.
            guard !number.isEmpty, let value = UInt32(number, radix: hex ? 16 : 10), value >= 0x20, !(0x7F...0x9F).contains(value),
                  let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, j + 1 - i)
        }
        guard let scalar = named[String(decoding: body, as: UTF8.self)] else { return nil }
        return (scalar, j + 1 - i)
    }

    /// The references scraped transcripts actually carry; an unknown name stays as written.
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó",
        "iacute": "í", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "szlig": "ß", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "deg": "°",
        "laquo": "«", "raquo": "»", "middot": "·", "bull": "•", "shy": "\u{00AD}", "zwj": "\u{200D}",
        "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}",
    ]
}
