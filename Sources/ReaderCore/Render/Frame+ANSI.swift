/// Frames as ANSI-styled text, for `render --ansi` and documentation.
extension Frame {
    public func ansi(theme: Theme, colours: Int = 256) -> String {
        var out = ""
        for y in 0..<height {
            var current: Element?
            for cell in row(y) where !cell.isContinuation {
                if cell.element != current {
                    out += ANSI.sgr(theme.style(cell.element), colours: colours)
                    current = cell.element
                }
                for v in [cell.glyph.base, cell.glyph.mark1, cell.glyph.mark2] where v != 0 {
                    if let s = Unicode.Scalar(v) { out.unicodeScalars.append(s) }
                }
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }
}

enum ANSI {
    static func sgr(_ style: Style, colours: Int) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if colours > 0 {
            if let fg = style.foreground { codes.append(code(fg.index(for: colours), background: false)) }
            if let bg = style.background { codes.append(code(bg.index(for: colours), background: true)) }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func code(_ index: Int, background: Bool) -> String {
        if index < 8 { return String((background ? 40 : 30) + index) }
        if index < 16 { return String((background ? 100 : 90) + index - 8) }
        return (background ? "48;5;" : "38;5;") + String(index)
    }
}
