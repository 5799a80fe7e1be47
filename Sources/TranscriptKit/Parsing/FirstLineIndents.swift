/// Text whose paragraphs are marked by indenting their first line, not by blank lines: a
/// printed hearing (`    Ms. Marsh. The subcommittee will come to order…` with its wrapped lines
/// at the margin, and `    [Whereupon, the subcommittee was adjourned.]` a paragraph of its own).
/// There, a line indented by a few blanks starts a paragraph even where the line above was full.
enum FirstLineIndents {
    /// Indents that mark a paragraph's first line; deeper ones centre headings.
    static let marks = 2...8

    /// Whether the text is so laid out: at least three lines indented by a few blanks right
    /// under another line, at least half of them with lines at the margin right under them
    /// (the paragraph wrapping; turns that hang, their lines indented under a label at the
    /// margin, have most indented lines under indented lines), and as many lines at the margin.
    static func markParagraphs(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> Bool {
        var indented = 0, wrapped = 0, atMargin = 0
        var previous: Int?   // the indent of the line above, nil when it was blank
        var lastIndented = false
        for index in 0..<lines.count {
            let range = lines.range(index)
            if Bytes.isBlank(b, range) {
                previous = nil
                lastIndented = false
                continue
            }
            let indent = CourtLayout.indent(b, range)
            if indent == 0 {
                atMargin += 1
                if lastIndented { wrapped += 1 }
            }
            lastIndented = previous != nil && marks.contains(indent)
            if lastIndented { indented += 1 }
            previous = indent
        }
        return indented >= 3 && wrapped * 2 >= indented && atMargin >= indented
    }
}
