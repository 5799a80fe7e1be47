/// Word wrapping by display width.
public enum Wrap {
    /// Ranges of `glyphs` that fit in `width` columns, breaking at spaces where possible
    /// and inside a word only when the word alone is wider than the line.
    public static func lines(_ glyphs: [Glyph], width: Int) -> [Range<Int>] {
        guard width > 0 else { return [] }
        guard !glyphs.isEmpty else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        let n = glyphs.count
        while start < n {
            var used = 0
            var i = start
            var lastBreak = -1
            while i < n {
                let w = Int(glyphs[i].width)
                if used + w > width { break }
                if glyphs[i].isSpace { lastBreak = i }
                used += w
                i += 1
            }
            if i >= n {
                lines.append(start..<n)
                break
            }
            if glyphs[i].isSpace {
                lines.append(start..<i)
                start = i + 1
            } else if lastBreak > start {
                lines.append(start..<lastBreak)
                start = lastBreak + 1
            } else {
                let end = max(i, start + 1)   // a glyph wider than the line still advances
                lines.append(start..<end)
                start = end
            }
            while start < n && glyphs[start].isSpace { start += 1 }
        }
        return lines
    }

    /// Short texts of the reader's own (help, messages) as lines of at most `width` columns,
    /// broken at spaces; a word wider than the line gets a line of its own, cut when drawn.
    public static func words(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = "", used = 0
        for word in text.split(separator: " ") {
            let w = DisplayWidth.columns(String(word))
            if used > 0 && used + 1 + w > width {
                lines.append(line)
                line = ""
                used = 0
            }
            line += (used > 0 ? " " : "") + word
            used += (used > 0 ? 1 : 0) + w
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
