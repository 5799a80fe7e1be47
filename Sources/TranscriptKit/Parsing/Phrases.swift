/// A list of lower-case ASCII phrases looked for at word starts in some bytes, ASCII case ignored:
/// the one shape behind small talk, greetings, hand-offs, wind-ups, show openings, sign-offs.
struct Phrases: Sendable {
    /// The phrases grouped by first byte, so that one pass over the text looks for all of them
    /// (a pass per phrase was a tenth of a parse's instructions, in exchange titles).
    private let bytes: [[UInt8]]
    /// For each byte with its 0x20 bit set (ASCII lower case), where its phrases begin in
    /// `bytes`; they end where the next byte's begin.
    private let firstByteStarts: [Int]
    private let hasEmpty: Bool

    /// With `curlyApostrophes`, a phrase with `'` also matches text typeset with `’`.
    init(_ phrases: [String], curlyApostrophes: Bool = false) {
        // On bytes: these tables are made before the first screen, where Foundation's string
        // replacement cost more than the rest of the parse of a short interview's setting up.
        let all = phrases.flatMap { phrase -> [[UInt8]] in
            let plain = Array(phrase.utf8)
            guard curlyApostrophes, plain.contains(UInt8(ascii: "'")) else { return [plain] }
            var curly: [UInt8] = []   // a byte at a time: an array made for every byte was most of this
            curly.reserveCapacity(plain.count + 4)
            for byte in plain {
                if byte == UInt8(ascii: "'") { curly.append(0xE2); curly.append(0x80); curly.append(0x99) } else { curly.append(byte) }
            }
            return [plain, curly]
        }
        hasEmpty = all.contains { $0.isEmpty }
        bytes = all.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var starts = [Int](repeating: 0, count: 257)
        for phrase in bytes { starts[Int(phrase[0]) + 1] += 1 }
        for byte in 0..<256 { starts[byte + 1] += starts[byte] }
        firstByteStarts = starts
    }

    func occur(in text: UnsafeBufferPointer<UInt8>, startingBefore limit: Int = .max) -> Bool {
        if hasEmpty { return true }
        let n = min(text.count, limit)
        var i = 0
        while i < n {
            if i > 0 && Bytes.isASCIIAlphanumeric(text[i - 1]) {   // only at the start of a word
                i += 1
                continue
            }
            let first = Int(text[i] | 0x20)
            var candidate = firstByteStarts[first]
            let last = firstByteStarts[first + 1]
            while candidate < last {
                if Self.matches(text, at: i, bytes[candidate]) { return true }
                candidate += 1
            }
            i += 1
        }
        return false
    }

    /// Whether a phrase starts within the first `limit` bytes.
    func occur(in text: ArraySlice<UInt8>, startingBefore limit: Int) -> Bool {
        text.withUnsafeBufferPointer { occur(in: $0, startingBefore: limit) }
    }

    func occur(in text: [UInt8]) -> Bool { text.withUnsafeBufferPointer { occur(in: $0) } }
    func occur(in text: ArraySlice<UInt8>) -> Bool { text.withUnsafeBufferPointer { occur(in: $0) } }

    /// Whether `phrase` is at `i`, its first byte already matched, comparing ASCII letters without case.
    @inline(__always)
    private static func matches(_ text: UnsafeBufferPointer<UInt8>, at i: Int, _ phrase: [UInt8]) -> Bool {
        guard i + phrase.count <= text.count else { return false }
        var k = 1
        while k < phrase.count {
            let c = text[i + k]
            if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != phrase[k] { return false }
            k += 1
        }
        return true
    }
}
