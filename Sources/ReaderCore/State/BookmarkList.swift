import TranscriptKit

/// What drawing needs of the bookmarks, derived once each time they change: with 100,000 of
/// them, filtering and sorting for every entry drawn made each key take seconds. Positions, not
/// copies: copying 100,000 bookmarks (five strings each) alone took a tenth of a second.
struct BookmarkList: Sendable {
    /// Positions in `allBookmarks` of the live bookmarks, in reading order (orphans last).
    let order: [Int]
    /// Blocks carrying a live bookmark that is not orphaned, ascending (the gutter's marks).
    let markedBlocks: [Int]

    /// - Complexity: one pass when `all` is already in reading order, as saved lists are (the
    ///   pass is what costs: 100,000 bookmarks are 17 MB to read).
    init(_ all: [Bookmark]) {
        var order: [Int] = []
        var marked: [Int] = []
        all.withUnsafeBufferPointer { b in
            order.reserveCapacity(b.count)
            var inOrder = true
            for i in b.indices where !b[i].deleted {
                if let last = order.last, b[i].readingKey < b[last].readingKey { inOrder = false }
                order.append(i)
                if !b[i].orphaned && marked.last != b[i].block { marked.append(b[i].block) }
            }
            guard !inOrder else { return }
            order.sort { b[$0].readingKey < b[$1].readingKey }
            marked = Array(Set(order.lazy.filter { !b[$0].orphaned }.map { b[$0].block })).sorted()
        }
        self.order = order
        markedBlocks = marked
    }

    /// Where the bookmark at `index` of `all` (those this list was made from) is in `order`.
    func position(ofBookmarkAt index: Int, in all: [Bookmark]) -> Int? {
        let key = all[index].readingKey
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) / 2
            if all[order[mid]].readingKey < key { low = mid + 1 } else { high = mid }
        }
        while low < order.count && all[order[low]].readingKey == key {
            if order[low] == index { return low }
            low += 1
        }
        return nil
    }

    func isMarked(_ block: Int) -> Bool {
        var low = 0, high = markedBlocks.count
        while low < high {
            let mid = (low + high) / 2
            if markedBlocks[mid] < block { low = mid + 1 } else { high = mid }
        }
        return low < markedBlocks.count && markedBlocks[low] == block
    }
}

/// The live bookmarks in reading order, read through `BookmarkList.order`.
public struct LiveBookmarks: RandomAccessCollection, Sendable {
    let all: [Bookmark]
    let order: [Int]
    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }
    public subscript(position: Int) -> Bookmark { all[order[position]] }
}
