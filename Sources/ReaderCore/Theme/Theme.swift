/// Colours and attributes for every element of the screen.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Element: Style]

    public func style(_ element: Element) -> Style { styles[element] ?? styles[.text] ?? Style() }

    /// Used when no theme file can be read: plain terminal colours, readable everywhere.
    public static let fallback: Theme = {
        var styles: [Element: Style] = [:]
        for element in Element.allCases { styles[element] = Style() }
        styles[.border] = Style(foreground: .ansi(8))
        styles[.paneTitle] = Style(bold: true)
        styles[.paneTitleFocused] = Style(reverse: true, bold: true)
        styles[.speaker] = Style(bold: true)
        styles[.question] = Style(bold: true)
        styles[.caption] = Style(dim: true, italic: true)
        styles[.placeholder] = Style(reverse: true)
        styles[.sidebarCurrent] = Style(bold: true)
        styles[.sidebarSelected] = Style(reverse: true)
        styles[.sidebarTabActive] = Style(bold: true, underline: true)
        styles[.status] = Style(reverse: true)
        styles[.statusMessage] = Style(reverse: true, bold: true)
        styles[.helpKey] = Style(bold: true)
        styles[.prompt] = Style(bold: true)
        styles[.highlight] = Style(reverse: true)
        styles[.match] = Style(underline: true)
        styles[.gutter] = Style(dim: true)
        styles[.notice] = Style(bold: true)
        return Theme(name: "fallback", styles: styles)
    }()

    /// The same theme with colours dropped and attributes kept, for NO_COLOR.
    public var withoutColour: Theme {
        var copy = self
        for (element, style) in styles {
            var s = style
            s.foreground = nil
            s.background = nil
            copy.styles[element] = s
        }
        return copy
    }
}

public struct Style: Equatable, Sendable {
    public var foreground: Colour?
    public var background: Colour?
    public var reverse = false
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false

    public init(foreground: Colour? = nil, background: Colour? = nil, reverse: Bool = false, bold: Bool = false,
                dim: Bool = false, italic: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.reverse = reverse
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
    }
}

/// A colour as a theme names it; mapped down to what the terminal has.
public enum Colour: Equatable, Hashable, Sendable {
    /// 0–15: the terminal's own palette.
    case ansi(Int)
    /// 16–255 of the xterm palette.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    /// The nearest colour index for a terminal with `available` colours (8, 16 or 256+).
    public func index(for available: Int) -> Int {
        switch self {
        case .ansi(let n):
            return available >= 16 ? n : n % 8
        case .indexed(let n):
            if available >= 256 { return n }
            return Colour.rgb(Colour.xtermRGB(n)).index(for: available)
        case .rgb(let r, let g, let b):
            if available >= 256 { return Colour.nearestCube(r, g, b) }
            return Colour.nearestBasic(r, g, b, bright: available >= 16)
        }
    }

    static func rgb(_ c: (UInt8, UInt8, UInt8)) -> Colour { .rgb(c.0, c.1, c.2) }

    static func xtermRGB(_ n: Int) -> (UInt8, UInt8, UInt8) {
        if n < 16 { return basic[n] }
        if n >= 232 { let v = UInt8(8 + (n - 232) * 10); return (v, v, v) }
        let i = n - 16
        let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
        return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    static func nearestCube(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        var best = 16, bestDistance = Int.max
        for n in 16..<256 {
            let c = xtermRGB(n)
            let d = distance(c, (r, g, b))
            if d < bestDistance { best = n; bestDistance = d }
        }
        return best
    }

    static func nearestBasic(_ r: UInt8, _ g: UInt8, _ b: UInt8, bright: Bool) -> Int {
        var best = 0, bestDistance = Int.max
        for n in 0..<(bright ? 16 : 8) {
            let d = distance(basic[n], (r, g, b))
            if d < bestDistance { best = n; bestDistance = d }
        }
        return best
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return dr * dr * 3 + dg * dg * 4 + db * db * 2
    }

    static let basic: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "grey": 8, "gray": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]
}
