/// A paragraph as the scanners find it, before anyone decides what it is.
struct Paragraph {
    var firstLine: Int
    var lastLine: Int
    /// Folded text, label removed when `label` is set.
    var text: [UInt8]
    var label: SpeakerLabel?
    /// Blank lines before the paragraph.
    var gapBefore: Int
    var time: String?
    /// A Markdown heading, image or rule: structure, not speech.
    var isMarkup = false
    /// Set for subtitle cues, whose speakers come from voice tags and need no evidence.
    var labelIsCertain = false
}
