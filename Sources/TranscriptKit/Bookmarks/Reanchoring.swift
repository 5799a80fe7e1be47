/// Finds bookmarks again in a changed document: the exact quote, then the quote with case,
/// accents and spacing folded, then the most similar paragraph near the old place. What
/// cannot be found is kept as an orphan with its quote, never dropped.
public enum Reanchoring {
    /// Word overlap a paragraph needs to count as the reworded passage.
    public static let similarityThreshold = 0.6

    public static func reanchor(_ bookmarks: [Bookmark], in document: Document) -> [Bookmark] {
        var foldedBlocks: [[UInt8]]?
        return bookmarks.map { bookmark in
            guard !bookmark.deleted else { return bookmark }
            var b = bookmark
            if let found = exact(b, document) ?? folded(b, document, &foldedBlocks) ?? similar(b, document) {
                b.block = found.block
                b.start = found.start
                b.end = found.end
                b.exchange = document.blocks[found.block].exchange
                b.line = document.blocks[found.block].lines.lowerBound
                b.speaker = document.speakerName(of: document.blocks[found.block]) ?? b.speaker
                b.orphaned = false
            } else {
                b.orphaned = true
            }
            return b
        }
    }

    typealias Place = (block: Int, start: Int, end: Int)

    /// Blocks in order of distance from the old one, so the nearest copy of a quote wins.
    static func nearby(_ b: Bookmark, _ count: Int) -> [Int] {
        let center = min(max(0, b.block), max(0, count - 1))
        var order: [Int] = []
        order.reserveCapacity(count)
        for distance in 0..<max(count, 1) {
            if center + distance < count { order.append(center + distance) }
            if distance > 0 && center - distance >= 0 { order.append(center - distance) }
            if order.count >= count { break }
        }
        return order
    }

    static func exact(_ b: Bookmark, _ document: Document) -> Place? {
        for index in nearby(b, document.blocks.count) {
            let text = document.blocks[index].text
            if let range = text.range(of: b.quote) {
                let start = text.distance(from: text.startIndex, to: range.lowerBound)
                return (index, start, start + b.quote.count)
            }
        }
        return nil
    }

    static func folded(_ b: Bookmark, _ document: Document, _ cache: inout [[UInt8]]?) -> Place? {
        let needle = Folding.fold(b.quote, ignoringCase: true)
        guard !needle.isEmpty else { return nil }
        if cache == nil { cache = document.blocks.map { Folding.fold($0.text, ignoringCase: true) } }
        guard let blocks = cache else { return nil }
        for index in nearby(b, blocks.count) where blocks[index].containsRun(needle) {
            let text = document.blocks[index].text
            // Map back roughly: the whole paragraph when the folded quote is most of it.
            return (index, 0, text.count)
        }
        return nil
    }

    /// The paragraph sharing most words with the quote, among the nearest 200 blocks.
    static func similar(_ b: Bookmark, _ document: Document) -> Place? {
        let words = wordSet(b.quote)
        guard words.count >= 3 else { return nil }
        var best: (index: Int, score: Double)?
        for index in nearby(b, document.blocks.count).prefix(200) {
            let other = wordSet(document.blocks[index].text)
            guard !other.isEmpty else { continue }
            let score = Double(words.intersection(other).count) / Double(words.union(other).count)
            if score > (best?.score ?? 0) { best = (index, score) }
        }
        guard let best, best.score >= similarityThreshold else { return nil }
        return (best.index, 0, document.blocks[best.index].text.count)
    }

    static func wordSet(_ text: String) -> Set<String> {
        let folded = String(decoding: Folding.fold(text, ignoringCase: true), as: UTF8.self)
        return Set(folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }
}
