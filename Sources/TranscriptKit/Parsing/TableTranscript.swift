/// A transcript kept as a table, as transcription tools export it to spreadsheets: comma- or
/// tab-separated rows under a header that names the columns (`Speaker,Start,End,Text`). The
/// columns are found by their names, in any order, and each row is an utterance.
enum TableTranscript {
    /// Column names for the words, the speaker and the times, folded to lower case.
    private static let textNames: Set<String> = ["text", "transcript", "transcription", "utterance", "content", "caption",
                                                 "sentence", "words", "dialogue", "dialog", "speech", "line"]
    private static let speakerNames: Set<String> = ["speaker", "speaker name", "speaker_name", "name", "participant",
                                                    "who", "voice", "character", "speaker label"]
    private static let startNames: Set<String> = ["start", "start time", "start_time", "starttime", "begin", "timestamp",
                                                  "time", "in", "from", "start timecode", "start (s)", "start_ms"]
    private static let endNames: Set<String> = ["end", "end time", "end_time", "endtime", "out", "to", "end timecode",
                                                "end (s)", "end_ms"]

    /// The first line holds a tab or a comma and, split at it, names a column of words.
    static func mayBeTable(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let header = firstLine(b) else { return false }
        return columns(of: header, in: b) != nil
    }

    /// The utterances, or nil when the text is no such table (or holds fewer than two rows).
    static func read(_ bytes: [UInt8]) -> Utterances.Reading? {
        bytes.withUnsafeBufferPointer { b -> Utterances.Reading? in
            guard let header = firstLine(b), let found = columns(of: header, in: b) else { return nil }
            var rows = Rows(b, from: header.upperBound, separator: found.separator)
            var list = Utterances()
            var seen = 0
            while let row = rows.next() {
                seen += 1
                guard found.text < row.count else { continue }
                let text = Utterances.clean(row[found.text])
                guard !text.isEmpty else { continue }
                let speaker = found.speaker.flatMap { $0 < row.count ? Utterances.clean(row[$0]) : nil }
                let start = found.start.flatMap { $0 < row.count ? Utterances.seconds(row[$0]) : nil }
                let end = found.end.flatMap { $0 < row.count ? Utterances.seconds(row[$0]) : nil }
                list.items.append((text, speaker?.isEmpty == false ? speaker : nil, start, end))
                list.characters += text.utf8.count
            }
            // A comma-separated line of prose over a few more lines is not a table.
            guard list.items.count >= 2, list.items.count * 2 >= seen else { return nil }
            list.countSeconds(milliseconds: found.inMilliseconds)
            return list.reading(title: nil, names: [:])
        }
    }

    private static func firstLine(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var i = 0
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
        while i < b.count, b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x20 { i += 1 }
        guard i < b.count else { return nil }
        var end = i
        while end < b.count, b[end] != 0x0A, end - i < 1000 { end += 1 }
        guard end < b.count, b[end] == 0x0A else { return nil }
        return i..<end
    }

    /// Where the words, the speaker and the times are, when the header names a column of words.
    private static func columns(of header: Range<Int>, in b: UnsafeBufferPointer<UInt8>)
        -> (separator: UInt8, text: Int, speaker: Int?, start: Int?, end: Int?, inMilliseconds: Bool)? {
        let separator: UInt8 = b[header].contains(0x09) ? 0x09 : UInt8(ascii: ",")
        var rows = Rows(b, from: header.lowerBound, separator: separator)
        guard let names = rows.next()?.map({ $0.trimming(" ").lowercased() }), names.count >= 2,
              let text = names.firstIndex(where: textNames.contains) else { return nil }
        let start = names.firstIndex(where: startNames.contains)
        let end = names.firstIndex(where: endNames.contains)
        let inMilliseconds = [start, end].contains { $0.map { names[$0].hasSuffix("_ms") || names[$0].hasSuffix("(ms)") } == true }
        return (separator, text, names.firstIndex(where: speakerNames.contains), start, end, inMilliseconds)
    }
}

/// Rows of comma- or tab-separated values: a field in double quotes may hold the separator, line
/// ends and `""` for a quotation mark.
struct Rows {
    private let b: UnsafeBufferPointer<UInt8>
    private var i: Int
    private let separator: UInt8

    init(_ b: UnsafeBufferPointer<UInt8>, from start: Int, separator: UInt8) {
        self.b = b
        i = start
        self.separator = separator
    }

    mutating func next() -> [String]? {
        while i < b.count, b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        guard i < b.count else { return nil }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        while i < b.count {
            let c = b[i]
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < b.count, b[i + 1] == UInt8(ascii: "\"") { field.append(c); i += 2; continue }
                    quoted = false
                } else {
                    field.append(c)
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "\"") && field.isEmpty { quoted = true; i += 1; continue }
            if c == separator { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(); i += 1; continue }
            if c == 0x0A { i += 1; break }
            if c != 0x0D { field.append(c) }
            i += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
