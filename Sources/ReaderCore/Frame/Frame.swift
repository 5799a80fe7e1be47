/// A screen's worth of styled cells: what render produces and the backend draws.
public struct Frame: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        public var glyph: Glyph
        public var element: Element
        /// The right half of a double-width glyph: drawn by its left half.
        public var isContinuation: Bool

        public static let blank = Cell(glyph: .space, element: .text, isContinuation: false)
    }

    public struct Spot: Equatable, Sendable {
        public var x: Int
        public var y: Int
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should stand, shown; nil hides it. Plain mode puts it on the
    /// line being read, which screen readers and braille displays follow.
    public var cursor: Spot?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    public func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }

    /// Fills a rectangle with blanks of one element.
    public mutating func fill(_ rect: Rect, _ element: Element, glyph: Glyph = .space) {
        let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) {
                cells[y * width + x] = Cell(glyph: glyph, element: element, isContinuation: false)
            }
        }
    }

    /// Draws glyphs from (x, y), clipped at `maxX`; a double-width glyph that would straddle
    /// the edge is left out. Returns the column after the last glyph drawn.
    @discardableResult
    public mutating func put(_ glyphs: ArraySlice<Glyph>, x: Int, y: Int, maxX: Int? = nil, _ element: Element) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var col = max(0, x)
        for glyph in glyphs {
            let w = Int(glyph.width)
            if col + w > limit { break }
            let cellElement = glyph.isPlaceholder ? .placeholder : element
            // Overwriting half of a wide glyph leaves its other half as a blank.
            clearWideNeighbour(col, y)
            cells[y * width + col] = Cell(glyph: glyph, element: cellElement, isContinuation: false)
            if w == 2 {
                clearWideNeighbour(col + 1, y)
                cells[y * width + col + 1] = Cell(glyph: .space, element: cellElement, isContinuation: true)
            }
            col += w
        }
        return col
    }

    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxX: Int? = nil, _ element: Element) -> Int {
        put(Glyphs.of(text)[...], x: x, y: y, maxX: maxX, element)
    }

    /// Like `put`, but text that does not fit ends with `…` instead of being cut mid-word.
    @discardableResult
    public mutating func putTruncating(_ text: String, x: Int, y: Int, maxX: Int, _ element: Element) -> Int {
        let glyphs = Glyphs.of(text)
        let room = maxX - x
        guard glyphs.reduce(0, { $0 + Int($1.width) }) > room, room > 1 else {
            return put(glyphs[...], x: x, y: y, maxX: maxX, element)
        }
        let end = put(glyphs[...], x: x, y: y, maxX: maxX - 1, element)
        return put("…", x: end, y: y, maxX: maxX, element)
    }

    private mutating func clearWideNeighbour(_ x: Int, _ y: Int) {
        let i = y * width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1].glyph = .space
        } else if x + 1 < width, cells[i + 1].isContinuation, cells[i].glyph.width == 2 {
            cells[i + 1] = Cell(glyph: .space, element: cells[i + 1].element, isContinuation: false)
        }
        cells[i].isContinuation = false
    }

    /// The frame as plain text, one line per row, trailing blanks trimmed.
    public var text: String {
        var lines: [String] = []
        for y in 0..<height {
            var line = String.UnicodeScalarView()
            for cell in row(y) where !cell.isContinuation {
                for v in [cell.glyph.base, cell.glyph.mark1, cell.glyph.mark2] where v != 0 {
                    if let s = Unicode.Scalar(v) { line.append(s) }
                }
            }
            var s = String(line)
            while s.last == " " { s.removeLast() }
            lines.append(s)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    public func clipped(to other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        return Rect(x: x0, y: y0, width: min(maxX, other.maxX) - x0, height: min(maxY, other.maxY) - y0)
    }
}
