/// Words and the punctuation names contain, found on UTF-8 bytes with scalar offsets.
///
/// `read` tokenizes a whole text (people, gazetteer entries). The country matcher instead
/// `load`s a paragraph, `skim`s it to the words a name can start with, and reads tokens only
/// from there, as far as it needs (`window`, `ensure`). Nothing is allocated per word.
struct Tokens {
    /// 20 bytes: a paragraph's tokens are written and read once each, so their size is the cost.
    struct Token {
        private var offsets: (start: Int32, end: Int32, scalarStart: Int32, scalarEnd: Int32)
        /// For punctuation, the mark (`-`, `'`, `.`, `,`, or `|` for anything that breaks a name).
        var mark: UInt8 = 0
        var isCapitalised = false
        var isAllCaps = false
        var isWord: Bool { mark == 0 }
        var start: Int { Int(offsets.start) }               // bytes
        var end: Int { Int(offsets.end) }
        var scalarStart: Int { Int(offsets.scalarStart) }   // scalars, for mention ranges
        var scalarEnd: Int { Int(offsets.scalarEnd) }

        init(start: Int, end: Int, scalarStart: Int, scalarEnd: Int, mark: UInt8 = 0,
             isCapitalised: Bool = false, isAllCaps: Bool = false) {
            offsets = (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end),
                       Int32(truncatingIfNeeded: scalarStart), Int32(truncatingIfNeeded: scalarEnd))
            self.mark = mark
            self.isCapitalised = isCapitalised
            self.isAllCaps = isAllCaps
        }
    }

    private(set) var bytes: [UInt8] = []
    /// `asciiKinds`, held: reading a static costs a call (its once-only initialisation check)
    /// where the skim runs once per capitalised word.
    let kinds = Tokens.asciiKinds
    private(set) var list: [Token] = []
    /// Where tokenizing stopped: `list` is read on demand by `ensure`.
    private var cursor = Position()

    /// A place in the text, in bytes and in scalars.
    struct Position { var byte = 0, scalar = 0 }

    init(_ text: String) { read(text) }

    /// Empty, to be filled by `read` again and again without allocating each time.
    init() {}

    /// Tokens of `text`, replacing the previous ones and keeping their storage.
    mutating func read(_ text: String) {
        load(text)
        ensure(Int.max)
    }

    /// Takes `text` without tokenizing it: `skim` passes over it, and `window` and `ensure`
    /// tokenize only where a name could start.
    mutating func load(_ text: String) {
        bytes.removeAll(keepingCapacity: true)
        // A native string's bytes are contiguous: one copy, where the UTF-8 view's generic
        // sequence copy went byte by byte.
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        list.removeAll(keepingCapacity: true)
        cursor = Position()
    }

    /// Forgets the tokens read so far: `word`, found by `skim`, is the first; the next ones are
    /// read after it when asked for.
    mutating func window(at word: Word) {
        let first = Token(word)
        // Popped one by one: a range removal goes through the general `replaceSubrange`.
        while list.count > 1 { list.removeLast() }
        if list.isEmpty { list.append(first) } else { list[0] = first }
        cursor = Position(byte: word.end, scalar: word.scalarEnd)
    }

    /// Whether the token after byte `end` could be a comma: not when the next byte that makes a
    /// token is ASCII and another one, which is most often so (`City, Country` is rare), and
    /// is found without tokenizing.
    func mayBeComma(after end: Int) -> Bool {
        var i = end
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x80 { return true }
            if kinds[Int(b)] != Tokens.spaceKind { return b == UInt8(ascii: ",") }
            i += 1
        }
        return false
    }

    /// Reads tokens until there are `count` of them or the text ends; whether there are `count`.
    @discardableResult
    mutating func ensure(_ count: Int) -> Bool {
        if list.count < count && cursor.byte < bytes.count {
            // The scan works on raw buffers and a local list: no bounds or uniqueness checks per byte.
            var tokens: [Token] = []
            swap(&tokens, &list)
            var at = cursor
            bytes.withUnsafeBufferPointer { buffer in
                kinds.withUnsafeBufferPointer { ascii in at = Tokens.scan(buffer, ascii, from: at, limit: count, into: &tokens) }
            }
            cursor = at
            swap(&tokens, &list)
        }
        return list.count >= count
    }

    /// Tokens from `start` until `limit` of them are in `list` (stopping only between words) or
    /// the text ends; where it stopped.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ ascii: UnsafeBufferPointer<UInt8>, from start: Position,
                             limit: Int, into list: inout [Token]) -> Position {
        var i = start.byte, scalar = start.scalar
        let n = bytes.count
        var wordStart = -1, wordScalarStart = 0
        var capitalised = false, lower = false, letters = 0
        func endWord(_ at: Int, _ atScalar: Int) {
            guard wordStart >= 0 else { return }
            list.append(Token(start: wordStart, end: at, scalarStart: wordScalarStart, scalarEnd: atScalar,
                              isCapitalised: capitalised, isAllCaps: letters >= 2 && !lower))
            wordStart = -1
        }
        while i < n {
            if wordStart < 0 && list.count >= limit { return Position(byte: i, scalar: scalar) }
            let b = bytes[i]
            if b < 0x80 {
                // ASCII, most of any English text: a table look-up per byte, and a word's
                // remaining letters taken in one inner loop.
                let kind = ascii[Int(b)]
                if kind >= Tokens.lowerKind && kind <= Tokens.digitKind {
                    if wordStart < 0 {
                        wordStart = i; wordScalarStart = scalar
                        capitalised = kind == Tokens.upperKind; lower = false; letters = 0
                    }
                    // One OR and one add per letter: which kinds were seen, and how many letters.
                    var j = i, seen: UInt8 = 0, count = 0
                    while j < n {
                        let c = bytes[j]
                        if c >= 0x80 { break }
                        let k = ascii[Int(c)]
                        if k == Tokens.spaceKind || k > Tokens.digitKind { break }
                        seen |= 1 << k
                        count &+= k == Tokens.digitKind ? 0 : 1
                        j &+= 1
                    }
                    letters &+= count
                    if seen & (1 << Tokens.lowerKind) != 0 { lower = true }
                    scalar += j - i
                    i = j
                    continue
                }
                endWord(i, scalar)
                if kind != Tokens.spaceKind {
                    list.append(Token(start: i, end: i + 1, scalarStart: scalar, scalarEnd: scalar + 1, mark: kind))
                }
                i += 1
                scalar += 1
                continue
            }
            var length = 1
            var value = UInt32(b)
            if b >= 0x80 {
                (value, length) = Tokens.decode(bytes, i)
            }
            let (isLetter, isUpper) = Tokens.classify(value)
            if isLetter {
                if wordStart < 0 {
                    wordStart = i; wordScalarStart = scalar
                    capitalised = isUpper; lower = false; letters = 0
                }
                if value > 0x39 { letters += 1; if !isUpper { lower = true } }
            } else {
                endWord(i, scalar)
                let mark: UInt8?
                switch value {
                case 0x2D, 0x2010, 0x2011: mark = UInt8(ascii: "-")
                case 0x27, 0x2019, 0x2018: mark = UInt8(ascii: "'")
                case 0x2E: mark = UInt8(ascii: ".")
                case 0x2C: mark = UInt8(ascii: ",")
                case 0x5B, 0x5D, 0x20, 0x09, 0x0A, 0x0D, 0xA0: mark = nil   // [editorial] insertions read through
                default: mark = UInt8(ascii: "|")
                }
                if let mark {
                    list.append(Token(start: i, end: i + length, scalarStart: scalar, scalarEnd: scalar + 1, mark: mark))
                }
            }
            i += length
            scalar += 1
        }
        endWord(n, scalar)
        return Position(byte: n, scalar: scalar)
    }

    /// Whether a scalar is part of a word (letters, digits, combining marks), and a capital.
    static func classify(_ value: UInt32) -> (isLetter: Bool, isUpper: Bool) {
        if value < 0x80 {
            let isUpper = value >= 0x41 && value <= 0x5A
            return (isUpper || (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39), isUpper)
        }
        // General Punctuation (curly quotes, dashes, ellipses) holds no letter: answered here,
        // as it is in every line of most transcripts, without the Unicode tables.
        if value >= 0x2000 && value <= 0x206F { return (false, false) }
        return classifyByProperties(value)
    }

    static func classifyByProperties(_ value: UInt32) -> (isLetter: Bool, isUpper: Bool) {
        guard let s = Unicode.Scalar(value) else { return (false, false) }
        let p = s.properties
        return (p.isAlphabetic || Folding.isCombiningMark(value), p.isUppercase)
    }

    /// What each ASCII byte is to the tokenizer: a separator that makes no token (blanks, and
    /// the brackets of `[editorial]` insertions, which read through), a lower-case or capital
    /// letter, a digit, or the mark of a punctuation token (`|` for anything that breaks a name).
    static let spaceKind: UInt8 = 0, lowerKind: UInt8 = 1, upperKind: UInt8 = 2, digitKind: UInt8 = 3
    static let asciiKinds: [UInt8] = (0..<128).map { (v: Int) -> UInt8 in
        switch UInt8(v) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return lowerKind
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return upperKind
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digitKind
        case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: ","): return UInt8(v)
        case 0x5B, 0x5D, 0x20, 0x09, 0x0A, 0x0D: return spaceKind
        default: return UInt8(ascii: "|")
        }
    }

    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c0 = UInt32(b[i]), n = b.count
        if c0 < 0xE0, i + 1 < n { return ((c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c0 < 0xF0, i + 2 < n { return ((c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        if i + 3 < n { return ((c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4) }
        return (0xFFFD, 1)
    }

    static func decode(_ b: [UInt8], _ i: Int) -> (UInt32, Int) {
        b.withUnsafeBufferPointer { decode($0, i) }
    }

    /// The token folded as names are compared: case and accents gone (acronyms: as written).
    func folded(_ t: Token, exact: Bool) -> [UInt8] {
        if t.mark != 0 { return [t.mark] }
        var out: [UInt8] = []
        out.reserveCapacity(t.end - t.start)
        var i = t.start
        while i < t.end {
            let b = bytes[i]
            if b < 0x80 {
                out.append(Tokens.fold(b, exact: exact))
                i += 1
                continue
            }
            let (value, length) = Tokens.decode(bytes, i)
            i += length
            if exact {
                out.append(contentsOf: bytes[(i - length)..<i])
            } else if let f = Folding.fold(value, ignoringCase: true) {
                Folding.appendUTF8(f, to: &out)
            }
        }
        return out
    }

    /// FNV-1a of the folded token, computed without building it.
    func hash(_ t: Token, exact: Bool) -> UInt64 {
        if t.mark != 0 { return Tokens.hash(Tokens.hashStart, t.mark) }
        return hash(from: t.start, to: t.end, exact: exact)
    }

    /// FNV-1a of the folded word between two byte offsets.
    func hash(from start: Int, to end: Int, exact: Bool) -> UInt64 {
        var h = Tokens.hashStart
        func mix(_ byte: UInt8) { h = Tokens.hash(h, byte) }
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                mix(Tokens.fold(b, exact: exact))
                i += 1
                continue
            }
            let (value, length) = Tokens.decode(bytes, i)
            if exact {
                for k in i..<(i + length) { mix(bytes[k]) }
            } else if let f = Folding.fold(value, ignoringCase: true) {
                var buffer: [UInt8] = []
                Folding.appendUTF8(f, to: &buffer)
                buffer.forEach(mix)
            }
            i += length
        }
        return h
    }

    /// Whether the token, folded, equals `spellings[range]`, compared as it is folded: no allocation.
    func equals(_ t: Token, _ spellings: [UInt8], _ range: Range<Int>, exact: Bool) -> Bool {
        if t.mark != 0 { return range.count == 1 && spellings[range.lowerBound] == t.mark }
        // An ASCII word folds to as many bytes: compared on raw buffers (the matcher compares a
        // word for every name in a text), or found not to be ASCII and compared below.
        if t.end - t.start == range.count, let same = Tokens.equalsASCII(bytes, t.start, spellings, range, exact: exact) {
            return same
        }
        var k = range.lowerBound
        var i = t.start
        while i < t.end {
            let b = bytes[i]
            if b < 0x80 {
                let c = Tokens.fold(b, exact: exact)
                guard k < range.upperBound, spellings[k] == c else { return false }
                k += 1
                i += 1
                continue
            }
            let (value, length) = Tokens.decode(bytes, i)
            var piece: [UInt8] = []
            if exact { piece = Array(bytes[i..<(i + length)]) } else if let f = Folding.fold(value, ignoringCase: true) { Folding.appendUTF8(f, to: &piece) }
            for p in piece {
                guard k < range.upperBound, spellings[k] == p else { return false }
                k += 1
            }
            i += length
        }
        return k == range.upperBound
    }

    /// Whether `bytes` from `start` equal `spellings[range]` once folded; nil if they are not all ASCII.
    private static func equalsASCII(_ bytes: [UInt8], _ start: Int, _ spellings: [UInt8], _ range: Range<Int>, exact: Bool) -> Bool? {
        let count = range.count
        guard start >= 0, start + count <= bytes.count, range.lowerBound >= 0, range.upperBound <= spellings.count else { return nil }
        return bytes.withUnsafeBufferPointer { text in
            spellings.withUnsafeBufferPointer { expected -> Bool? in
                // A word of up to eight bytes, most names, in one comparison when eight bytes
                // can be read from both places (the gazetteer's spellings end with eight zeros).
                if count <= 8, start + 8 <= text.count, range.lowerBound + 8 <= expected.count,
                   let t = text.baseAddress, let e = expected.baseAddress {
                    let x = UnsafeRawPointer(t + start).loadUnaligned(as: UInt64.self)
                    let y = UnsafeRawPointer(e + range.lowerBound).loadUnaligned(as: UInt64.self)
                    let within: UInt64 = count == 8 ? ~0 : (1 &<< (UInt64(count) &* 8)) &- 1
                    if x & within & 0x8080_8080_8080_8080 != 0 { return nil }
                    let folded = exact ? x : x | (lettersAndDigits(x).upper &>> 2)
                    return (folded ^ y) & within == 0
                }
                var same = true
                for k in 0..<count {
                    let b = text[start &+ k]
                    if b >= 0x80 { return nil }
                    same = same && Tokens.fold(b, exact: exact) == expected[range.lowerBound &+ k]
                }
                return same
            }
        }
    }

    /// An ASCII byte as names are compared: capitals in lower case (acronyms, `exact`, as written).
    @inline(__always)
    static func fold(_ b: UInt8, exact: Bool) -> UInt8 { exact || b < 0x41 || b > 0x5A ? b : b | 0x20 }

    static func hash(_ folded: [UInt8]) -> UInt64 { folded.reduce(hashStart, hash) }

    /// FNV-1a, the one hash of folded words (the gazetteer's keys, `hash(from:to:)`, `skim`):
    /// its starting value, and one byte mixed in.
    static var hashStart: UInt64 { 0xcbf2_9ce4_8422_2325 }   // computed: no lazy global in the hot loop
    @inline(__always)
    static func hash(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
}
