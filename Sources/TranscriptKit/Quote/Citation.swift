/// A quote with where it comes from, as `y` copies it: one template, set in the config file
/// (`citation = …`).
///
/// `{quote}`, `{speaker}`, `{title}`, `{date}`, `{exchange}` and `{lines}` are filled in; a part
/// in square brackets is left out when a field in it is unknown, so that the default reads
/// `“…we will see who…” — Sergei Lavrov, Exclusive: …, 17 Sep 2020, exchange 9, lines 171–172`
/// and loses `, 17 Sep 2020` where the document gives no date.
public struct Citation: Sendable, Equatable {
    public var template: String

    public static let standard = "“{quote}”[ — {speaker}][, {title}][, {date}][, exchange {exchange}][, lines {lines}]"
    public static let fields = ["quote", "speaker", "title", "date", "exchange", "lines"]

    public init(template: String = Citation.standard) { self.template = template }

    /// What the template says for these values (a field absent or empty is unknown).
    public func text(_ values: [String: String]) -> String {
        var out = ""
        var group: (text: String, complete: Bool)?
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            if c == "[" && group == nil {
                group = ("", true)
            } else if c == "]", let g = group {
                if g.complete { out += g.text }
                group = nil
            } else if c == "{", let close = template[i...].firstIndex(of: "}") {
                let name = String(template[template.index(after: i)..<close])
                let value = values[name] ?? ""
                if Self.fields.contains(name) {
                    if group != nil { group?.text += value; if value.isEmpty { group?.complete = false } } else { out += value }
                    i = template.index(after: close)
                    continue
                }
                if group != nil { group?.text.append(c) } else { out.append(c) }
            } else {
                if group != nil { group?.text.append(c) } else { out.append(c) }
            }
            i = template.index(after: i)
        }
        if let g = group, g.complete { out += g.text }
        return out
    }

    /// The fields of a quote from `blocks` (in order) of `document`.
    public static func values(quote: String, blocks: [Int], in document: Document) -> [String: String] {
        guard let first = blocks.first, let last = blocks.last else { return ["quote": quote] }
        let firstLine = document.blocks[first].lines.lowerBound, lastLine = document.blocks[last].lines.upperBound
        let speakers = blocks.compactMap { document.speakerName(of: document.blocks[$0]) }
        var unique: [String] = []
        for s in speakers where !unique.contains(s) { unique.append(s) }
        return [
            "quote": quote,
            "speaker": unique.joined(separator: " and "),
            "title": document.title ?? "",
            "date": document.date ?? "",
            "exchange": document.blocks[first].exchange.map(String.init) ?? "",
            "lines": firstLine == lastLine ? "\(firstLine)" : "\(firstLine)–\(lastLine)",
        ]
    }
}

extension Document {
    /// The day the document is from, where it says: an ISO date (`2020-09-17`) in its front
    /// matter's `date:`, its first paragraphs (a dateline) or its file's name; as `17 Sep 2020`.
    public var date: String? {
        let texts = [published ?? ""] + blocks.prefix(8).map(\.text) + [source.name]
        for text in texts {
            if let day = Self.isoDate(in: text) { return day }
        }
        return nil
    }

    private static func isoDate(in text: String) -> String? {
        let s = Array(text.utf8)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= s.count, s[r].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return s[r].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        var i = 0
        while i + 10 <= s.count {
            let before = i == 0 || !(s[i - 1] >= 0x30 && s[i - 1] <= 0x39)
            if before, let y = number(i..<i + 4), s[i + 4] == UInt8(ascii: "-"), let m = number(i + 5..<i + 7),
               s[i + 7] == UInt8(ascii: "-"), let d = number(i + 8..<i + 10), (1900...2100).contains(y), (1...12).contains(m),
               (1...31).contains(d), i + 10 == s.count || !(s[i + 10] >= 0x30 && s[i + 10] <= 0x39) {
                return "\(d) \(months[m - 1]) \(y)"
            }
            i += 1
        }
        return nil
    }
}
