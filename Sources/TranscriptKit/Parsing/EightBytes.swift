/// Eight bytes at a time in one 64-bit word, for the scans that look at every byte of the text
/// (folding lines, surveying paragraphs, measuring line lengths): most words of prose hold
/// nothing the scan cares about and are passed over with a dozen instructions instead of eight
/// rounds of a byte loop.
///
/// Each test gives a mask with the high bit of each byte set where that byte passes, exactly:
/// the arithmetic is arranged so that no carry or borrow crosses from one byte to the next.
enum EightBytes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes from `i` on, the byte at `i` in the lowest eight bits.
    @inline(__always)
    static func load(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self))
    }

    /// Bytes equal to `value`.
    @inline(__always)
    static func equal(_ x: UInt64, _ value: UInt8) -> UInt64 {
        let y = x ^ (UInt64(value) &* ones)
        // A byte's low seven bits plus 0x7F reach the high bit unless they are all zero.
        return ~(((y & lowBits) &+ lowBits) | y) & highBits
    }

    /// Bytes below `value` (at most 0x80).
    @inline(__always)
    static func below(_ x: UInt64, _ value: UInt8) -> UInt64 {
        ~(((x & lowBits) &+ (UInt64(0x80 - value) &* ones)) | x) & highBits
    }

    /// Bytes of 0x80 and above: the bytes of every non-ASCII character.
    @inline(__always)
    static func nonASCII(_ x: UInt64) -> UInt64 { x & highBits }

    /// UTF-8 continuation bytes (10xxxxxx), which do not start a character.
    @inline(__always)
    static func continuation(_ x: UInt64) -> UInt64 { x & ~(x << 1) & highBits }

    /// How many bytes are set in `mask`: each set byte's high bit moved to its lowest, then
    /// all eight summed into the top byte by one multiplication (a count of at most eight
    /// carries nowhere). Cheaper than a population count on a CPU without its instruction.
    @inline(__always)
    static func count(_ mask: UInt64) -> Int { Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56) }

    /// Whether the byte `k` places into the word (0 the first) is set in `mask`.
    @inline(__always)
    static func has(_ mask: UInt64, at k: Int) -> Bool { mask & (0x80 << UInt64(8 * k)) != 0 }
}
