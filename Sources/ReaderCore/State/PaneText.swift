import TranscriptKit

/// The rows a pane shows for a list of blocks, laid out lazily.
///
/// A block's rows are an optional speaker line, its wrapped text, and a blank spacer.
/// Only blocks that are looked at are wrapped, and each wrap is cached per width, so
/// scrolling costs what the screen costs, not what the document costs.
public struct PaneText {
    public let blocks: [Int]
    public let width: Int
    let document: Document
    let cache: LayoutCache
    /// Off where the pane's header already names the only speaker.
    var showsSpeakers = true
    /// `Question, Sputnik:` rather than `Sputnik` (plain mode, where no colour says which is which).
    var namesRoles = false

    public struct Row: Equatable {
        public enum Content: Equatable { case speaker(String), text(Range<Int>), spacer }
        public var block: Int
        public var content: Content
    }

    /// Rows of the block at position `position` in `blocks`.
    public func rows(at position: Int) -> [Row] {
        let index = blocks[position]
        let block = document.blocks[index]
        var rows: [Row] = []
        if let name = speakerHeading(at: position) { rows.append(Row(block: index, content: .speaker(name))) }
        for line in cache.lines(block: index, text: block.text, width: textWidth) {
            rows.append(Row(block: index, content: .text(line)))
        }
        if position + 1 < blocks.count { rows.append(Row(block: index, content: .spacer)) }
        return rows
    }

    public func rowCount(at position: Int) -> Int {
        let index = blocks[position]
        return (speakerHeading(at: position) == nil ? 0 : 1)
            + cache.lines(block: index, text: document.blocks[index].text, width: textWidth).count
            + (position + 1 < blocks.count ? 1 : 0)
    }

    /// Two columns of gutter on the left: caption and (later) bookmark marks.
    public var textWidth: Int { max(1, width - PaneText.gutter) }
    public static let gutter = 2

    /// A speaker's name is shown where their turn starts in the pane.
    func speakerHeading(at position: Int) -> String? {
        guard showsSpeakers else { return nil }
        let block = document.blocks[blocks[position]]
        guard block.kind.isSpeech, let name = document.speakerName(of: block) else { return nil }
        var p = position - 1
        while p >= 0 {
            let previous = document.blocks[blocks[p]]
            if previous.kind.isSpeech { return previous.speaker == block.speaker ? nil : heading(name, block) }
            p -= 1
        }
        return heading(name, block)
    }

    private func heading(_ name: String, _ block: Block) -> String {
        guard namesRoles else { return name }
        let role = block.kind == .question ? "Question" : block.kind == .answer ? "Answer" : "Moderator"
        return "\(role), \(name):"
    }

    public func glyphs(_ block: Int) -> [Glyph] { cache.glyphs(block: block, text: document.blocks[block].text) }
}

/// Memoised glyphs and wrapped lines per block and width. Invisible to the state's value
/// semantics: it only ever returns what it would compute anyway.
public final class LayoutCache: @unchecked Sendable {
    private var glyphCache: [Int: [Glyph]] = [:]
    private var mapCache: [Int: [Int32]] = [:]
    /// Keyed by `block << 20 | width`: keys of a standard type, because the first dictionary of a
    /// new key type costs the Swift runtime a search of all the binary's conformance records (a
    /// third of a million instructions), and the first frame makes these.
    private var lineCache: [Int: [Range<Int>]] = [:]
    private static let widthBits = 20
    private var highlightCache: [HighlightKey: [Range<Int>]] = [:]
    /// A block's hits are fixed by the query (the document does not change under a state).
    struct HighlightKey: Hashable { var block: Int; var query: SearchQuery; var hits: Int }
    static let limit = 20_000
    /// How many blocks' highlights were worked out: once per block and query, however often drawn.
    private(set) var highlightsComputed = 0

    private var titleWidth: Int?
    /// At most a few dozen entries, searched in turn (not a dictionary, for the reason above).
    private var paneCache: [(key: PaneKey, blocks: PaneBlocks)] = []
    private struct PaneKey: Equatable { var range: Range<Int>; var hidingFurniture: Bool; var filter: Int }
    struct PaneBlocks { var blocks: [Int]; var severalSpeakers: Bool }
    /// How many blocks were wrapped (a frame should wrap what it shows, not the section).
    private(set) var blocksWrapped = 0
    /// How many pane listings were worked out: once per section range, however often drawn.
    private(set) var panesListed = 0

    public init() {}

    /// The blocks a pane lists for a section's range, and whether more than one person speaks
    /// in them: worked out once per range, since every frame asks.
    /// - Parameter keeping: a `&&` filter: only its paragraphs are listed.
    func paneBlocks(_ range: Range<Int>, hidingFurniture: Bool, keeping: ReaderFilter? = nil, document: Document) -> PaneBlocks {
        let key = PaneKey(range: range, hidingFurniture: hidingFurniture, filter: keeping?.id ?? 0)
        if let hit = paneCache.first(where: { $0.key == key }) { return hit.blocks }
        if paneCache.count > 64 { paneCache.removeAll(keepingCapacity: true) }
        panesListed += 1
        var blocks = hidingFurniture ? range.filter { !document.blocks[$0].kind.isFurniture } : Array(range)
        if let keeping { blocks.removeAll { !keeping.blocks.contains($0) } }
        let first = blocks.first.map { document.blocks[$0].speaker }
        let listed = PaneBlocks(blocks: blocks, severalSpeakers: blocks.contains { document.blocks[$0].speaker != first })
        paneCache.append((key, listed))
        return listed
    }

    /// The display width of the widest section title, worked out once.
    func widestTitle(_ sections: [Section]) -> Int {
        if let titleWidth { return titleWidth }
        let widest = sections.reduce(0) { max($0, DisplayWidth.columns($1.title)) }
        titleWidth = widest
        return widest
    }

    func glyphs(block: Int, text: String) -> [Glyph] {
        if let hit = glyphCache[block] { return hit }
        if glyphCache.count > LayoutCache.limit { glyphCache.removeAll(keepingCapacity: true) }
        let g = Glyphs.of(text)
        glyphCache[block] = g
        return g
    }

    func scalarMap(block: Int, text: String) -> [Int32] {
        if let hit = mapCache[block] { return hit }
        if mapCache.count > LayoutCache.limit { mapCache.removeAll(keepingCapacity: true) }
        let mapped = Glyphs.mapped(text)
        // The same pass made the glyphs: a search can show a long paragraph before it is drawn.
        if glyphCache[block] == nil && glyphCache.count <= LayoutCache.limit { glyphCache[block] = mapped.glyphs }
        mapCache[block] = mapped.scalarToGlyph
        return mapped.scalarToGlyph
    }

    func lines(block: Int, text: String, width: Int) -> [Range<Int>] {
        guard (0..<(1 << Self.widthBits)).contains(width) else { return Wrap.lines(glyphs(block: block, text: text), width: width) }
        let key = block << Self.widthBits | width
        if let hit = lineCache[key] { return hit }
        if lineCache.count > LayoutCache.limit { lineCache.removeAll(keepingCapacity: true) }
        blocksWrapped += 1
        let l = Wrap.lines(glyphs(block: block, text: text), width: width)
        lineCache[key] = l
        return l
    }

    func highlights(_ key: HighlightKey, _ compute: () -> [Range<Int>]) -> [Range<Int>] {
        if let hit = highlightCache[key] { return hit }
        if highlightCache.count > LayoutCache.limit { highlightCache.removeAll(keepingCapacity: true) }
        let ranges = compute()
        highlightsComputed += 1
        highlightCache[key] = ranges
        return ranges
    }
}

/// A scroll position: a block in the pane's list and a row inside it.
public struct Anchor: Equatable, Sendable {
    public var position: Int
    public var row: Int

    public init(position: Int = 0, row: Int = 0) {
        self.position = position
        self.row = row
    }

    public static let top = Anchor()
}

extension PaneText {
    /// Moves `anchor` by `delta` rows, never past the top or past where the last row sits
    /// at the bottom of a pane `height` rows tall.
    public func scrolled(_ anchor: Anchor, by delta: Int, height: Int) -> Anchor {
        guard !blocks.isEmpty else { return .top }
        var a = clamped(anchor)
        if delta < 0 {
            var left = -delta
            while left > 0 {
                if a.row > 0 {
                    let step = min(left, a.row)
                    a.row -= step
                    left -= step
                } else if a.position > 0 {
                    a.position -= 1
                    a.row = rowCount(at: a.position) - 1
                    left -= 1
                } else { break }
            }
            return a
        }
        let limit = lastAnchor(height: height)
        var left = delta
        while left > 0 && (a.position < limit.position || (a.position == limit.position && a.row < limit.row)) {
            let count = rowCount(at: a.position)
            if a.row + 1 < count {
                a.row += 1
            } else {
                a.position += 1
                a.row = 0
            }
            left -= 1
        }
        return a
    }

    /// The anchor that shows the last rows at the bottom of the pane.
    public func lastAnchor(height: Int) -> Anchor {
        guard !blocks.isEmpty else { return .top }
        var position = blocks.count - 1
        var remaining = max(1, height)
        while true {
            let count = rowCount(at: position)
            if count >= remaining { return Anchor(position: position, row: count - remaining) }
            remaining -= count
            if position == 0 { return .top }
            position -= 1
        }
    }

    public func clamped(_ anchor: Anchor) -> Anchor {
        guard !blocks.isEmpty else { return .top }
        let position = min(max(0, anchor.position), blocks.count - 1)
        return Anchor(position: position, row: min(max(0, anchor.row), rowCount(at: position) - 1))
    }

    /// Rows from `anchor` on, up to `count` of them.
    public func visibleRows(from anchor: Anchor, count: Int) -> [Row] {
        guard !blocks.isEmpty, count > 0 else { return [] }
        var out: [Row] = []
        var a = clamped(anchor)
        while out.count < count && a.position < blocks.count {
            let rows = self.rows(at: a.position)
            out.append(contentsOf: rows[a.row...].prefix(count - out.count))
            a = Anchor(position: a.position + 1, row: 0)
        }
        return out
    }

    /// Total rows; walks every block once per width (cached), used for the percentage.
    public func totalRows() -> Int { blocks.indices.reduce(0) { $0 + rowCount(at: $1) } }

    /// Total rows, counted only until they pass `limit`: what a pane's height needs to know,
    /// at the cost of the screen rather than of the section.
    public func rows(upTo limit: Int) -> Int {
        var total = 0
        for position in blocks.indices {
            total += rowCount(at: position)
            if total > limit { return total }
        }
        return total
    }

    /// Sections longer than this are measured in blocks, not rows, for the percentage: wrapping
    /// a hundred thousand paragraphs on every frame to say `42%` is a hang, not a feature.
    public static let exactPercentageBlocks = 2_000

    public func rowsBefore(_ anchor: Anchor) -> Int {
        (0..<min(anchor.position, blocks.count)).reduce(anchor.row) { $0 + rowCount(at: $1) }
    }
}
