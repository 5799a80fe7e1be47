/// Turns WebVTT and SRT cues into paragraphs: one speaker's consecutive cues flow into one
/// paragraph, which breaks when the speaker changes or the speech pauses.
struct SubtitleParagraphs {
    /// A pause this long (milliseconds) between cues starts a new paragraph.
    static let pauseBreak = 2_000

    func scan(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        var currentText: [UInt8] = []
        // Speakers recur cue after cue: each name's shape is judged once.
        var shapes = NameShape.Cache()
        // The names that have spoken so far, by voice tag or label.
        var heard = Set<String>()
        // Who spoke before a note of the room's, for the words after it.
        var carried: String?
        // Cues in a row with no voice named.
        var untaggedSince = 0
        func finish() {
            guard var p = current else { return }
            p.setText(currentText)
            paragraphs.append(p)
        }
        var currentEnd = 0
        var index = 0
        var gap = 0
        // Skip the WEBVTT header block.
        if lines.count > 0, b[lines.range(0)].starts(with: Array("WEBVTT".utf8)) {
            while index < lines.count && !Bytes.isBlank(b, lines.range(index)) { index += 1 }
        }
        while index < lines.count {
            if Bytes.isBlank(b, lines.range(index)) { index += 1; gap += 1; continue }
            // One cue: [identifier] timing, payload lines up to a blank line.
            var cueEnd = index
            while cueEnd < lines.count && !Bytes.isBlank(b, lines.range(cueEnd)) { cueEnd += 1 }
            defer { index = cueEnd; gap = 0 }
            guard let timingLine = (index..<min(index + 2, cueEnd)).first(where: { isTiming(b, lines.range($0)) }),
                  let timing = CueTiming(String(decoding: UnsafeBufferPointer(rebasing: b[lines.range(timingLine)]), as: UTF8.self))
            else { continue }   // NOTE, STYLE, REGION blocks and stray text.
            guard timingLine + 1 < cueEnd else { continue }
            // One cue may hold several voices (`<v Anna>Do you use plans?</v>` then `<v Ben>Always.`
            // on the next line): each voice's words are a turn of their own, from its line on.
            for part in Self.voices(b, lines, (timingLine + 1)..<cueEnd) {
                var cue = CuePayload(part.payload)
                // `[Sakha] Republic’s authorities…` in the middle of a sentence is an editor's word;
                // a voice is named where the sentence before it has ended.
                if let written = cue.bracketed, let last = currentText.last, !".?!\"')]".utf8.contains(last), last < 0x80 {
                    (cue.speaker, cue.text, cue.bracketed) = (nil, written, nil)
                }
                // So is a name never heard before typed with a colon straight after a cue that
                // stopped mid-sentence (`and` over `Americans: Which side…`): captions break
                // sentences anywhere, and a new voice comes in where the words before it ended
                // or after a pause.
                if let written = cue.typed, let speaker = cue.speaker, !heard.contains(speaker),
                   let last = currentText.last, Bytes.continuesSentence(last), timing.start - currentEnd < Self.pauseBreak {
                    (cue.speaker, cue.text, cue.typed) = (nil, written, nil)
                }
                // (Kept when the voice changes: a voice tag on every cue would hash a name a cue.)
                if let speaker = cue.speaker, speaker != current?.label?.name { heard.insert(speaker) }
                guard !cue.text.isEmpty else { continue }
                // `[applause]`, `♪ outro ♪` in a cue of its own, no voice named: the room's, between
                // one speaker's words and the next (which stay that speaker's).
                if cue.speaker == nil, CaptionRules.isStageDirection(cue.text) {
                    finish()
                    carried = current?.label?.name ?? carried
                    current = nil
                    var note = Paragraph(firstLine: part.lines.lowerBound + 1, lastLine: part.lines.upperBound + 1, text: "",
                                         gapBefore: max(gap, 1), time: timing.startText)
                    note.setText(cue.text)
                    paragraphs.append(note)
                    continue
                }
                // Where voices are named only where a turn begins (cues between them untagged),
                // the same voice named again begins another paragraph (a welcome, then the first
                // question); named on every cue, it goes on with the one it is in.
                let sameSpeaker = cue.speaker == nil || cue.speaker == current?.label?.name && untaggedSince == 0
                untaggedSince = cue.speaker == nil ? untaggedSince + 1 : 0
                if var p = current, sameSpeaker, timing.start - currentEnd < Self.pauseBreak {
                    p.lastLine = part.lines.upperBound + 1
                    if !currentText.isEmpty { currentText.append(0x20) }
                    currentText.append(contentsOf: cue.text)
                    current = p
                } else {
                    finish()
                    currentText = cue.text
                    let speaker = cue.speaker ?? current?.label?.name ?? carried
                    carried = nil
                    var p = Paragraph(firstLine: part.lines.lowerBound + 1, lastLine: part.lines.upperBound + 1, text: "", label: nil,
                                      gapBefore: max(gap, 1), time: timing.startText)
                    if let speaker, let label = Self.label(speaker, time: timing.startText, shapes: &shapes) {
                        p.label = label
                        p.labelIsCertain = cue.speaker != nil && cue.bracketed == nil
                    }
                    current = p
                }
            }
            currentEnd = timing.end
        }
        finish()
        return paragraphs
    }

    /// A cue's payload lines (`payload`, 0-based) as the voices in it: a new part where a voice
    /// tag (`<v Name>`, `<v.loud Name>`) follows words, on its line or within one, or a line
    /// opens with a dash and a name. Each part's folded bytes and its lines (0-based).
    static func voices(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines, _ payload: Range<Int>) -> [(payload: [UInt8], lines: ClosedRange<Int>)] {
        var parts: [(payload: [UInt8], lines: ClosedRange<Int>)] = []
        var bytes: [UInt8] = []
        var first = payload.lowerBound
        for line in payload {
            let range = lines.range(line)
            // `- BEN: Always.` under `- ANNA: Do you use plans?`: a caption's dialogue dash
            // before a name and colon starts another speaker's words.
            if range.count > 4, b[range.lowerBound] == UInt8(ascii: "-"), b[range.lowerBound + 1] == 0x20,
               bytes.contains(where: { $0 != 0x20 }),
               SpeakerLabel.detect(b, (range.lowerBound + 2)..<range.upperBound, markdown: false)?.form == .colon {
                parts.append((bytes, first...(line - 1)))
                bytes = []
                first = line
            }
            var start = range.lowerBound
            var i = range.lowerBound
            // (Most cues hold no `<`: one look for it, then the whole line is folded at once.)
            while let open = UnsafeBufferPointer(rebasing: b[i..<range.upperBound]).firstIndex(of: UInt8(ascii: "<")) {
                let at = i + open
                if at + 2 < range.upperBound, b[at + 1] == UInt8(ascii: "v"), b[at + 2] == 0x20 || b[at + 2] == UInt8(ascii: ".") {
                    Bytes.appendFolded(b, start..<at, to: &bytes)
                    // Words before it: they were another voice's (or the cue's first, unnamed).
                    if bytes.contains(where: { $0 != 0x20 }) {
                        parts.append((bytes, first...line))
                        bytes = []
                        first = line
                    }
                    start = at
                }
                i = at + 1
            }
            Bytes.appendFolded(b, start..<range.upperBound, to: &bytes)
        }
        parts.append((bytes, first...(payload.upperBound - 1)))
        return parts
    }

    /// `WEBVTT - Episode 12` names the file's content; a bare `WEBVTT` names nothing.
    static func headerTitle(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> String? {
        guard lines.count > 0 else { return nil }
        var text = String(decoding: UnsafeBufferPointer(rebasing: b[lines.range(0)]), as: UTF8.self).dropFirst(6)
        while let c = text.first, c == " " || c == "-" || c == "\t" { text = text.dropFirst() }
        return text.isEmpty ? nil : String(text)
    }

    static func label(_ speaker: String, time: String, shapes: inout NameShape.Cache) -> SpeakerLabel? {
        let shape = shapes.shape(speaker)
        let key = shape?.key ?? speaker.uppercased()
        return SpeakerLabel(name: speaker, key: key, bodyOffset: 0, form: .colon, time: time,
                            genericRole: GenericLabels.role(of: key), hasTitle: shape?.hasTitle ?? false,
                            isAllCaps: shape?.isAllCaps ?? false, isStyled: false)
    }

    private func isTiming(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 10 else { return false }
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            if b[i] == UInt8(ascii: "-") && b[i + 1] == UInt8(ascii: "-") && b[i + 2] == UInt8(ascii: ">") { return true }
            i += 1
        }
        return false
    }
}

/// `00:01:02.500 --> 00:01:04.000 align:start` (WebVTT) or `00:01:02,500 --> 00:01:04,000` (SRT).
struct CueTiming {
    let start: Int
    let end: Int
    let startText: String

    init?(_ line: String) {
        let parts = Self.pieces(line[...], at: { $0 == 0x20 }) ?? line.split(separator: " ", omittingEmptySubsequences: true)
        guard let arrow = parts.firstIndex(of: "-->"), arrow > 0, arrow + 1 < parts.count,
              let start = CueTiming.milliseconds(parts[arrow - 1]),
              let end = CueTiming.milliseconds(parts[arrow + 1]) else { return nil }
        self.start = start
        self.end = end
        startText = String(parts[arrow - 1])
    }

    static func milliseconds(_ text: Substring) -> Int? {
        let clock = pieces(text, at: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") })
            ?? text.split(whereSeparator: { $0 == "." || $0 == "," })
        guard (1...2).contains(clock.count) else { return nil }
        let fields = pieces(clock[0], at: { $0 == UInt8(ascii: ":") }) ?? clock[0].split(separator: ":")
        guard (2...3).contains(fields.count) else { return nil }
        var total = 0
        for field in fields {
            // Six digits at most: no real clock needs more, and no sum can then overflow.
            guard field.utf8.count <= 6, let value = Int(field) else { return nil }
            total = total * 60 + value
        }
        let fraction = clock.count == 2 ? Int(clock[1].prefix(3)) ?? 0 : 0
        return total * 1000 + fraction
    }

    /// ASCII `text` split at the bytes `separates` accepts, empty pieces left out: what `split`
    /// gives, without reading the text character by character (which made a cue's timing line
    /// cost 40,000 instructions, a fifth of a subtitle file's parse). Nil for other text, whose
    /// characters may join a separator to the mark after it.
    private static func pieces(_ text: Substring, at separates: (UInt8) -> Bool) -> [Substring]? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var found: [Substring] = []
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if separates(utf8[i]) {
                if start < i { found.append(Substring(utf8[start..<i])) }
                start = utf8.index(after: i)
            }
            utf8.formIndex(after: &i)
        }
        if start < utf8.endIndex { found.append(Substring(utf8[start...])) }
        return found
    }
}

/// A cue's text with its voice tag or `Name:` prefix taken out and markup removed.
struct CuePayload {
    var speaker: String?
    var text: [UInt8] = []
    /// The speaker was named in brackets (`[JANE] …`, `(Omar Ali) …`), as captions for the deaf
    /// and hard of hearing name a voice: believed as other labels are, by recurring. The cue's
    /// text as written, brackets and all, in case the bracket turns out an editor's insertion.
    var bracketed: [UInt8]?
    /// The speaker was typed as a label (`ANNA: …`): the cue's text as written, in case the
    /// label turns out to be words (`Americans: Which side…` inside a sentence).
    var typed: [UInt8]?

    init(_ raw: [UInt8]) {
        var i = 0
        let n = raw.count
        var voice: [UInt8] = []
        while i < n {
            let c = raw[i]
            if c == UInt8(ascii: "<"), let close = raw[i...].firstIndex(of: UInt8(ascii: ">")) {
                let tag = raw[(i + 1)..<close]
                // `<v Name>` or `<v.loud Name>` names the speaker.
                if tag.first == UInt8(ascii: "v"), tag.count > 2, let space = tag.firstIndex(of: 0x20), speaker == nil {
                    voice = Array(tag[(space + 1)...])
                }
                i = close + 1
                continue
            }
            if c == UInt8(ascii: "{"), let close = raw[i...].firstIndex(of: UInt8(ascii: "}")) {
                i = close + 1   // SRT positioning such as {\an8}
                continue
            }
            if c == UInt8(ascii: "&"), let (decoded, length) = CuePayload.entity(raw, i) {
                text.append(contentsOf: decoded)
                i += length
                continue
            }
            text.append(c)
            i += 1
        }
        // One removal per end: a loop of removeFirst() is quadratic on a cue of spaces.
        text.removeFirst(text.prefix { $0 == 0x20 }.count)
        while text.last == 0x20 { text.removeLast() }
        // Dialogue dashes carry no speaker.
        if text.starts(with: [UInt8(ascii: "-"), 0x20]) { text.removeFirst(2) }
        if !voice.isEmpty {
            speaker = String(decoding: voice, as: UTF8.self)
            // The voice's name typed again as a label (`<v Maya Chen>Maya Chen: …`).
            if text.starts(with: voice + [UInt8(ascii: ":")]) {
                text.removeFirst(voice.count + 1)
                text.removeFirst(text.prefix { $0 == 0x20 }.count)
            }
        } else {
            let label = text.withUnsafeBufferPointer { SpeakerLabel.detect($0, 0..<$0.count, markdown: false) }
            if let label, label.form == .colon {
                speaker = label.name
                typed = text
                text.removeFirst(label.bodyOffset)
            }
            if speaker == nil, let (name, body) = Self.bracketedName(text) {
                (speaker, bracketed, text) = (name, text, body)
            }
        }
    }

    /// `[JANE] So where…`, `(Omar Ali) Well…`: a name in brackets opening the cue, words after
    /// it. A sound (`[MUSIC]`, `(laughs)`) is no one.
    /// A sound before the name (`(laughs) [RUTH] Was it…`) stays with the words.
    static func bracketedName(_ text: [UInt8]) -> (String, [UInt8])? {
        guard let (first, firstEnd) = bracket(text, from: 0) else { return nil }
        if !isSound(first) { return isName(first) ? (first, Array(text[firstEnd...])) : nil }
        guard let (name, end) = bracket(text, from: firstEnd), isName(name) else { return nil }
        return (name, Array(text[..<firstEnd]) + Array(text[end...]))
    }

    /// What a bracket opening at `start` holds, and where the words after it begin.
    private static func bracket(_ text: [UInt8], from start: Int) -> (String, Int)? {
        guard start < text.count, let close = Bytes.leadingBracket(text[start...], within: 48),
              close > start + 1, close + 2 < text.count else { return nil }
        return (String(decoding: text[(start + 1)..<close], as: UTF8.self), close + 2)
    }

    private static func isSound(_ inner: String) -> Bool {
        inner.split(separator: " ").contains { sounds.contains($0.lowercased().filter(\.isLetter)) }
    }

    private static func isName(_ inner: String) -> Bool {
        (1...4).contains(inner.split(separator: " ").count) && NameShape(inner) != nil && inner.last?.isLetter == true && !isSound(inner)
    }

    static let sounds: Set<String> = [
        "music", "laughter", "laughs", "laughing", "applause", "inaudible", "crosstalk", "silence", "cheering", "cheers",
        "sighs", "coughs", "noise", "chatter", "foreign", "speaking", "singing", "indistinct", "unintelligible", "phone",
        "ringing", "beep", "beeps", "static", "pause", "blank_audio", "background", "upbeat", "dramatic", "intro", "outro",
        "theme", "sound", "sounds", "audio", "video", "clip", "break", "end", "begin", "translation", "translated",
        "interpreter", "via", "overlapping", "groans", "gasps", "whispers", "chuckles", "exhales", "inhales",
    ]

    static func entity(_ raw: [UInt8], _ i: Int) -> ([UInt8], Int)? {
        let table: [(String, String)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "),
                                         ("&quot;", "\""), ("&apos;", "'"), ("&lrm;", ""), ("&rlm;", "")]
        for (name, value) in table where raw[i...].starts(with: Array(name.utf8)) {
            return (Array(value.utf8), name.utf8.count)
        }
        return nil
    }
}
