/// What a speech-to-text service's JSON or a table of a transcript holds: utterances, each with
/// its words, perhaps its speaker and its start and end, in order. Made into paragraphs as
/// subtitle cues are, speakers certain, and written out as the text their line numbers count.
struct Utterances {
    var items: [(text: String, speaker: String?, start: Double?, end: Double?)] = []
    var characters = 0
    var names: Int { items.reduce(0) { $0 + ($1.speaker == nil ? 0 : 1) } }

    /// What a JSON or table transcript holds, read.
    struct Reading {
        /// The transcript written out as text, one paragraph a line (`Jane Doe (00:01:02): …`):
        /// what its line numbers count, and what a reader who opens the file would want to see.
        var text: [UInt8]
        /// The paragraphs, their speakers certain: a service names who speaks, no evidence needed.
        var paragraphs: [Paragraph]
        var title: String?
    }

    /// Times in seconds: divided by a thousand where a field said milliseconds, or where whole
    /// numbers make utterances last hundreds of units.
    mutating func countSeconds(milliseconds: Bool) {
        guard milliseconds || looksLikeMilliseconds() else { return }
        for i in items.indices {
            items[i].start = items[i].start.map { $0 / 1000 }
            items[i].end = items[i].end.map { $0 / 1000 }
        }
    }

    /// Whole numbers whose utterances last hundreds of units, or run past ten hours: milliseconds.
    private func looksLikeMilliseconds() -> Bool {
        let starts = items.compactMap(\.start)
        guard !starts.isEmpty, starts.allSatisfy({ $0 == $0.rounded() }) else { return false }
        let lengths = items.compactMap { item in item.end.flatMap { end in item.start.map { end - $0 } } }.sorted()
        if !lengths.isEmpty { return lengths[lengths.count / 2] >= 100 }
        return (starts.max() ?? 0) > 36_000
    }

    /// The paragraphs, and the text written out.
    func reading(title: String?, names: [String: String]) -> Reading {
        var text = title.map { $0 + "\n\n" } ?? ""
        var line = title == nil ? 1 : 3
        var made: [Paragraph] = []
        var shapes = NameShape.Cache()
        for written in paragraphs(names: names) {
            let time = written.start.map(Self.clock)
            var p = Paragraph(firstLine: line, lastLine: line, text: "", gapBefore: made.isEmpty ? 0 : 1, time: time)
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
            made.append(p)
            text += written.text + "\n\n"
            line += 2
        }
        return Reading(text: Array(text.utf8), paragraphs: made, title: title)
    }

    /// A time as transcripts write it; a recording of a hundred hours is long enough.
    static func clock(_ seconds: Double) -> String { TimeLines.clock(Int(max(0, min(seconds, 359_999)))) }

    static func isClosingPunctuation(_ s: Unicode.Scalar) -> Bool {
        ".,;:!?)]}”’…".unicodeScalars.contains(s)
    }

    /// One line of text, with blanks run together: a turn's words must not open lines of their own.
    static func clean(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A time written `00:01:02.500`, `00:01:02,500` or `1:02`, or a number of seconds.
    static func seconds(_ written: String) -> Double? {
        let trimmed = written.trimming(" ")
        return CueTiming.milliseconds(trimmed[...]).map { Double($0) / 1000 } ?? Double(trimmed)
    }

    /// A service's letter or number for a voice (`A`, `0`) reads as `Speaker A`; a name as itself.
    static func voice(_ written: String) -> String {
        written.count <= 2 ? "Speaker " + written : written
    }

    /// `part` run on after `text`: a blank between, except before a mark of punctuation.
    static func append(_ part: String, to text: inout String) {
        if !text.isEmpty, let first = part.unicodeScalars.first, !isClosingPunctuation(first) { text += " " }
        text += part
    }
}

extension Utterances {
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
        // (`clean` left one blank between words: the blanks count them.)
        let words = items.map { $0.text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
        let sorted = words.sorted()
        let itemsAreParagraphs = sorted.isEmpty ? false : sorted[sorted.count / 2] >= 40
        var paragraphWords = 0
        for (item, words) in zip(items, words) {
            let name = item.speaker.map { names[$0] ?? $0 }
            let pause = (item.start ?? 0) - (lastEnd ?? item.start ?? 0)
            defer { lastEnd = item.end ?? item.start }
            if let last = out.last, last.speaker == name,
               !(itemsAreParagraphs || pause >= 2 || (paragraphWords >= 120 && endsASentence(last.text))) {
                Utterances.append(item.text, to: &out[out.count - 1].text)
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
