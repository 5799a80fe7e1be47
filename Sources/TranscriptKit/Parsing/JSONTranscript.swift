/// A transcript saved as JSON by a speech-to-text service or a caption tool, read as the text
/// it holds: each utterance a timed turn under its speaker's label (`Jane Doe (00:01:02): …`),
/// which the text parser then reads as any other transcript.
///
/// No service's layout is written in: the utterances are found by their shape. They are the
/// list of objects that holds the most text (in a field such as `text`, `transcript` or
/// `content`, or in a list of sentences or words inside each object), and of lists holding
/// about as much, the coarsest that names speakers: a service's utterances rather than its
/// words, its speakers' paragraphs rather than the whole text in one string.
public enum JSONTranscript {
    /// The first byte that is not blank opens an object or an array. (Such a text is read
    /// whole: its beginning alone is no JSON, and no preview of it can be drawn.)
    public static func mayBeJSON(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        return i < b.count && (b[i] == UInt8(ascii: "{") || b[i] == UInt8(ascii: "["))
    }

    /// What a JSON transcript holds, read.
    struct Reading {
        /// The transcript written out as text, one paragraph a line (`Jane Doe (00:01:02): …`):
        /// what its line numbers count, and what a reader who opens the file would want to see.
        var text: [UInt8]
        /// The paragraphs, their speakers certain: a service names who speaks, no evidence needed.
        var paragraphs: [Paragraph]
        var title: String?
    }

    /// The transcript, or nil when the bytes are not JSON or hold no list of utterances.
    static func read(_ bytes: [UInt8]) -> Reading? {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard let root = JSONValue.parse(body) else { return nil }
        var lists: [Utterances] = []
        var visited = 0
        collect(root, into: &lists, visited: &visited)
        guard let best = choose(lists) else { return nil }
        let title = title(of: root)
        var text = title.map { $0 + "\n\n" } ?? ""
        var line = title == nil ? 1 : 3
        var paragraphs: [Paragraph] = []
        var shapes = NameShape.Cache()
        for written in best.paragraphs(names: speakerNames(root)) {
            let time = written.start.map(clock)
            var p = Paragraph(firstLine: line, lastLine: line, text: "", gapBefore: paragraphs.isEmpty ? 0 : 1, time: time)
            if let speaker = written.speaker {
                p.label = SubtitleParagraphs.label(speaker, time: time ?? "", shapes: &shapes)
                p.labelIsCertain = true
                text += speaker + (time.map { " (" + $0 + ")" } ?? "") + ": "
            } else if let time, written.opensTurn {
                text += time + " "
            }
            var folded: [UInt8] = []
            let raw = Array(written.text.utf8)
            raw.withUnsafeBufferPointer { _ = Bytes.appendFolded($0, 0..<$0.count, to: &folded) }
            p.setText(folded)
            paragraphs.append(p)
            text += written.text + "\n\n"
            line += 2
        }
        return Reading(text: Array(text.utf8), paragraphs: paragraphs, title: title)
    }

    /// A time as transcripts write it; a recording of a hundred hours is long enough.
    static func clock(_ seconds: Double) -> String { TimeLines.clock(Int(max(0, min(seconds, 359_999)))) }

    /// One list's utterances, as read.
    struct Utterances {
        var items: [(text: String, speaker: String?, start: Double?, end: Double?)] = []
        var characters = 0
        var names: Int { items.reduce(0) { $0 + ($1.speaker == nil ? 0 : 1) } }
    }

    /// The largest list, and of lists with nine tenths of its text, those naming speakers
    /// first, then the one of fewest items.
    static func choose(_ lists: [Utterances]) -> Utterances? {
        guard let most = lists.map(\.characters).max(), most > 0 else { return nil }
        let near = lists.filter { $0.characters * 10 >= most * 9 }
        let named = near.filter { $0.names * 2 >= $0.items.count }
        return (named.isEmpty ? near : named).min { $0.items.count < $1.items.count }
    }

    // MARK: Finding the lists

    /// Fields holding an utterance's words, in the order they are believed.
    private static let textKeys = ["text", "transcript", "punctuated_word", "utterance", "content", "sentence",
                                   "caption", "utf8", "value", "word", "body"]
    /// Fields holding an utterance's parts, whose texts make its own.
    private static let partKeys = ["sentences", "elements", "segs", "alternatives", "words", "items", "tokens", "fragments"]
    private static let speakerKeys = ["speaker_name", "speakerName", "speaker", "speaker_label", "speakerLabel",
                                      "speaker_id", "speakerId", "participant", "role"]
    private static let startKeys = ["start", "start_time", "startTime", "begin", "offset", "ts", "from"]
    private static let startMillisecondKeys = ["tStartMs", "start_ms", "startMs", "offsetMs"]
    private static let endKeys = ["end", "end_time", "endTime", "to", "end_ts"]
    /// A hostile file of millions of nested lists is looked through only so far.
    private static let mostValuesVisited = 2_000_000

    private static func collect(_ value: JSONValue, into lists: inout [Utterances], visited: inout Int) {
        visited += 1
        guard visited < mostValuesVisited else { return }
        switch value {
        case .object(let fields):
            for key in fields.keys.sorted() { collect(fields[key]!, into: &lists, visited: &visited) }
        case .array(let elements):
            if let list = utterances(elements) { lists.append(list) }
            for element in elements { collect(element, into: &lists, visited: &visited) }
        default: break
        }
    }

    /// A list of objects of which at least half hold text.
    private static func utterances(_ elements: [JSONValue]) -> Utterances? {
        var list = Utterances()
        var milliseconds = false
        for element in elements {
            guard case .object(let fields) = element else { continue }
            guard let text = text(of: fields), !text.isEmpty else { continue }
            let (start, inMilliseconds) = time(fields, startKeys, millisecondKeys: startMillisecondKeys)
            milliseconds = milliseconds || inMilliseconds
            let (end, _) = time(fields, endKeys, millisecondKeys: [])
            list.items.append((text, speaker(of: fields), start, end))
            list.characters += text.utf8.count
        }
        guard !list.items.isEmpty, list.items.count * 2 >= elements.count else { return nil }
        if !milliseconds, looksLikeMilliseconds(list) { milliseconds = true }
        if milliseconds {
            for i in list.items.indices {
                list.items[i].start = list.items[i].start.map { $0 / 1000 }
                list.items[i].end = list.items[i].end.map { $0 / 1000 }
            }
        }
        return list
    }

    private static func text(of fields: [String: JSONValue]) -> String? {
        for key in textKeys { if case .string(let s)? = fields[key] { return clean(s) } }
        for key in partKeys {
            guard case .array(let parts)? = fields[key] else { continue }
            let texts = parts.compactMap { part -> String? in
                if case .object(let inner) = part { return rawText(of: inner) }
                return nil
            }
            guard !texts.isEmpty else { continue }
            return clean(joined(texts))
        }
        return nil
    }

    /// A part's text as written, spaces kept: parts that carry their own spaces are run together.
    private static func rawText(of fields: [String: JSONValue]) -> String? {
        for key in textKeys { if case .string(let s)? = fields[key] { return s } }
        if case .array(let alternatives)? = fields["alternatives"], case .object(let first)? = alternatives.first {
            return rawText(of: first)
        }
        return nil
    }

    /// Words joined by spaces, except where the parts carry their own spaces (a list of words
    /// and separate punctuation) and before a mark of punctuation.
    static func joined(_ parts: [String]) -> String {
        if parts.contains(where: { $0.first?.isWhitespace == true || $0.last?.isWhitespace == true }) {
            return parts.joined()
        }
        var out = ""
        for part in parts {
            if !out.isEmpty, let first = part.unicodeScalars.first, !isClosingPunctuation(first) { out += " " }
            out += part
        }
        return out
    }

    static func isClosingPunctuation(_ s: Unicode.Scalar) -> Bool {
        ".,;:!?)]}”’…".unicodeScalars.contains(s)
    }

    /// One line of text, with blanks run together: a turn's words must not open lines of their own.
    private static func clean(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func speaker(of fields: [String: JSONValue]) -> String? {
        for key in speakerKeys {
            switch fields[key] {
            case .string(let s)?:
                let name = clean(s.replacingOccurrences(of: "_", with: " "))
                if name.isEmpty { continue }
                // A service's letter or number for a voice (`A`, `0`) reads as `Speaker A`.
                return name.count <= 2 ? "Speaker " + name : name
            case .number?:
                if let n = fields[key]?.int { return "Speaker \(n)" }
            case .object(let inner)?:
                if case .string(let s)? = inner["name"] ?? inner["label"] { return clean(s) }
            default: continue
            }
        }
        if case .array(let alternatives)? = fields["alternatives"], case .object(let first)? = alternatives.first {
            return speaker(of: first)
        }
        return nil
    }

    /// A time in seconds from a number or `00:01:02.500`, and whether its field counts milliseconds.
    private static func time(_ fields: [String: JSONValue], _ keys: [String], millisecondKeys: [String]) -> (Double?, Bool) {
        for key in millisecondKeys { if case .number(let n)? = fields[key] { return (n, true) } }
        for key in keys {
            switch fields[key] {
            case .number(let n)?: return (n, false)
            case .string(let s)?:
                if let seconds = CueTiming.milliseconds(s[...]).map({ Double($0) / 1000 }) ?? Double(s) { return (seconds, false) }
            default: continue
            }
        }
        return (nil, false)
    }

    /// Whole numbers whose utterances last hundreds of units, or run past ten hours: milliseconds.
    private static func looksLikeMilliseconds(_ list: Utterances) -> Bool {
        let starts = list.items.compactMap(\.start)
        guard !starts.isEmpty, starts.allSatisfy({ $0 == $0.rounded() }) else { return false }
        let lengths = list.items.compactMap { item in item.end.flatMap { end in item.start.map { end - $0 } } }.sorted()
        if !lengths.isEmpty { return lengths[lengths.count / 2] >= 100 }
        return (starts.max() ?? 0) > 36_000
    }

    // MARK: Around the list

    /// `title`, at the top or in a `metadata` object.
    private static func title(of root: JSONValue) -> String? {
        for holder in [root, root["metadata"] ?? .null, root["meta"] ?? .null] {
            if let title = holder["title"]?.string.map(clean), !title.isEmpty { return title }
        }
        return nil
    }

    /// A list of speakers with numbers and names (`"speakers": [{"id": 0, "name": "Jane Doe"}]`),
    /// by the label a number would otherwise get.
    private static func speakerNames(_ root: JSONValue) -> [String: String] {
        var names: [String: String] = [:]
        for key in ["speakers", "participants", "speaker_names"] {
            guard let list = root[key]?.array ?? root["metadata"]?[key]?.array else { continue }
            for entry in list {
                guard let name = entry["name"]?.string.map(clean), !name.isEmpty else { continue }
                for idKey in ["id", "speaker", "speaker_id", "label"] {
                    if let n = entry[idKey]?.int { names["Speaker \(n)"] = name }
                    if let s = entry[idKey]?.string { names[s.count <= 2 ? "Speaker " + s : s] = name }
                }
            }
        }
        return names
    }
}

extension JSONTranscript.Utterances {
    /// A paragraph as written: its speaker, where it opens that speaker's turn, and its start.
    struct Written {
        var speaker: String?
        var opensTurn: Bool
        var start: Double?
        var text: String
    }

    /// Each speaker's turn, running on while the same speaker goes on, its paragraphs broken at
    /// pauses of two seconds or more and at a sentence's end after about a hundred and twenty
    /// words (or each item a paragraph, where items are that long). With no speakers, the
    /// paragraphs are broken the same way.
    func paragraphs(names: [String: String]) -> [Written] {
        var out: [Written] = []
        var lastEnd: Double?
        // Items of forty words and more are a speaker's paragraphs; shorter ones, their sentences
        // or a diarizer's segments, are run together.
        let lengths = items.map { $0.text.split(separator: " ").count }.sorted()
        let itemsAreParagraphs = lengths.isEmpty ? false : lengths[lengths.count / 2] >= 40
        var paragraphWords = 0
        for item in items {
            let name = item.speaker.map { names[$0] ?? $0 }
            let pause = (item.start ?? 0) - (lastEnd ?? item.start ?? 0)
            defer { lastEnd = item.end ?? item.start }
            let words = item.text.split(separator: " ").count
            if let last = out.last, last.speaker == name,
               !(itemsAreParagraphs || pause >= 2 || (paragraphWords >= 120 && endsASentence(last.text))) {
                let joins = item.text.unicodeScalars.first.map { !JSONTranscript.isClosingPunctuation($0) } ?? false
                out[out.count - 1].text += (joins ? " " : "") + item.text
                paragraphWords += words
                continue
            }
            out.append(Written(speaker: name, opensTurn: out.last.map { $0.speaker != name } ?? true,
                               start: item.start, text: item.text))
            paragraphWords = words
        }
        return out
    }

    private func endsASentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".?!\"”".unicodeScalars.contains(last)
    }
}
