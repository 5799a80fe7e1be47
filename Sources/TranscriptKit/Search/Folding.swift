import Foundation

/// How search sees text: accents gone, typographic quotes and dashes plain, and — unless the
/// query has a capital letter — case gone, so `bregancon` finds `Brégançon`.
public enum Folding {
    /// Folds one scalar; nil drops it (combining marks, zero-width characters).
    @inline(__always)
    static func fold(_ v: UInt32, ignoringCase: Bool) -> UInt32? {
        if v < 0x80 {
            if ignoringCase && v >= 0x41 && v <= 0x5A { return v | 0x20 }
            return v
        }
        switch v {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4, 0x02BC: return 0x27   // ’ → '
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return 0x22            // ” → "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return 0x2D            // — → -
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0x00AD: return nil
        default: break
        }
        if isCombiningMark(v) { return nil }
        let base = v < UInt32(baseTable.count) ? baseTable[Int(v)] : v
        guard ignoringCase else { return base }
        if base < UInt32(lowerTable.count) { return lowerTable[Int(base)] }
        return Unicode.Scalar(base).map { lower($0) } ?? base
    }

    @inline(__always)
    static func isCombiningMark(_ v: UInt32) -> Bool {
        (v >= 0x300 && v <= 0x36F) || (v >= 0x1AB0 && v <= 0x1AFF) || (v >= 0x1DC0 && v <= 0x1DFF)
            || (v >= 0x20D0 && v <= 0x20FF) || (v >= 0xFE20 && v <= 0xFE2F)
    }

    private static func lower(_ s: Unicode.Scalar) -> UInt32 {
        let mapping = s.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first?.value ?? s.value : s.value
    }

    /// Letter without its accents, for the alphabetic blocks below U+2000 (Latin, Greek,
    /// Cyrillic…), from Unicode's canonical decompositions (tabulated by
    /// Scripts/make-folding-table: deriving them at run time cost 15 ms per process).
    static let baseTable: [UInt32] = {
        var table = (0..<UInt32(0x2000)).map { $0 }
        for (scalar, base) in decomposableBases { table[Int(scalar)] = base }
        return table
    }()

    /// The base a scalar decomposes to, worked out from Foundation: what the table must say.
    static func derivedBase(_ v: UInt32) -> UInt32 {
        guard v >= 0xC0, let scalar = Unicode.Scalar(v) else { return v }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = decomposed.first, decomposed.dropFirst().allSatisfy({ isCombiningMark($0.value) }) else { return v }
        return first.value
    }

    private static let lowerTable: [UInt32] = (0..<0x2000).map { (v: UInt32) -> UInt32 in
        Unicode.Scalar(v).map { lower($0) } ?? v
    }

    /// Folds text to UTF-8, whitespace runs made single spaces.
    public static func fold(_ text: String, ignoringCase: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, ignoringCase: ignoringCase, to: &out)
        return out
    }

    static func append(_ text: String, ignoringCase: Bool, to out: inout [UInt8]) {
        // Block text is already whitespace-folded; plain ASCII (the common case) only needs
        // its letters lower-cased, a byte at a time.
        var text = text
        let done: Bool? = text.withUTF8 { bytes in
            guard isPlain(bytes) else { return false }
            if ignoringCase {
                for b in bytes { out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            } else {
                out.append(contentsOf: bytes)
            }
            return true
        }
        if done == true { return }
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            guard let v = fold(scalar.value, ignoringCase: ignoringCase) else { continue }
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D {
                if lastWasSpace { continue }
                lastWasSpace = true
                out.append(0x20)
                continue
            }
            lastWasSpace = false
            appendUTF8(v, to: &out)
        }
    }

    /// Printable ASCII, which `append` copies byte for byte (block text has no runs of blanks).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { !bytes.contains { $0 >= 0x80 || $0 < 0x20 } }

    /// The length of `text` when it is plain ASCII, whose folded offsets are its own; nil otherwise.
    static func plainLength(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { isPlain($0) ? $0.count : nil }
    }

    /// For each scalar of `text`, the folded byte offset it starts at (plus the end): how a
    /// match in folded bytes is drawn back onto the original characters.
    public static func offsets(_ text: String, ignoringCase: Bool) -> [Int] {
        if let n = plainLength(text) { return Array(0...n) }
        var offsets: [Int] = []
        let total = walk(text, ignoringCase: ignoringCase) { _, folded in
            offsets.append(folded)
            return true
        }
        offsets.append(total)
        return offsets
    }

    /// For folded byte offsets in increasing order (the bounds of hits, say), the index of the
    /// first scalar of `text` whose folded offset reaches each one, or the scalar count when none
    /// does: one pass over the text however many offsets are asked for, and no table the size
    /// of the text (a paragraph can be megabytes long).
    /// - Complexity: O(n + m) for n scalars and m offsets.
    public static func scalarIndices(ofFolded targets: [Int], in text: String, ignoringCase: Bool) -> [Int] {
        if let n = plainLength(text) { return targets.map { min($0, n) } }
        var found: [Int] = []
        found.reserveCapacity(targets.count)
        var scalars = 0
        _ = walk(text, ignoringCase: ignoringCase) { index, folded in
            while found.count < targets.count && folded >= targets[found.count] { found.append(index) }
            scalars = index + 1
            return found.count < targets.count
        }
        while found.count < targets.count { found.append(scalars) }
        return found
    }

    /// Calls `body` with each scalar's index and the folded offset it starts at, while `body`
    /// says to go on; returns the folded length when it went to the end.
    @inline(__always)
    private static func walk(_ text: String, ignoringCase: Bool, _ body: (Int, Int) -> Bool) -> Int {
        var folded = 0
        var lastWasSpace = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard body(index, folded) else { return folded }
            guard let v = fold(scalar.value, ignoringCase: ignoringCase) else { continue }
            let space = v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D
            if space && lastWasSpace { continue }
            lastWasSpace = space
            folded += space ? 1 : utf8Length(v)
        }
        return folded
    }

    @inline(__always)
    static func utf8Length(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800: out.append(contentsOf: [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)])
        case ..<0x10000: out.append(contentsOf: [UInt8(0xE0 | v >> 12), UInt8(0x80 | (v >> 6) & 0x3F), UInt8(0x80 | v & 0x3F)])
        default: out.append(contentsOf: [UInt8(0xF0 | v >> 18), UInt8(0x80 | (v >> 12) & 0x3F),
                                         UInt8(0x80 | (v >> 6) & 0x3F), UInt8(0x80 | v & 0x3F)])
        }
    }

    /// Smart case: a query with a capital letter is matched case-sensitively.
    public static func queryIgnoresCase(_ query: String) -> Bool { !query.contains { $0.isUppercase } }
}
