/// A compiled regular expression that matches in time linear in the text (a Pike VM over a
/// Thompson NFA): no pattern, however pathological, can backtrack exponentially.
///
/// Syntax: literals, `.`, classes `[a-z]` `[^…]`, `\d \w \s` (and `\D \W \S`), `\b \B`, `^ $`
/// (paragraph start and end), groups `( )` `(?: )`, `|`, and `* + ? {n} {n,} {n,m}` (m ≤ 100;
/// a trailing `?` for laziness is accepted; matches are leftmost-longest either way).
public struct Pattern: Sendable {
    enum Instruction: Sendable {
        case scalar(UInt32)
        case any
        case set(CharacterSet, negated: Bool)
        case split(Int, Int)
        case jump(Int)
        case lineStart, lineEnd, wordBoundary, notWordBoundary
        case match
    }

    struct CharacterSet: Sendable {
        var ranges: [ClosedRange<UInt32>] = []
        var digit = false, word = false, space = false
        var notDigit = false, notWord = false, notSpace = false

        func contains(_ c: UInt32) -> Bool {
            if ranges.contains(where: { $0.contains(c) }) { return true }
            if digit && Pattern.isDigit(c) || word && Pattern.isWord(c) || space && Pattern.isSpace(c) { return true }
            if notDigit && !Pattern.isDigit(c) || notWord && !Pattern.isWord(c) || notSpace && !Pattern.isSpace(c) { return true }
            return false
        }
    }

    public struct SyntaxError: Error, Equatable, Sendable {
        public var message: String
    }

    let program: [Instruction]

    /// - Parameter fold: applied to literal characters, as the searched text was folded.
    public init(_ source: String, fold: @escaping (UInt32) -> UInt32 = { $0 }) throws(SyntaxError) {
        var parser = PatternParser(Array(source.unicodeScalars.map(\.value)), fold: fold)
        let node = try parser.parseAll()
        var program: [Instruction] = []
        node.emit(into: &program)
        program.append(.match)
        guard program.count <= 20_000 else { throw SyntaxError(message: "pattern too large") }
        self.program = program
    }

    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0 }
    static func isWord(_ c: UInt32) -> Bool {
        if c < 0x80 { return isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F }
        return Unicode.Scalar(c).map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
    }
}

/// The syntax tree, only as long as it takes to emit instructions.
indirect enum PatternNode {
    case empty
    case atom(Pattern.Instruction)
    case sequence([PatternNode])
    case choice(PatternNode, PatternNode)
    case repeated(PatternNode, min: Int, max: Int?)

    func emit(into p: inout [Pattern.Instruction]) {
        switch self {
        case .empty:
            break
        case .atom(let instruction):
            p.append(instruction)
        case .sequence(let nodes):
            for node in nodes { node.emit(into: &p) }
        case .choice(let a, let b):
            let split = p.count
            p.append(.split(split + 1, 0))
            a.emit(into: &p)
            let jump = p.count
            p.append(.jump(0))
            p[split] = .split(split + 1, p.count)
            b.emit(into: &p)
            p[jump] = .jump(p.count)
        case .repeated(let node, let min, let max):
            for _ in 0..<min { node.emit(into: &p) }
            if let max {
                // Optional copies: x? x? … each skippable.
                var exits: [Int] = []
                for _ in min..<max {
                    exits.append(p.count)
                    p.append(.split(p.count + 1, 0))
                    node.emit(into: &p)
                }
                for e in exits { p[e] = .split(e + 1, p.count) }
            } else {
                let loop = p.count
                p.append(.split(loop + 1, 0))
                node.emit(into: &p)
                p.append(.jump(loop))
                p[loop] = .split(loop + 1, p.count)
            }
        }
    }
}

struct PatternParser {
    let s: [UInt32]
    var i = 0
    let fold: (UInt32) -> UInt32

    init(_ s: [UInt32], fold: @escaping (UInt32) -> UInt32) {
        self.s = s
        self.fold = fold
    }

    mutating func parseAll() throws(Pattern.SyntaxError) -> PatternNode {
        let node = try alternation()
        if i < s.count { throw Pattern.SyntaxError(message: "unmatched ')' at \(i + 1)") }
        return node
    }

    private mutating func alternation() throws(Pattern.SyntaxError) -> PatternNode {
        var node = try sequence()
        while i < s.count && s[i] == 0x7C {   // |
            i += 1
            node = .choice(node, try sequence())
        }
        return node
    }

    private mutating func sequence() throws(Pattern.SyntaxError) -> PatternNode {
        var nodes: [PatternNode] = []
        while i < s.count && s[i] != 0x7C && s[i] != 0x29 {
            var atom = try self.atom()
            atom = try quantified(atom)
            nodes.append(atom)
        }
        return nodes.count == 1 ? nodes[0] : nodes.isEmpty ? .empty : .sequence(nodes)
    }

    private mutating func quantified(_ atom: PatternNode) throws(Pattern.SyntaxError) -> PatternNode {
        guard i < s.count else { return atom }
        var node = atom
        switch s[i] {
        case 0x2A: i += 1; node = .repeated(atom, min: 0, max: nil)   // *
        case 0x2B: i += 1; node = .repeated(atom, min: 1, max: nil)   // +
        case 0x3F: i += 1; node = .repeated(atom, min: 0, max: 1)     // ?
        case 0x7B:                                                     // {n,m}
            guard let (min, max) = braces() else { return atom }
            guard min <= 100, (max ?? min) <= 100, min <= (max ?? Int.max) else {
                throw Pattern.SyntaxError(message: "repetition counts go up to 100")
            }
            node = .repeated(atom, min: min, max: max)
        default: return atom
        }
        if i < s.count && s[i] == 0x3F { i += 1 }   // lazy marker: same matches here
        if i < s.count, [0x2A, 0x2B].contains(s[i]) { throw Pattern.SyntaxError(message: "nothing to repeat at \(i + 1)") }
        return node
    }

    /// `{n}`, `{n,}`, `{n,m}`; nil (and the brace is a literal) otherwise.
    private mutating func braces() -> (Int, Int?)? {
        var j = i + 1
        func number() -> Int? {
            var n: Int?
            while j < s.count, Pattern.isDigit(s[j]) { n = (n ?? 0) * 10 + Int(s[j] - 0x30); j += 1; if n ?? 0 > 1000 { return 1001 } }
            return n
        }
        guard let min = number() else { return nil }
        var max: Int? = min
        if j < s.count && s[j] == 0x2C { j += 1; max = number() }
        guard j < s.count && s[j] == 0x7D else { return nil }
        i = j + 1
        return (min, max)
    }

    private mutating func atom() throws(Pattern.SyntaxError) -> PatternNode {
        let c = s[i]
        i += 1
        switch c {
        case 0x28:   // (
            if i + 1 < s.count && s[i] == 0x3F && s[i + 1] == 0x3A { i += 2 }   // (?:
            let inner = try alternation()
            guard i < s.count && s[i] == 0x29 else { throw Pattern.SyntaxError(message: "missing ')'") }
            i += 1
            return inner
        case 0x2E: return .atom(.any)
        case 0x5E: return .atom(.lineStart)
        case 0x24: return .atom(.lineEnd)
        case 0x5B: return try characterClass()
        case 0x5C: return try escape(inClass: false).node
        case 0x2A, 0x2B, 0x3F: throw Pattern.SyntaxError(message: "nothing to repeat at \(i)")
        default: return .atom(.scalar(fold(c)))
        }
    }

    private mutating func escape(inClass: Bool) throws(Pattern.SyntaxError) -> (node: PatternNode, set: Pattern.CharacterSet?, scalar: UInt32?) {
        guard i < s.count else { throw Pattern.SyntaxError(message: "pattern ends with '\\'") }
        let c = s[i]
        i += 1
        var set = Pattern.CharacterSet()
        switch c {
        case 0x64: set.digit = true
        case 0x44: set.notDigit = true
        case 0x77: set.word = true
        case 0x57: set.notWord = true
        case 0x73: set.space = true
        case 0x53: set.notSpace = true
        case 0x62 where !inClass: return (.atom(.wordBoundary), nil, nil)
        case 0x42 where !inClass: return (.atom(.notWordBoundary), nil, nil)
        case 0x6E: return (.atom(.scalar(0x20)), nil, 0x20)   // text is folded: line breaks are spaces
        case 0x74: return (.atom(.scalar(0x20)), nil, 0x20)
        default:
            let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
            if letter { throw Pattern.SyntaxError(message: "unknown escape '\\\(Character(Unicode.Scalar(c) ?? "?"))'") }
            return (.atom(.scalar(fold(c))), nil, fold(c))
        }
        return (.atom(.set(set, negated: false)), set, nil)
    }

    private mutating func characterClass() throws(Pattern.SyntaxError) -> PatternNode {
        var set = Pattern.CharacterSet()
        var negated = false
        if i < s.count && s[i] == 0x5E { negated = true; i += 1 }
        var first = true
        while i < s.count && (s[i] != 0x5D || first) {
            first = false
            var low: UInt32
            if s[i] == 0x5C {
                i += 1
                let e = try escape(inClass: true)
                if let inner = e.set {
                    set.digit = set.digit || inner.digit; set.word = set.word || inner.word; set.space = set.space || inner.space
                    set.notDigit = set.notDigit || inner.notDigit; set.notWord = set.notWord || inner.notWord
                    set.notSpace = set.notSpace || inner.notSpace
                    continue
                }
                low = e.scalar ?? 0
            } else {
                low = fold(s[i])
                i += 1
            }
            if i + 1 < s.count && s[i] == 0x2D && s[i + 1] != 0x5D {
                let high = fold(s[i + 1])
                i += 2
                guard low <= high else { throw Pattern.SyntaxError(message: "backwards range in [ ]") }
                set.ranges.append(low...high)
            } else {
                set.ranges.append(low...low)
            }
        }
        guard i < s.count else { throw Pattern.SyntaxError(message: "missing ']'") }
        i += 1
        return .atom(.set(set, negated: negated))
    }
}
