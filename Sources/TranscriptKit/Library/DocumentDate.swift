/// The date a transcript is from, as `YYYY-MM-DD`, read from its first lines: a `date:` key
/// (front matter, `:date:` in reStructuredText), else the first date written out in the text
/// (`2021-09-15`, `January 24, 2023`, `17 September 2020`, `March 10, 1998`). The library falls
/// back on the file's modification time when the text gives none.
public enum DocumentDate {
    /// How far into the text a date is looked for: a header, a dateline, a show's opening
    /// (`recorded November 15th, 2022`). Further in, a date is more often one talked about.
    static let lines = 25

    public static func find(in text: String) -> String? {
        var first: String?
        for line in firstLines(text) {
            // Every date has a year (19xx, 20xx): a line without one is not taken apart into words.
            guard mayHoldYear(line) else { continue }
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == ":" || $0 == "-" }
            let date = self.date(in: trimmed)
            if trimmed.lowercased().hasPrefix("date"), let date { return date }
            if first == nil { first = date }
        }
        return first
    }

    /// The text's first `lines` lines, found by their newline bytes: split by characters, the
    /// first 8 KB were read grapheme by grapheme, most of a generated document's summary after
    /// its parse. A newline after a carriage return ends no line, as the character `\r\n` ends
    /// none when split by characters.
    static func firstLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var found: [Substring] = []
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while i < utf8.endIndex && found.count < lines {
            let b = utf8[i]
            if b == 0x0A && previous != 0x0D {
                found.append(Substring(utf8[start..<i]))
                start = utf8.index(after: i)
            }
            previous = b
            utf8.formIndex(after: &i)
        }
        if found.count < lines { found.append(Substring(utf8[start...])) }
        return found
    }

    /// Whether the line holds four ASCII digits starting `19` or `20`, as every year `year`
    /// accepts does (splitting a long line into words for nothing was a quarter of a summary).
    static func mayHoldYear(_ line: Substring) -> Bool {
        func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var last: (UInt8, UInt8, UInt8) = (0, 0, 0)   // the three bytes before this one
        for b in line.utf8 {
            if (last.0 == 0x31 && last.1 == 0x39 || last.0 == 0x32 && last.1 == 0x30) && digit(last.2) && digit(b) { return true }
            last = (last.1, last.2, b)
        }
        return false
    }

    /// The first date in a line.
    static func date(in line: Substring) -> String? {
        let words = line.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.flatMap(splitISO)
        for (i, word) in words.enumerated() {
            if let iso = isoDate(word) { return iso }
            guard i + 2 < words.count, let year = year(words[i + 2]) else { continue }
            if let month = month(word), let day = day(words[i + 1]) { return format(year, month, day) }   // January 24, 2023
            if let day = day(word), let month = month(words[i + 1]) { return format(year, month, day) }   // 17 September 2020
        }
        return nil
    }

    /// `2021-09-15` stays whole; `-` elsewhere separates words.
    private static func splitISO(_ word: Substring) -> [Substring] {
        isoDate(word) != nil ? [word] : word.split(separator: "-")
    }

    private static func isoDate(_ word: Substring) -> String? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].count == 2, parts[2].count == 2, let year = year(parts[0]),
              let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]), (1...31).contains(day) else { return nil }
        return format(year, month, day)
    }

    private static func year(_ word: Substring) -> Int? {
        guard word.count == 4, let n = Int(word), (1900...2099).contains(n) else { return nil }
        return n
    }

    /// `24`, `17th`, `1st`.
    private static func day(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count).lowercased()
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix),
              let n = Int(digits), (1...31).contains(n) else { return nil }
        return n
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    /// A month's name, or its three-letter abbreviation (`Sept` too).
    private static func month(_ word: Substring) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        if let i = months.firstIndex(of: w) { return i + 1 }
        if w == "sept" { return 9 }
        return w.count == 3 ? months.firstIndex { $0.hasPrefix(w) }.map { $0 + 1 } : nil
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
