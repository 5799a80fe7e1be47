import CWidth

/// One terminal cell's worth of text: a base scalar, up to two combining marks, and its width.
///
/// This is the rule that keeps the model, ncurses and tmux in agreement: one cell holds one
/// base scalar plus zero-width marks, as wide as glibc's `wcwidth` says. Zero-width joiner
/// sequences are cut after their first emoji, flags after their first regional indicator,
/// and control characters become visible placeholders, so document text can never move the
/// cursor or send an escape sequence to the terminal.
public struct Glyph: Equatable, Sendable {
    public var base: UInt32
    public var mark1: UInt32 = 0
    public var mark2: UInt32 = 0
    /// 1 or 2 columns.
    public var width: UInt8
    /// A stand-in for a control character, drawn in the placeholder style.
    public var isPlaceholder = false

    public static let space = Glyph(base: 0x20, width: 1)

    public init(base: UInt32, width: UInt8, isPlaceholder: Bool = false) {
        self.base = base
        self.width = width
        self.isPlaceholder = isPlaceholder
    }

    public var isSpace: Bool { base == 0x20 }
}

public enum DisplayWidth {
    /// Makes the C library measure in UTF-8; call once before measuring or drawing.
    @discardableResult
    public static func prepare() -> Bool { colloquy_use_utf8_ctype() == 1 }

    @inline(__always)
    static func width(_ scalar: UInt32) -> Int32 {
        if scalar >= 0x20 && scalar < 0x7F { return 1 }
        return colloquy_wcwidth(scalar)
    }

    /// Columns a string takes when drawn.
    public static func columns(_ text: String) -> Int {
        Glyphs.of(text).reduce(0) { $0 + Int($1.width) }
    }
}

public enum Glyphs {
    /// Splits text into cells, replacing anything a terminal would interpret.
    public static func of(_ text: String) -> [Glyph] {
        var unused: [Int32] = []
        return of(text, scalarMap: &unused, mapping: false)
    }

    /// Glyphs, and for each scalar of `text` the index of the glyph that shows it (a dropped
    /// scalar maps to the next glyph): how search hits find their cells.
    public static func mapped(_ text: String) -> (glyphs: [Glyph], scalarToGlyph: [Int32]) {
        var map: [Int32] = []
        let glyphs = of(text, scalarMap: &map, mapping: true)
        return (glyphs, map)
    }

    private static func of(_ text: String, scalarMap: inout [Int32], mapping: Bool) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(text.utf8.count)
        var joinPending = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if mapping {
                // Marks and dropped characters belong to the glyph before them, if any.
                let attaches = v >= 0x80 && (isInvisibleFormat(v) || DisplayWidth.width(v) == 0) && !glyphs.isEmpty
                scalarMap.append(Int32(attaches ? glyphs.count - 1 : glyphs.count))
            }
            if v >= 0x20 && v < 0x7F {   // the common case
                glyphs.append(Glyph(base: v, width: 1))
                joinPending = false
                continue
            }
            if let picture = controlPicture(v) {
                glyphs.append(Glyph(base: picture, width: 1, isPlaceholder: true))
                continue
            }
            if isInvisibleFormat(v) {
                // Only emoji sequences are cut; ZWJ between letters of Indic scripts just vanishes.
                if v == 0x200D, let last = glyphs.last, isEmoji(last.base) { joinPending = true }
                continue
            }
            // A regional indicator after another is the second half of a flag: dropped.
            if isRegionalIndicator(v), let last = glyphs.last, isRegionalIndicator(last.base), last.mark1 == 0 {
                glyphs[glyphs.count - 1].mark1 = 0x7FFF_FFFF   // remember the pair is complete
                continue
            }
            let w = DisplayWidth.width(v)
            if w == 0 {
                // Combining marks ride on the previous cell; an orphan mark gets a space.
                if glyphs.isEmpty || glyphs[glyphs.count - 1].isPlaceholder { glyphs.append(.space) }
                var last = glyphs[glyphs.count - 1]
                if last.mark1 == 0 { last.mark1 = v } else if last.mark2 == 0 { last.mark2 = v }
                glyphs[glyphs.count - 1] = last
                continue
            }
            if joinPending {   // the rest of a ZWJ sequence: the first emoji stands for it
                joinPending = false
                continue
            }
            if w < 0 {
                glyphs.append(Glyph(base: 0xFFFD, width: 1, isPlaceholder: true))
            } else {
                glyphs.append(Glyph(base: v, width: UInt8(min(w, 2))))
            }
        }
        for i in glyphs.indices where glyphs[i].mark1 == 0x7FFF_FFFF { glyphs[i].mark1 = 0 }
        return glyphs
    }

    /// C0 controls as Unicode control pictures (␛ for ESC), DEL as ␡, C1 controls as ¿.
    @inline(__always)
    static func controlPicture(_ v: UInt32) -> UInt32? {
        if v < 0x20 { return 0x2400 + v }
        if v == 0x7F { return 0x2421 }
        if v >= 0x80 && v < 0xA0 { return 0xBF }
        return nil
    }

    /// Zero-width format characters that carry no glyph: joiners, variation selectors,
    /// bidirectional controls (which could reorder what the terminal shows), BOM.
    @inline(__always)
    static func isInvisibleFormat(_ v: UInt32) -> Bool {
        (v >= 0x200B && v <= 0x200F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2060 && v <= 0x206F)
            || (v >= 0xFE00 && v <= 0xFE0F) || v == 0xFEFF || (v >= 0xE0000 && v <= 0xE007F) || v == 0xAD
            || (v >= 0x1F3FB && v <= 0x1F3FF)   // skin-tone modifiers: terminals disagree on their width
    }

    @inline(__always)
    static func isEmoji(_ v: UInt32) -> Bool { v >= 0x1F000 || (v >= 0x2600 && v <= 0x27BF) }

    @inline(__always)
    static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }
}
