import Foundation

/// Tells, from a document's text before any parse, that it certainly holds no hit of a query,
/// so that a search across a library parses only the documents that may. It may let through
/// a document without hits (the parse and the search then find none); it must never turn
/// away one with a hit.
///
/// Why it is sound: a hit is found in a block's folded text, and a block is a paragraph of the
/// source with its label, markup and line breaks taken out. So each word of the folded query
/// (a run of letters and digits) stands in the source too, folded the same way, once spaces
/// and punctuation are set aside: markup removed between two letters (`**Lib**ya`, `exam-⏎ple`)
/// is punctuation. The exceptions are markup that holds letters (`<i>`, `{\an8}`) or stands
/// for one (`&eacute;`): those are read a second time with the markup taken out and decoded.
/// Case is always folded (a case-sensitive hit is a case-folded hit too); regular expressions
/// are not screened.
public struct TextScreen: Sendable {
    /// The query's words, folded: every one must be found.
    let words: [[UInt8]]

    /// Nil when the query cannot be screened: a regular expression, or no letter or digit in it.
    public init?(_ query: SearchQuery) {
        guard !query.isRegex else { return nil }
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for scalar in query.text.unicodeScalars {
            if let v = Folding.fold(scalar.value, ignoringCase: true) {
                if Self.isWord(v) {
                    Folding.appendUTF8(v, to: &word)
                    continue
                }
            } else {
                continue   // dropped by folding (a combining mark): not a break
            }
            if !word.isEmpty { words.append(word) }
            word = []
        }
        if !word.isEmpty { words.append(word) }
        guard !words.isEmpty else { return nil }
        // The longest first: it is the likeliest to be missing.
        self.words = words.sorted { $0.count > $1.count }
    }

    /// A document's text made ready for screening (once, for any number of queries).
    public struct Prepared: Sendable {
        /// Its letters and digits, folded.
        let plain: [UInt8]
        /// The same with tags and character references taken out and decoded (empty without any).
        let unmarked: [UInt8]

        /// `utf8`: the document's decoded text, as the parser reads it.
        public init(_ utf8: [UInt8]) {
            plain = TextScreen.words(of: utf8)
            unmarked = TextScreen.holdsMarkup(utf8) ? TextScreen.words(of: TextScreen.unmarked(utf8)) : []
        }
    }

    /// False only when the text (decoded UTF-8, as the parser reads it) certainly holds no hit.
    public func mayMatch(_ utf8: [UInt8]) -> Bool { mayMatch(Prepared(utf8)) }

    public func mayMatch(_ text: Prepared) -> Bool {
        words.allSatisfy { Self.find($0, in: text.plain) || Self.find($0, in: text.unmarked) }
    }

    // MARK: - The text as words

    /// A letter or digit once folded: ASCII ones, and every scalar beyond ASCII that folding
    /// keeps and Unicode calls alphabetic or numeric.
    static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 { return asciiWord[Int(v)] != 0 }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// For each ASCII byte, itself lower-cased when it is a letter or digit, else 0.
    private static let asciiWord: [UInt8] = (0..<128).map { (b: Int) -> UInt8 in
        switch b {
        case 0x30...0x39, 0x61...0x7A: return UInt8(b)
        case 0x41...0x5A: return UInt8(b | 0x20)
        default: return 0
        }
    }

    /// The text's letters and digits folded (accents and case gone), all else left out.
    /// - Complexity: O(n), one pass; written through pointers, as it reads a whole library.
    static func words(of utf8: [UInt8]) -> [UInt8] {
        // A folded scalar takes at most twice the bytes it was written in.
        Array(unsafeUninitializedCapacity: utf8.count * 2) { out, written in
            written = 0
            asciiWord.withUnsafeBufferPointer { table in
                utf8.withUnsafeBufferPointer { b in
                    var i = 0
                    let n = b.count
                    var scalar: [UInt8] = []
                    while i < n {
                        let c = b[i]
                        if c < 0x80 {
                            let w = table[Int(c)]
                            if w != 0 { out[written] = w; written += 1 }
                            i += 1
                            continue
                        }
                        // A multi-byte scalar (the decoder made the text valid UTF-8).
                        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                        var v = UInt32(c) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                        var k = 1
                        while k < length && i + k < n {
                            v = v << 6 | UInt32(b[i + k] & 0x3F)
                            k += 1
                        }
                        i += k
                        guard let folded = Folding.fold(v, ignoringCase: true), isWord(folded) else { continue }
                        scalar.removeAll(keepingCapacity: true)
                        Folding.appendUTF8(folded, to: &scalar)
                        for byte in scalar { out[written] = byte; written += 1 }
                    }
                }
            }
        }
    }

    /// Markup that can hold or stand for letters: tags, SRT's `{…}`, character references.
    static func holdsMarkup(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            return [UInt8(ascii: "<"), UInt8(ascii: "{"), UInt8(ascii: "&")].contains { memchr(base, Int32($0), b.count) != nil }
        }
    }

    /// The text as a subtitle cue reads it: tags and `{…}` taken out, character references
    /// decoded, and any reference left (`&lrm;`) taken out.
    static func unmarked(_ utf8: [UInt8]) -> [UInt8] {
        var out = [UInt8](unsafeUninitializedCapacity: utf8.count) { out, written in
            written = 0
            utf8.withUnsafeBufferPointer { b in
                var i = 0
                // Once a scan for `>` (or `}`) met the end, no later opening can close: the text
                // is not read to its end again for each (a file of `<` stays linear).
                var closes = (angle: true, brace: true)
                while i < b.count {
                    let c = b[i]
                    let angle = c == UInt8(ascii: "<")
                    if angle ? closes.angle : c == UInt8(ascii: "{") && closes.brace {
                        let close = angle ? UInt8(ascii: ">") : UInt8(ascii: "}")
                        var j = i + 1
                        while j < b.count && b[j] != close { j += 1 }
                        if j < b.count {
                            i = j + 1
                            continue
                        }
                        if angle { closes.angle = false } else { closes.brace = false }
                    }
                    out[written] = c
                    written += 1
                    i += 1
                }
            }
        }
        // Backslash escapes (also decoded by the parser) stand for punctuation only: no word changes.
        guard out.contains(UInt8(ascii: "&")) else { return out }
        MarkupDecoding.decode(&out)
        guard out.contains(UInt8(ascii: "&")) else { return out }
        var kept: [UInt8] = []
        kept.reserveCapacity(out.count)
        var i = 0
        while i < out.count {
            if out[i] == UInt8(ascii: "&"), let end = out[(i + 1)..<min(out.count, i + 12)].firstIndex(of: UInt8(ascii: ";")),
               out[(i + 1)..<end].allSatisfy({ $0 < 0x80 && asciiWord[Int($0)] != 0 }) {
                i = end + 1
                continue
            }
            kept.append(out[i])
            i += 1
        }
        return kept
    }

    /// Whether `needle` is in `haystack`: memchr for its rarest byte, then compare.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        let anchor = needle.indices.min { SearchIndex.commonness(needle[$0]) < SearchIndex.commonness(needle[$1]) } ?? 0
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                guard let base = h.baseAddress, let needleBase = n.baseAddress else { return false }
                var probe = anchor
                while probe < h.count {
                    guard let found = memchr(base + probe, Int32(n[anchor]), h.count - probe) else { return false }
                    let candidate = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base - anchor
                    probe = candidate + anchor + 1
                    if candidate >= 0, candidate + n.count <= h.count, memcmp(base + candidate, needleBase, n.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
