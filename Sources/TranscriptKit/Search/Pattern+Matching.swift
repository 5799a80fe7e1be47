/// Running a `Pattern` over folded UTF-8 text.
extension Pattern {
    /// Leftmost-longest, non-empty matches in `bytes[range]`, as byte ranges, until `budget`
    /// (thread steps) runs out; `budget` is decremented so callers can bound a whole search.
    func matches(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, budget: inout Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound && budget > 0 {
            guard let m = firstMatch(bytes, from: start, in: range, budget: &budget) else { break }
            found.append(m)
            start = m.upperBound
        }
        return found
    }

    private func firstMatch(_ b: UnsafeBufferPointer<UInt8>, from: Int, in range: Range<Int>, budget: inout Int) -> Range<Int>? {
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        var best: Range<Int>?
        var pos = from
        var previous: UInt32 = from > range.lowerBound ? Pattern.scalarBefore(b, from, floor: range.lowerBound) : 0x20
        add(&current, 0, start: pos, at: pos, previous: previous, b, range)
        while true {
            let (c, width) = pos < range.upperBound ? Pattern.scalar(b, pos, range.upperBound) : (0, 0)
            for k in 0..<current.count {
                budget -= 1
                let (pc, start) = current.thread(k)
                if let m = best, start > m.lowerBound { continue }
                switch program[pc] {
                case .match:
                    if pos > start, best == nil || start < best!.lowerBound || (start == best!.lowerBound && pos > best!.upperBound) {
                        best = start..<pos
                    }
                case .scalar(let want):
                    if width > 0 && c == want { add(&next, pc + 1, start: start, at: pos + width, previous: c, b, range) }
                case .any:
                    if width > 0 { add(&next, pc + 1, start: start, at: pos + width, previous: c, b, range) }
                case .set(let set, let negated):
                    if width > 0 && set.contains(c) != negated { add(&next, pc + 1, start: start, at: pos + width, previous: c, b, range) }
                default:
                    break   // epsilon instructions were followed when the thread was added
                }
            }
            if width == 0 || budget <= 0 { break }
            previous = c
            pos += width
            // A new attempt may start here only while nothing has matched yet.
            if best == nil { add(&next, 0, start: pos, at: pos, previous: previous, b, range) }
            if next.count == 0 { break }
            swap(&current, &next)
            next.clear()
        }
        return best
    }

    /// Adds a thread, following jumps, splits and assertions at position `at`.
    private func add(_ list: inout ThreadList, _ pc: Int, start: Int, at: Int, previous: UInt32,
                     _ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !list.contains(pc) else { return }
        list.insert(pc, start: start)
        switch program[pc] {
        case .jump(let target):
            add(&list, target, start: start, at: at, previous: previous, b, range)
        case .split(let a, let c):
            add(&list, a, start: start, at: at, previous: previous, b, range)
            add(&list, c, start: start, at: at, previous: previous, b, range)
        case .lineStart:
            if at == range.lowerBound { add(&list, pc + 1, start: start, at: at, previous: previous, b, range) }
        case .lineEnd:
            if at == range.upperBound { add(&list, pc + 1, start: start, at: at, previous: previous, b, range) }
        case .wordBoundary, .notWordBoundary:
            let before = at > range.lowerBound && Pattern.isWord(previous)
            let after = at < range.upperBound && Pattern.isWord(Pattern.scalar(b, at, range.upperBound).0)
            let boundary = before != after
            if case .wordBoundary = program[pc], boundary { add(&list, pc + 1, start: start, at: at, previous: previous, b, range) }
            if case .notWordBoundary = program[pc], !boundary { add(&list, pc + 1, start: start, at: at, previous: previous, b, range) }
        default:
            break
        }
    }

    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return (c0, 1) }
        if c0 < 0xE0, i + 1 < end { return ((c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c0 < 0xF0, i + 2 < end { return ((c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        if i + 3 < end {
            return ((c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    static func scalarBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, floor: Int) -> UInt32 {
        var j = i - 1
        while j > floor && b[j] & 0xC0 == 0x80 { j -= 1 }
        return scalar(b, j, i).0
    }
}

/// A sparse set of program counters with each thread's start, in insertion (priority) order.
struct ThreadList {
    private var dense: [(pc: Int, start: Int)]
    private var sparse: [Int]
    private(set) var count = 0

    init(capacity: Int) {
        dense = Array(repeating: (0, 0), count: capacity)
        sparse = Array(repeating: 0, count: capacity)
    }

    func contains(_ pc: Int) -> Bool {
        let k = sparse[pc]
        return k < count && dense[k].pc == pc
    }

    mutating func insert(_ pc: Int, start: Int) {
        sparse[pc] = count
        dense[count] = (pc, start)
        count += 1
    }

    func thread(_ k: Int) -> (Int, Int) { dense[k] }
    mutating func clear() { count = 0 }
}
