/// A parsed transcript written again in another source's label style, to ask whether the
/// exchanges found depend on how the labels were written rather than on what was said.
///
/// The held-back transcripts we are measured on come from sources the corpus does not draw on
/// (an otter.ai export, a podcast with bold labels and inline times, WebVTT with voice tags, a
/// committee hearing, a page saved as HTML). Their words are like the corpus's; their labels are
/// not. So each corpus transcript whose gold holds is rewritten turn by turn in those styles and
/// parsed again: the same speakers must open the same exchanges (`RestyleCheck`).
public enum Restyle: String, CaseIterable, Sendable {
    /// `Name: words`, a blank line between paragraphs.
    case colon
    /// `NAME: words` in capitals, one paragraph a line, no blank lines (a plain-text export).
    case capsTight = "caps-tight"
    /// `Name: words` hard-wrapped at 72 columns, a blank line between paragraphs (an e-mailed text).
    case wrapped
    /// otter.ai: `Name  1:02` alone on a line, the turn's words below, a blank line after.
    case otter
    /// `**Name:** [00:01:02] words`; a turn's later paragraphs unlabelled.
    case boldTime = "bold-time"
    /// `[00:01:02] **Name**: words`, every paragraph stamped.
    case timeBold = "time-bold"
    /// WebVTT cues of a dozen words, each with its `<v Name>` voice tag.
    case voiceTags = "voice-tags"
    /// WebVTT with the voice tag on a turn's first cue only.
    case voiceFirst = "voice-first"
    /// Rev: `Name (01:02:03):` alone on a line, the words below.
    case rev
    /// `**Name** [01:02]` alone, a blank line, then the words.
    case boldAlone = "bold-alone"
    /// Initials (`JD:`) after a first line naming everyone in full.
    case initials
    /// A diarizer's voices: `Speaker 1:`, `Speaker 2:` in the order they first speak, no names.
    case numbered
    /// A printed hearing: `    Mr. SMITH. words`, indented paragraphs.
    case hearing
    /// A saved web page: `<p><strong>Name:</strong> words</p>`.
    case html
    /// Markdown: `### Name:` on its own line, the words below.
    case heading
    /// A court reporter's pages: 25 numbered lines a page and its number below, each turn's
    /// first line (`NAME:  words`) hanging to the left of its continuations, no blank lines.
    case court
    /// The same pages copied without their layout: `12 words`, one blank after the number,
    /// no indents and no blank lines.
    case courtTight = "court-tight"
    /// A speech-to-text service's JSON: a list of utterances, each with its speaker, its
    /// words and its start and end in milliseconds.
    case json
    /// A table exported to a spreadsheet: `Speaker,Start,End,Text`, a row a paragraph.
    case table

    /// One speaker's consecutive paragraphs.
    struct Turn {
        var speaker: String
        var paragraphs: [String]
    }

    /// The document's turns, or nil where a speech block has no speaker (an unlabelled
    /// interview: there is no label to write again).
    static func turns(of document: Document) -> [Turn]? {
        var turns: [Turn] = []
        for block in document.blocks where block.kind.isSpeech {
            guard let name = document.speakerName(of: block) else { return nil }
            let text = block.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !text.isEmpty else { continue }
            if turns.last?.speaker == name { turns[turns.count - 1].paragraphs.append(text) } else {
                turns.append(Turn(speaker: name, paragraphs: [text]))
            }
        }
        return turns.isEmpty ? nil : turns
    }

    /// The document written in this style, or nil where the style cannot say who speaks
    /// (a hearing's labels from `Q`, or two speakers who would print alike).
    public func text(of document: Document) -> String? {
        guard let turns = Self.turns(of: document) else { return nil }
        var labels: [String: String] = [:]
        for turn in turns {
            guard labels[turn.speaker] == nil else { continue }
            guard let label = self == .numbered ? "Speaker \(labels.count + 1)" : label(for: turn.speaker) else { return nil }
            labels[turn.speaker] = label
        }
        // Two speakers printed alike would be one.
        guard Set(labels.values).count == labels.count else { return nil }
        var out = self == .voiceTags || self == .voiceFirst ? "WEBVTT\n\n" : self == .html ? "<html><body>\n"
            : self == .json ? "{\"utterances\": [\n" : self == .table ? "Speaker,Start,End,Text\n" : ""
        if self == .initials { out += "A conversation between " + labels.keys.sorted().joined(separator: " and ") + ".\n\n" }
        var clock = Clock()
        for turn in turns {
            let label = labels[turn.speaker]!
            for (index, paragraph) in turn.paragraphs.enumerated() {
                let time = clock.stamp()
                clock.advance(words: paragraph.split(separator: " ").count)
                out += write(paragraph, label: label, first: index == 0, time: time, clock: clock)
            }
        }
        if self == .court || self == .courtTight { return Self.numberedPages(out, tight: self == .courtTight) }
        if self == .json { return String(out.dropLast(2)) + "\n]}\n" }
        return self == .html ? out + "</body></html>\n" : out
    }

    /// Every line numbered in the margin, 1 to 25, and each page's number on a line of its own;
    /// `tight`, each line's number and one blank before its words, as text copied from the pages.
    static func numberedPages(_ text: String, tight: Bool = false) -> String {
        var out = "", page = 1
        for (index, line) in text.split(separator: "\n").enumerated() {
            let n = index % 25 + 1
            out += tight ? "\(n) " + line.drop(while: { $0 == " " }) + "\n" : (n < 10 ? "  " : " ") + "\(n)   " + line + "\n"
            if n == 25 {
                page += 1
                out += tight ? "\(page)\n" : String(repeating: " ", count: 60) + "\(page)\n"
            }
        }
        return out
    }

    private func label(for name: String) -> String? {
        switch self {
        case .hearing: return Self.hearingLabel(name)
        case .capsTight, .court, .courtTight: return name.uppercased()
        case .initials:
            let words = name.split(separator: " ")
            guard (2...3).contains(words.count), words.allSatisfy({ $0.first?.isLetter == true }) else { return nil }
            return String(words.compactMap(\.first)).uppercased()
        default: return name
        }
    }

    private func write(_ paragraph: String, label: String, first: Bool, time: Clock.Stamp, clock: Clock) -> String {
        switch self {
        case .colon, .initials, .numbered: return "\(label): \(paragraph)\n\n"
        case .capsTight: return first ? "\(label): \(paragraph)\n" : "\(paragraph)\n"
        case .wrapped: return Self.wrap((first ? "\(label): " : "") + paragraph, width: 72) + "\n"
        case .rev: return first ? "\(label) (\(time.long)):\n\(paragraph)\n\n" : "\(paragraph)\n\n"
        case .boldAlone: return first ? "**\(label)** [\(time.short)]\n\n\(paragraph)\n\n" : "\(paragraph)\n\n"
        case .otter: return first ? "\(label)  \(time.short)\n\(paragraph)\n\n" : "\(paragraph)\n\n"
        case .boldTime: return first ? "**\(label):** [\(time.long)] \(paragraph)\n\n" : "\(paragraph)\n\n"
        case .timeBold: return "[\(time.long)] **\(label)**: \(paragraph)\n\n"
        case .hearing: return first ? "    \(label) \(paragraph)\n\n" : "    \(paragraph)\n\n"
        case .html: return first ? "<p><strong>\(label):</strong> \(paragraph)</p>\n" : "<p>\(paragraph)</p>\n"
        case .heading: return first ? "### \(label):\n\n\(paragraph)\n\n" : "\(paragraph)\n\n"
        case .json:
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("speaker"); writer.string(label)
            writer.key("start"); writer.int(time.seconds * 1000)
            writer.key("end"); writer.int(clock.seconds * 1000)
            writer.key("text"); writer.string(paragraph)
            writer.endObject()
            return String(decoding: writer.output, as: UTF8.self) + ",\n"
        case .table:
            func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            return [quoted(label), time.long, clock.stamp().long, quoted(paragraph)].joined(separator: ",") + "\n"
        case .court, .courtTight:
            // A turn's later paragraphs start deeper than the continuations, as reporters indent them.
            let lines = Self.wrap(first ? "\(label):  \(paragraph)" : paragraph, width: 56).split(separator: "\n")
            return lines.enumerated().map { (first && $0.offset == 0 ? "" : $0.offset == 0 ? "        " : "    ") + $0.element }
                .joined(separator: "\n") + "\n"
        case .voiceTags, .voiceFirst:
            var cues = ""
            var cueClock = Clock(seconds: time.seconds)
            let words = paragraph.split(separator: " ")
            for start in stride(from: 0, to: words.count, by: 12) {
                let chunk = words[start..<min(start + 12, words.count)]
                let from = cueClock.stamp()
                cueClock.advance(words: chunk.count)
                let voice = self == .voiceTags || (first && start == 0) ? "<v \(label)>" : ""
                cues += "\(from.cue) --> \(cueClock.stamp().cue)\n\(voice)\(chunk.joined(separator: " "))\n\n"
            }
            return cues
        }
    }

    /// Lines of at most `width` characters, broken at spaces.
    static func wrap(_ text: String, width: Int) -> String {
        var out = "", line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                out += line + "\n"
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return out + line + "\n"
    }

    /// `Mr. SMITH.` from `John Smith`; a title kept (`Secretary KERRY.` from `SECRETARY
    /// KERRY`, `Ms. PSAKI.` from `MS. PSAKI`); nil for a name of one letter or with a digit.
    static func hearingLabel(_ name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard let last = words.last, last.count > 1, !name.contains(where: \.isNumber) else { return nil }
        var title = "Mr."
        if words.count > 1 {
            let first = words[0].lowercased()
            if ["mr.", "ms.", "mrs.", "dr.", "secretary", "senator", "chairman", "admiral", "general"].contains(first) {
                title = first.prefix(1).uppercased() + first.dropFirst()
            }
        }
        return "\(title) \(last.uppercased())."
    }

    /// Times as a recording would have them, at 150 words a minute.
    struct Clock {
        var seconds = 0

        struct Stamp {
            var seconds: Int
            var short: String {
                seconds >= 3600 ? "\(seconds / 3600):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
                    : "\(seconds / 60):\(two(seconds % 60))"
            }
            var long: String { TimeLines.clock(seconds) }
            var cue: String { long + ".000" }
            private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        }

        func stamp() -> Stamp { Stamp(seconds: seconds) }
        mutating func advance(words: Int) { seconds += max(1, words * 60 / 150) }
    }
}

/// A transcript parsed again in another style against its first parse: the same exchanges,
/// opened by the same speaker with the same words.
public struct RestyleCheck: Sendable {
    public var file: String
    public var style: Restyle
    public var exchangesBefore: Int
    public var exchangesAfter: Int
    /// The first exchange whose opening differs, as `n: speaker "words" → speaker "words"`.
    public var firstDifference: String?
    /// The transcript as rewritten.
    public var text: String

    public var holds: Bool { firstDifference == nil }

    public init?(file: String, document: Document, style: Restyle) {
        guard let text = style.text(of: document) else { return nil }
        self.text = text
        let again = TranscriptParser.parse(text, name: file)
        self.file = file
        self.style = style
        exchangesBefore = document.exchanges.count
        exchangesAfter = again.exchanges.count
        let before = Self.openings(document), after = Self.openings(again)
        firstDifference = nil
        for index in 0..<max(before.count, after.count) {
            let a = index < before.count ? before[index] : "none", b = index < after.count ? after[index] : "none"
            if a != b {
                firstDifference = "\(index + 1): \(a) → \(b)"
                break
            }
        }
    }

    /// Each exchange's opening: the speaker's role and the first words of its question. The
    /// speaker's name differs between styles (`Mr. SMITH.`), the role must not.
    static func openings(_ document: Document) -> [String] {
        document.exchanges.map { exchange in
            let question = GoldText.questionText(document, exchange)
            let block = document.blocks[exchange.blocks].first { $0.kind.isSpeech }
            let role = block.flatMap(\.speaker).map { document.participants[$0].role.rawValue } ?? "none"
            return "\(role) \"\(question.prefix(30))\""
        }
    }

    public var summary: String {
        (holds ? "same " : "DIFF ") + "\(style.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(file)  "
            + "exchanges \(exchangesBefore) → \(exchangesAfter)" + (firstDifference.map { "  at \($0)" } ?? "")
    }
}
