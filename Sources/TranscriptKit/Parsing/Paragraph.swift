/// A paragraph as the scanners find it, before anyone decides what it is.
struct Paragraph {
    var firstLine: Int
    var lastLine: Int
    /// Folded text, label removed when `label` is set. A string from the start, so the
    /// document never holds a second copy of the text as bytes.
    var text: String
    /// Words in `text`, counted while folding it.
    var words = 0
    /// Whether the text holds a question mark.
    var asks = false
    var label: SpeakerLabel?
    /// The label as written (`**Host:**`), folded; put back if the label is not believed.
    /// (A string: short labels are stored inline, where an array would cost a heap block each.)
    var labelText = ""
    /// Blank lines before the paragraph.
    var gapBefore: Int
    var time: String?
    /// A Markdown heading, image or rule: structure, not speech.
    var isMarkup = false
    /// A `# Heading`: in a scraped page, the document's title among the site's own headings.
    var isTopHeading = false
    /// Set for subtitle cues, whose speakers come from voice tags and need no evidence.
    var labelIsCertain = false
    /// Wholly in bold or italics (`**How did it start?**`): in an unlabelled interview, a question.
    var isEmphasised = false
}

extension Paragraph {
    mutating func restoreLabelText() {
        label = nil
        guard !labelText.isEmpty else { return }
        // Chinese runs on after its full-width colon: no blank was there to put back.
        text = labelText + (text.isEmpty || labelText.hasSuffix("：") ? "" : " ") + text
        words += Array(labelText.utf8).wordsAndQuestion().words
        labelText = ""
    }
}

extension Paragraph {
    mutating func setText(_ bytes: [UInt8]) {
        text = String(decoding: bytes, as: UTF8.self)
        (words, asks) = bytes.wordsAndQuestion()
        let (fullWidthAsks, ideographs, _) = Bytes.survey(bytes)
        asks = asks || fullWidthAsks
        if ideographs > 0 { words = max(words, ideographs / 2) }
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
