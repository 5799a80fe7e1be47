import TranscriptKit

/// A document's bookmarks with what drawing needs of them, kept up to date as they change: with
/// 100,000 of them, filtering and sorting for every entry drawn made each key take seconds, and
/// even one pass over them (17 MB) takes a key past 10 ms. Positions, not copies: copying 100,000
/// bookmarks (five strings each) alone took a tenth of a second.
struct BookmarkList: Sendable {
    /// Every bookmark, deletions included.
    private(set) var all: [Bookmark]
    /// Positions in `all` of the live bookmarks, in reading order (orphans last), ties by position.
    private(set) var order: [Int] = []
    /// Blocks carrying a live bookmark that is not orphaned, ascending (the gutter's marks).
    private(set) var markedBlocks: [Int] = []

    /// - Complexity: one pass when `all` is already in reading order, as saved lists are.
    init(_ all: [Bookmark]) {
        self.all = all
        var order: [Int] = [], marked: [Int] = []
        all.withUnsafeBufferPointer { b in
            order.reserveCapacity(b.count)
            var inOrder = true
            for i in b.indices where !b[i].deleted {
                if let last = order.last, b[i].readingKey < b[last].readingKey { inOrder = false }
                order.append(i)
                if !b[i].orphaned && marked.last != b[i].block { marked.append(b[i].block) }
            }
            guard !inOrder else { return }
            order.sort { Self.rank(b[$0], $0) < Self.rank(b[$1], $1) }
            marked = Array(Set(order.lazy.filter { !b[$0].orphaned }.map { b[$0].block })).sorted()
        }
        self.order = order
        markedBlocks = marked
    }

    /// Replaces the bookmark at `index`, keeping the order and the marks in step.
    /// - Complexity: O(log n) searches and a move of positions, not a pass over the bookmarks.
    mutating func replace(at index: Int, with new: Bookmark) {
        let old = all[index]
        let moves = old.deleted != new.deleted || old.readingKey != new.readingKey
        if moves && !old.deleted { drop(index, old) }   // found by its old place in the order
        all[index] = new
        if moves && !new.deleted { add(index, new) }
    }

    /// Inserts a bookmark at `index` of `all` (where reading order puts it, to keep `all` sorted).
    /// - Complexity: a pass over the positions (8 bytes each), not over the bookmarks.
    mutating func insert(_ new: Bookmark, at index: Int) {
        all.insert(new, at: index)
        for k in order.indices where order[k] >= index { order[k] += 1 }
        if !new.deleted { add(index, new) }
    }

    /// Where the bookmark at `index` of `all` is in `order`.
    func position(ofBookmarkAt index: Int) -> Int? {
        let k = Self.partition(order) { Self.rank(all[$0], $0) < Self.rank(all[index], index) }
        return k < order.count && order[k] == index ? k : nil
    }

    func isMarked(_ block: Int) -> Bool {
        let m = Self.partition(markedBlocks) { $0 < block }
        return m < markedBlocks.count && markedBlocks[m] == block
    }

    private mutating func drop(_ index: Int, _ old: Bookmark) {
        guard let k = position(ofBookmarkAt: index) else { return }
        order.remove(at: k)
        // Its block keeps its mark while another live bookmark that is not orphaned is on it.
        let next = Self.partition(order) { Self.rank(all[$0], $0) < (0, old.block, Int.min, Int.min) }
        let stillMarked = next < order.count && !all[order[next]].orphaned && all[order[next]].block == old.block
        if !old.orphaned && !stillMarked, isMarked(old.block) {
            markedBlocks.remove(at: Self.partition(markedBlocks) { $0 < old.block })
        }
    }

    private mutating func add(_ index: Int, _ new: Bookmark) {
        order.insert(index, at: Self.partition(order) { Self.rank(all[$0], $0) < Self.rank(new, index) })
        if !new.orphaned && !isMarked(new.block) {
            markedBlocks.insert(new.block, at: Self.partition(markedBlocks) { $0 < new.block })
        }
    }

    /// Reading order, then position in `all`: what `order` is sorted by.
    private static func rank(_ b: Bookmark, _ index: Int) -> (Int, Int, Int, Int) {
        let key = b.readingKey
        return (key.0, key.1, key.2, index)
    }

    /// The first position in `list` for which `isBelow` is false (it holds for a prefix).
    private static func partition<E>(_ list: [E], _ isBelow: (E) -> Bool) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if isBelow(list[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
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
