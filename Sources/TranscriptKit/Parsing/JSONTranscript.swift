/// A transcript saved as JSON by a speech-to-text service or a caption tool: its utterances,
/// each a timed turn under its speaker's label, made into paragraphs by `Utterances`.
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

    /// The transcript, or nil when the bytes are not JSON or hold no list of utterances.
    static func read(_ bytes: [UInt8]) -> Utterances.Reading? {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard let root = JSONValue.parse(body) else { return nil }
        var lists: [Utterances] = []
        var visited = 0
        collect(root, into: &lists, visited: &visited)
        guard let best = choose(lists) else { return nil }
        return best.reading(title: title(of: root), names: speakerNames(root))
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
        list.countSeconds(milliseconds: milliseconds)
        return list
    }

    private static func text(of fields: [String: JSONValue]) -> String? {
        for key in textKeys { if case .string(let s)? = fields[key] { return Utterances.clean(s) } }
        for key in partKeys {
            guard case .array(let parts)? = fields[key] else { continue }
            let texts = parts.compactMap { part -> String? in
                if case .object(let inner) = part { return rawText(of: inner) }
                return nil
            }
            guard !texts.isEmpty else { continue }
            return Utterances.clean(joined(texts))
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
        for part in parts { Utterances.append(part, to: &out) }
        return out
    }

    private static func speaker(of fields: [String: JSONValue]) -> String? {
        for key in speakerKeys {
            switch fields[key] {
            case .string(let s)?:
                let name = Utterances.clean(s.replacingOccurrences(of: "_", with: " "))
                if name.isEmpty { continue }
                return Utterances.voice(name)
            case .number?:
                if let n = fields[key]?.int { return "Speaker \(n)" }
            case .object(let inner)?:
                if case .string(let s)? = inner["name"] ?? inner["label"] { return Utterances.clean(s) }
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
                if let seconds = Utterances.seconds(s) { return (seconds, false) }
            default: continue
            }
        }
        return (nil, false)
    }

    // MARK: Around the list

    /// `title`, at the top or in a `metadata` object.
    private static func title(of root: JSONValue) -> String? {
        for holder in [root, root["metadata"] ?? .null, root["meta"] ?? .null] {
            if let title = holder["title"]?.string.map(Utterances.clean), !title.isEmpty { return title }
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
                guard let name = entry["name"]?.string.map(Utterances.clean), !name.isEmpty else { continue }
                for idKey in ["id", "speaker", "speaker_id", "label"] {
                    if let n = entry[idKey]?.int { names["Speaker \(n)"] = name }
                    if let s = entry[idKey]?.string { names[Utterances.voice(s)] = name }
                }
            }
        }
        return names
    }
}
