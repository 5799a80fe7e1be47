/// A paragraph as the scanners find it, before anyone decides what it is.
///
/// Every paragraph of the file is held at once while the assembly decides what it is, so the
/// struct is kept small (48 bytes; `ParagraphLayoutTests` holds it there): line numbers and
/// counts in 32 bits (input stops at 1 GiB, `DocumentInput.defaultLimit`), and the label, its
/// text as written and the time stamp in one shared object, which a million `Q:` turns share.
struct Paragraph {
    private var firstLine32: Int32
    private var lastLine32: Int32
    private var words32: Int32 = 0
    private var gapBefore32: Int32
    /// Folded text, label removed when `label` is set. A string from the start, so the
    /// document never holds a second copy of the text as bytes.
    var text: String
    /// `label`, `labelText` and `time`, shared between paragraphs that open alike (nil: none).
    private(set) var opening: SharedLabel?
    /// Whether the text holds a question mark.
    var asks = false
    /// A Markdown heading, image or rule: structure, not speech.
    var isMarkup = false
    /// A `# Heading`: in a scraped page, the document's title among the site's own headings.
    var isTopHeading = false
    /// Set for subtitle cues, whose speakers come from voice tags and need no evidence.
    var labelIsCertain = false
    /// Wholly in bold or italics (`**How did it start?**`): in an unlabelled interview, a question.
    var isEmphasised = false
    /// Comes straight after a rule (`---`, `_____`): after the last turn, the page's own part.
    var followsARule = false

    init(firstLine: Int, lastLine: Int, text: String, label: SpeakerLabel? = nil, gapBefore: Int, time: String? = nil) {
        firstLine32 = Int32(firstLine)
        lastLine32 = Int32(lastLine)
        gapBefore32 = Int32(gapBefore)
        self.text = text
        opening = SharedLabel.make(label: label, text: "", time: time)
    }

    var firstLine: Int {
        get { Int(firstLine32) }
        set { firstLine32 = Int32(newValue) }
    }
    var lastLine: Int {
        get { Int(lastLine32) }
        set { lastLine32 = Int32(newValue) }
    }
    /// Words in `text`, counted while folding it.
    var words: Int {
        get { Int(words32) }
        set { words32 = Int32(newValue) }
    }
    /// Blank lines before the paragraph.
    var gapBefore: Int {
        get { Int(gapBefore32) }
        set { gapBefore32 = Int32(newValue) }
    }
    /// Whether the paragraph opens with a label, asked without copying the label out (a copy
    /// of its strings per paragraph was much of the assembly's work on short turns).
    var hasLabel: Bool { opening?.hasLabel == true }
    var label: SpeakerLabel? {
        get { opening?.label }
        set { opening = SharedLabel.make(label: newValue, text: labelText, time: time) }
    }
    /// The label as written (`**Host:**`), folded; put back if the label is not believed.
    var labelText: String {
        get { opening?.text ?? "" }
        set { opening = SharedLabel.make(label: label, text: newValue, time: time) }
    }
    /// The side of a question-and-answer page its label is (`InlineAnswer`).
    var side: InlineAnswer.Side? { opening?.side }
    var time: String? {
        get { opening?.time }
        set { opening = SharedLabel.make(label: label, text: labelText, time: newValue) }
    }

    /// Sets the label, its text and the time at once to an object already shared (`SharedLabel.Pool`).
    mutating func open(with shared: SharedLabel?) { opening = shared }
}

/// A paragraph's label, the label as written and its time stamp: immutable, so paragraphs can
/// share one. Changing any of them on a paragraph gives it a new object of its own.
final class SharedLabel: Sendable {
    let label: SpeakerLabel?
    let text: String
    let time: String?
    /// `label != nil`, kept as a plain flag.
    let hasLabel: Bool
    /// The side of a question-and-answer page the label is (`InlineAnswer`), worked out once
    /// for all the paragraphs sharing it.
    let side: InlineAnswer.Side?

    init(label: SpeakerLabel?, text: String, time: String?) {
        self.label = label
        self.text = text
        self.time = time
        hasLabel = label != nil
        side = InlineAnswer.side(of: label)
    }

    static func make(label: SpeakerLabel?, text: String, time: String?) -> SharedLabel? {
        // (The label matched, not compared with nil: the comparison copied it, for every
        // paragraph made.)
        if case .none = label, text.isEmpty, time == nil { return nil }
        return SharedLabel(label: label, text: text, time: time)
    }

    /// The objects made in a scan for labelled paragraphs, so that those opening alike share
    /// one. Turns go round a few speakers, so the last eight made are compared in turn, the
    /// label as written first (hashing each line's label instead cost a sixth of the parse of
    /// short turns). The label's `bodyOffset` (where in the line the words start) is used
    /// while scanning and set to 0 here, or no two lines would share.
    ///
    /// Compared in place through the list's storage: read out of it, each entry was copied,
    /// label and all, at each comparison (a twelfth of the parse).
    struct Pool {
        private struct Made {
            var label: SpeakerLabel
            var text: String
            var time: String?
            var shared: SharedLabel
        }
        private var recent: [Made] = []
        private var next = 0

        mutating func shared(_ label: consuming SpeakerLabel, text: String, time: String?) -> SharedLabel {
            var label = label
            label.bodyOffset = 0
            let found = recent.withUnsafeBufferPointer { made -> SharedLabel? in
                for i in made.indices where made[i].text == text && made[i].time == time && made[i].label == label {
                    return made[i].shared
                }
                return nil
            }
            if let found { return found }
            let made = Made(label: label, text: text, time: time, shared: SharedLabel(label: label, text: text, time: time))
            if recent.count < 8 { recent.append(made) } else { recent[next] = made }
            next = (next + 1) % 8
            return made.shared
        }
    }
}

extension Paragraph {
    mutating func restoreLabelText() {
        var written = labelText
        // `**Interviewer:** Jane Doe`, a credit in the labels' bold: read as the page shows it.
        if label?.isStyled == true { written = String(decoding: MarkdownText.dropInlineMarks(Array(written.utf8)), as: UTF8.self) }
        opening = SharedLabel.make(label: nil, text: "", time: time)
        guard !written.isEmpty else { return }
        // Chinese runs on after its full-width colon: no blank was there to put back.
        text = written + (text.isEmpty || written.hasSuffix("：") ? "" : " ") + text
        // Its words and question mark count as the rest's do (`那兩個是一樣的嗎？` alone on its
        // line looked like a name; put back, it is a question of four words' worth).
        let (writtenWords, writtenAsks) = Self.measure(Array(written.utf8))
        words += writtenWords
        asks = asks || writtenAsks
    }

    /// Words (an ideograph counting half of one) and whether a question mark, ASCII or
    /// full-width, is among them.
    static func measure(_ bytes: [UInt8]) -> (words: Int, asks: Bool) {
        let (spaced, asks) = bytes.wordsAndQuestion()
        let (fullWidthAsks, ideographs, _) = Bytes.survey(bytes)
        return (max(spaced, ideographs / 2), asks || fullWidthAsks)
    }
}

extension Paragraph {
    /// `name:` typed again where the words begin (`MC: Maria Costa: …`, or a label the page
    /// mangled out of its column on a turn that runs on): dropped as often as it is typed, and
    /// kept with the label as written.
    mutating func dropLabelTypedAgain(_ name: String) {
        while Self.startsWithLabel(text, name) {
            let bytes = text.utf8
            labelText += (labelText.isEmpty ? "" : " ") + String(decoding: bytes.prefix(name.utf8.count + 1), as: UTF8.self)
            setText(Array(bytes.dropFirst(name.utf8.count + 1).drop { $0 == 0x20 }))
        }
    }

    /// `text` opens with `name:` and a blank or nothing more (ASCII case aside; `Q:d` is no
    /// label); compared in place, as every turn comes here.
    static func startsWithLabel(_ text: String, _ name: String) -> Bool {
        // The first bytes first, read from the strings' storage: nearly every turn differs there.
        if let c = name.utf8.withContiguousStorageIfAvailable({ $0.first }) ?? name.utf8.first {
            guard let d = text.utf8.withContiguousStorageIfAvailable({ $0.first }) ?? text.utf8.first,
                  Bytes.asciiLower(c) == Bytes.asciiLower(d) else { return false }
        }
        var letters = text.utf8.makeIterator()
        for c in name.utf8 {
            guard let d = letters.next(), Bytes.asciiLower(c) == Bytes.asciiLower(d) else { return false }
        }
        guard letters.next() == UInt8(ascii: ":") else { return false }
        let after = letters.next()
        return after == nil || after == 0x20
    }

    mutating func setText(_ bytes: [UInt8]) {
        text = String(decoding: bytes, as: UTF8.self)
        (words, asks) = Self.measure(bytes)
    }

    /// The text as bytes when it is short enough for the caption and furniture rules
    /// (which only ever accept short paragraphs); empty otherwise.
    var shortBytes: [UInt8] { text.utf8.count <= CaptionRules.maxBytes ? Array(text.utf8) : [] }

    /// The first `count` bytes of the text, copied at once (a slice of the UTF-8 view would be
    /// copied byte by byte: a fifth of the parse, at a turn's opening).
    func leadingBytes(_ count: Int) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array($0.prefix(count)) }
    }

    func trailingBytes(_ count: Int) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array($0.suffix(count)) }
    }
}
