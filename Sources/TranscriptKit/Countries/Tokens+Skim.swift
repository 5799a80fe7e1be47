/// Passing over a text at byte speed to the words a name could start with: only those are looked
/// up, and only around them is the text tokenized (most words of any text are lower-case).
extension Tokens {
    /// A word found by `skim`: where it is, and its shape.
    struct Word {
        var start: Int, end: Int, scalarStart: Int, scalarEnd: Int
        var isCapitalised: Bool, isAllCaps: Bool
        /// `hash(from: start, to: end, exact: false)`, taken while reading an ASCII word; nil otherwise.
        var foldedHash: UInt64?
    }

    /// The next word from `position` that is capitalised (any word when `caseless`), or nil at the
    /// text's end; `position` moves past it. Words passed over set `previousIsAllCaps`: the
    /// shouting rule looks at the word before a name.
    @inline(__always)
    func skim(from position: inout Position, caseless: Bool, previousIsAllCaps: inout Bool) -> Word? {
        bytes.withUnsafeBufferPointer { p in
            kinds.withUnsafeBufferPointer { ascii in
                Tokens.skim(p, ascii, from: &position, caseless: caseless, previousIsAllCaps: &previousIsAllCaps)
            }
        }
    }

    @inline(__always)
    private static func skim(_ p: UnsafeBufferPointer<UInt8>, _ ascii: UnsafeBufferPointer<UInt8>, from position: inout Position,
                             caseless: Bool, previousIsAllCaps: inout Bool) -> Word? {
        var i = position.byte, scalar = position.scalar
        defer { position = Position(byte: i, scalar: scalar) }
        let n = p.count
        // Set inside a lower-case word (its ASCII letters stopped at a non-ASCII byte, or eight
        // bytes ended in it): what follows, if a letter, is more of that word, not capitalised.
        var continuing = false
        while i < n {
            // Eight bytes at a time through lower-case letters and spaces (words that are neither
            // candidates nor in capitals), stopping at the first other byte. A last letter leaves
            // a word unfinished.
            if !caseless, let base = p.baseAddress {
                while i &+ 8 <= n {
                    let (letters, stops) = lowerCaseAndStops(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    let skipped = stops == 0 ? 8 : stops.trailingZeroBitCount &>> 3
                    if skipped == 0 { break }
                    let passed = letters & (skipped == 8 ? ~0 : (1 &<< (skipped &* 8)) &- 1)
                    if passed != 0 { previousIsAllCaps = false }
                    continuing = passed &>> (skipped &* 8 &- 1) != 0
                    i &+= skipped
                    scalar &+= skipped
                    if skipped < 8 { break }
                }
                if i == n { break }
            }
            let b = p[i]
            if b < 0x80 {
                let kind = ascii[Int(b)]
                if kind == spaceKind || kind > digitKind { i &+= 1; scalar &+= 1; continuing = false; continue }
                if (kind == lowerKind || continuing) && !caseless {
                    var j = i &+ 1
                    while j < n {
                        let c = p[j]
                        if c >= 0x80 { break }
                        let k = ascii[Int(c)]
                        if k == spaceKind || k > digitKind { break }
                        j &+= 1
                    }
                    scalar &+= j &- i
                    i = j
                    previousIsAllCaps = false
                    continuing = j < n && p[j] >= 0x80
                    continue
                }
            }
            // A word that starts with a capital, a digit or a non-ASCII letter (any word when
            // caseless), or a mark outside ASCII: read whole, as `scan` reads it. Most are ASCII
            // throughout and are read eight bytes at a time.
            let start = i, scalarStart = scalar
            // (An ASCII byte here starts a word: the rest of a word is read above.)
            if b < 0x80, let ascii = asciiWord(p, from: i) {
                let word = Word(start: start, end: ascii.end, scalarStart: scalarStart, scalarEnd: scalar &+ (ascii.end &- start),
                                isCapitalised: ascii.startsWithCapital, isAllCaps: ascii.letters >= 2 && !ascii.lower,
                                foldedHash: ascii.hash)
                i = ascii.end
                scalar = word.scalarEnd
                if word.isCapitalised || caseless { return word }
                previousIsAllCaps = word.isAllCaps
                continue
            }
            var capitalised = false, lower = continuing, letters = 0
            var hash = hashStart, isASCII = true
            while i < n {
                let c = p[i]
                let isLetter: Bool, isUpper: Bool, length: Int, value: UInt32
                if c < 0x80 {
                    let kind = ascii[Int(c)]
                    (isLetter, isUpper, length, value) = (kind >= lowerKind && kind <= digitKind, kind == upperKind, 1, UInt32(c))
                } else {
                    isASCII = false
                    (value, length) = decode(p, i)
                    (isLetter, isUpper) = classify(value)
                }
                guard isLetter else { break }
                if c < 0x80 { hash = Tokens.hash(hash, isUpper ? c | 0x20 : c) }
                if i == start { capitalised = isUpper && !continuing }
                if value > 0x39 { letters &+= 1; if !isUpper { lower = true } }
                i &+= length
                scalar &+= 1
            }
            continuing = false
            if i == start {
                i &+= p[i] < 0x80 ? 1 : decode(p, i).1
                scalar &+= 1
                continue
            }
            let word = Word(start: start, end: i, scalarStart: scalarStart, scalarEnd: scalar, isCapitalised: capitalised,
                            isAllCaps: letters >= 2 && !lower, foldedHash: isASCII ? hash : nil)
            if capitalised || caseless { return word }
            previousIsAllCaps = word.isAllCaps
        }
        return nil
    }

    /// The word of ASCII letters and digits from `start` (a letter or digit), read eight bytes
    /// at a time: where it ends, its letters, whether any is lower-case, and its folded hash. Nil
    /// when it goes on in non-ASCII letters, or reaches the text's last eight bytes (read byte
    /// by byte then).
    @inline(__always)
    private static func asciiWord(_ p: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (end: Int, startsWithCapital: Bool, letters: Int, lower: Bool, hash: UInt64)? {
        guard let base = p.baseAddress else { return nil }
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = start, letters = 0, lower = false, hash = hashStart
        while i &+ 8 <= p.count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let (lowers, uppers, digits) = lettersAndDigits(x)
            let ends = high & ~(lowers | uppers | digits)
            let length = ends == 0 ? 8 : ends.trailingZeroBitCount &>> 3
            let within: UInt64 = length == 8 ? ~0 : (1 &<< (UInt64(length) &* 8)) &- 1
            letters &+= ((lowers | uppers) & within).nonzeroBitCount
            if lowers & within != 0 { lower = true }
            // Capitals folded: their high-bit flag moved down to 0x20.
            var folded = x | ((uppers & within) &>> 2)
            for _ in 0..<length {
                hash = Tokens.hash(hash, UInt8(truncatingIfNeeded: folded))
                folded &>>= 8
            }
            i &+= length
            guard length == 8 else {
                // Ended by an ASCII byte, or by a non-ASCII one that is no letter (`Libya’s`).
                if p[i] >= 0x80 && classify(decode(p, i).0).isLetter { return nil }
                return (i, (0x41...0x5A).contains(p[start]), letters, lower, hash)
            }
        }
        return nil
    }

    /// Of eight bytes, the high bit of each that is `a`–`z`, `A`–`Z` or `0`–`9`.
    @inline(__always)
    static func lettersAndDigits(_ x: UInt64) -> (lower: UInt64, upper: UInt64, digits: UInt64) {
        (inRange(x, 0x61, 0x7A), inRange(x, 0x41, 0x5A), inRange(x, 0x30, 0x39))
    }

    /// Of eight bytes (the first in the lowest bits), the high bit of each that is `a`–`z`
    /// (`letters`) and of each that is neither that nor a space (`stops`), found on all at once.
    @inline(__always)
    static func lowerCaseAndStops(_ x: UInt64) -> (letters: UInt64, stops: UInt64) {
        let letters = inRange(x, 0x61, 0x7A), spaces = inRange(x, 0x20, 0x20)
        return (letters, 0x8080_8080_8080_8080 & ~(letters | spaces))
    }

    /// The high bit of each of eight bytes that lies from `first` to `last` (ASCII bounds).
    @inline(__always)
    private static func inRange(_ x: UInt64, _ first: UInt64, _ last: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        // On the low seven bits no byte carries into the next: each high bit answers for its
        // own byte. Bytes from 0x80 up are in no ASCII range.
        let low = x & ~high
        return (low &+ ones &* (0x80 &- first)) & ~(low &+ ones &* (0x80 &- last &- 1)) & ~x & high
    }
}

extension Tokens.Token {
    init(_ word: Tokens.Word) {
        self.init(start: word.start, end: word.end, scalarStart: word.scalarStart, scalarEnd: word.scalarEnd,
                  isCapitalised: word.isCapitalised, isAllCaps: word.isAllCaps)
    }
}
