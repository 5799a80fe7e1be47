import TranscriptKit

/// Where the current search's hits are drawn: glyph ranges per block, worked out once per block
/// and query, so drawing a line costs a binary search however long its paragraph is.
struct BlockHighlights {
    /// Index in `search.hits` of the block's first hit.
    var first: Int
    /// Glyph ranges of the block's hits, in hit order: sorted, since hits do not overlap.
    var ranges: [Range<Int>]

    func range(ofHit index: Int) -> Range<Int>? {
        ranges.indices.contains(index - first) ? ranges[index - first] : nil
    }

    /// Indices of the ranges that reach into `line`.
    func indices(touching line: Range<Int>) -> Range<Int> {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= line.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < ranges.count && ranges[end].lowerBound < line.upperBound { end += 1 }
        return low..<end
    }
}

extension ReaderState {
    /// The search's hits in `block` as glyph ranges; empty without a search or hits there.
    /// - Complexity: O(text + hits) the first time for a block and query, then a lookup.
    func searchHighlights(block: Int) -> BlockHighlights {
        let inBlock = hits(in: block)
        guard let query = search?.query, !inBlock.isEmpty else { return BlockHighlights(first: 0, ranges: []) }
        let key = LayoutCache.HighlightKey(block: block, query: query, hits: inBlock.count)
        let ranges = cache.highlights(key) {
            let text = document.blocks[block].text
            let map = cache.scalarMap(block: block, text: text)
            let glyphCount = cache.glyphs(block: block, text: text).count
            let bounds = inBlock.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
            let scalars = Folding.scalarIndices(ofFolded: bounds, in: text, ignoringCase: query.ignoresCase)
            return (0..<inBlock.count).map { k in
                let g0 = scalars[2 * k] < map.count ? Int(map[scalars[2 * k]]) : glyphCount
                var g1 = scalars[2 * k + 1] < map.count ? Int(map[scalars[2 * k + 1]]) : glyphCount
                if g1 <= g0 { g1 = min(glyphCount, g0 + 1) }
                return g0..<g1
            }
        }
        return BlockHighlights(first: inBlock.startIndex, ranges: ranges)
    }
}
