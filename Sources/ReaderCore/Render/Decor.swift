/// The glyphs that decorate rather than say anything. `--plain` swaps them for spaces and plain
/// ASCII, so that a screen reader or a braille display meets only words.
struct Decor {
    /// Pane headers and the edges of overlays.
    var rule: Glyph
    /// Between the sidebar and the panes.
    var divider: String
    /// Between the parts of the status bar.
    var separator: String
    /// The current entry of a list.
    var current: String
    /// A bookmarked paragraph's mark in the gutter.
    var bookmark: String
    /// Non-speech (captions, page furniture) in the gutter.
    var nonSpeech: String
    /// Where typing goes in a prompt; plain leaves it to the terminal's cursor.
    var textCursor: String
    /// Between a pane's name and its speaker, and between an exchange's topics.
    var join: String
    /// The up and down arrow keys, in hints.
    var upDown: String
    /// An exchange that mentions the entity, and one that does not.
    var mentioned: String, unmentioned: String

    static let drawn = Decor(rule: Glyph(base: 0x2500, width: 1), divider: "│", separator: "│", current: "▸",
                             bookmark: "•", nonSpeech: "┆", textCursor: "█", join: " · ", upDown: "↑↓", mentioned: "█", unmentioned: "·")
    static let plain = Decor(rule: .space, divider: " ", separator: "|", current: ">",
                             bookmark: "*", nonSpeech: " ", textCursor: "", join: ", ", upDown: "Up Down", mentioned: "x", unmentioned: ".")
}

extension ReaderState {
    var decor: Decor { plain ? .plain : .drawn }
}
