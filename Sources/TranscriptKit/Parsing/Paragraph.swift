/// A paragraph as the scanners find it, before anyone decides what it is.
struct Paragraph {
    var firstLine: Int
    var lastLine: Int
    /// Folded text, label removed when `label` is set.
    var text: [UInt8]
    var label: SpeakerLabel?
    /// The label as written (`**Host:**`), folded; put back if the label is not believed.
    var labelText: [UInt8] = []
    /// Blank lines before the paragraph.
    var gapBefore: Int
    var time: String?
    /// A Markdown heading, image or rule: structure, not speech.
    var isMarkup = false
    /// Set for subtitle cues, whose speakers come from voice tags and need no evidence.
    var labelIsCertain = false
}

extension Paragraph {
    mutating func restoreLabelText() {
        label = nil
        guard !labelText.isEmpty else { return }
        text = labelText + (text.isEmpty ? [] : [0x20]) + text
        labelText = []
    }
}
