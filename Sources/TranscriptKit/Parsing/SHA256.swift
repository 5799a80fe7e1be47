import CSHA256
import Dispatch

/// SHA-256 (FIPS 180-4), for naming documents by content. Foundation on Linux has no digest API.
/// The processor's SHA instructions do the rounds where it has them (`CSHA256`, some twenty times
/// faster); the Swift rounds below do them elsewhere.
public enum SHA256 {
    /// `hex(of:)`, worked out on another thread while the caller goes on (parsing the same
    /// bytes): on a megabyte the Swift rounds cost as much as half the parse, and the reader's
    /// first screen waits for both. Small inputs, and any input where the processor hashes in
    /// hardware (a megabyte in well under a millisecond, less than waiting for a second thread
    /// to be scheduled on a busy machine), are hashed at once; the answer waits if need be.
    public static func hexBeside(of bytes: [UInt8]) -> @Sendable () -> String {
        guard bytes.count >= 1 << 15, colloquy_sha256_available() == 0 else {
            let hex = hex(of: bytes)
            return { hex }
        }
        let result = Result()
        let done = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: done) { result.hex = hex(of: bytes) }
        return {
            done.wait()
            return result.hex
        }
    }

    /// Written once by the hashing thread, read after the group's wait.
    private final class Result: @unchecked Sendable { var hex = "" }

    public static func hex(of bytes: [UInt8]) -> String {
        // Built on bytes: `joined()` over strings made the Swift runtime look up protocol
        // conformances by searching the whole binary, a quarter of a million instructions
        // before the first screen.
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// - Parameter portable: compress in Swift even where the processor has SHA instructions
    ///   (for the tests, which hold both ways to the same answers).
    public static func digest(_ bytes: [UInt8], portable: Bool = false) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var w = [UInt32](repeating: 0, count: 64)
        let bitLength = UInt64(bytes.count) * 8
        var tail = Array(bytes[(bytes.count - bytes.count % 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        let wholeBlocks = bytes.count / 64
        // Unchecked buffers: bounds checks on the schedule were a third of the hash's instructions.
        h.withUnsafeMutableBufferPointer { h in
            w.withUnsafeMutableBufferPointer { w in
                k.withUnsafeBufferPointer { k in
                    bytes.withUnsafeBufferPointer { body in
                        if wholeBlocks > 0, !portable, colloquy_sha256_blocks(h.baseAddress, body.baseAddress, wholeBlocks) == 1 { return }
                        for block in 0..<wholeBlocks { compress(body, block * 64, h, w, k) }
                    }
                    tail.withUnsafeBufferPointer { rest in
                        if !portable, colloquy_sha256_blocks(h.baseAddress, rest.baseAddress, rest.count / 64) == 1 { return }
                        for start in stride(from: 0, to: rest.count, by: 64) { compress(rest, start, h, w, k) }
                    }
                }
            }
        }
        return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }

    @inline(__always)
    private static func compress(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ h: UnsafeMutableBufferPointer<UInt32>,
                                 _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>) {
        for t in 0..<16 {
            let i = start + t * 4
            w[t] = UInt32(p[i]) << 24 | UInt32(p[i + 1]) << 16 | UInt32(p[i + 2]) << 8 | UInt32(p[i + 3])
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<64 {
            let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
