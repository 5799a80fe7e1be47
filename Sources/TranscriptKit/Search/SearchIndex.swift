import Foundation

/// What the reader asked for.
public struct SearchQuery: Hashable, Sendable {
    public var text: String
    public var isRegex: Bool

    public init(_ text: String, isRegex: Bool = false) {
        self.text = text
        self.isRegex = isRegex
    }

    public var ignoresCase: Bool { Folding.queryIgnoresCase(text) }
}

/// One match: a block and a byte range in that block's folded text.
public struct SearchHit: Equatable, Sendable {
    public var block: Int
    public var range: Range<Int>

    public init(block: Int, range: Range<Int>) {
        self.block = block
        self.range = range
    }
}

public struct SearchResult: Sendable {
    public var query: SearchQuery
    public var hits: [SearchHit]
    /// Why the pattern could not be used, for the prompt to show.
    public var error: String?
    /// The work bound stopped the search early: the hits are the ones found so far.
    public var isTruncated = false
}

/// The document's text folded for searching, built once per case mode and shared by every
/// search; each search is then one pass of `memmem` (or the linear-time regex engine).
public final class SearchIndex: @unchecked Sendable {
    public let document: Document
    private let lock = NSLock()
    private var corpora: [Bool: Corpus] = [:]

    /// Regex work bound: thread steps over the whole document.
    public static let regexBudget = 400_000_000

    struct Corpus {
        var bytes: [UInt8] = []
        /// Start offset of each block's text in `bytes`; blocks are separated by a line feed,
        /// which folded text never contains, so no match can span two blocks.
        var starts: [Int] = []
    }

    public init(document: Document) { self.document = document }

    func corpus(ignoringCase: Bool) -> Corpus {
        lock.lock()
        defer { lock.unlock() }
        if let built = corpora[ignoringCase] { return built }
        var corpus = Corpus()
        corpus.starts.reserveCapacity(document.blocks.count)
        for block in document.blocks {
            corpus.starts.append(corpus.bytes.count)
            Folding.append(block.text, ignoringCase: ignoringCase, to: &corpus.bytes)
            corpus.bytes.append(0x0A)
        }
        corpus.starts.append(corpus.bytes.count)
        corpora[ignoringCase] = corpus
        return corpus
    }

    /// Prepares the folded text in advance (on a background queue, say) so the first search is quick.
    public func warm(ignoringCase: Bool = true) { _ = corpus(ignoringCase: ignoringCase) }

    /// All hits in reading order. `isCancelled` is polled between blocks: a newer query makes
    /// an older one stop at once.
    public func search(_ query: SearchQuery, isCancelled: () -> Bool = { false }) -> SearchResult {
        var result = SearchResult(query: query, hits: [])
        let ignoring = query.ignoresCase
        guard !query.text.isEmpty else { return result }
        let fold: (UInt32) -> UInt32 = { Folding.fold($0, ignoringCase: ignoring) ?? $0 }
        var pattern: Pattern?
        if query.isRegex {
            do throws(Pattern.SyntaxError) {
                pattern = try Pattern(query.text, fold: fold)
            } catch {
                result.error = error.message
                return result
            }
        }
        let corpus = corpus(ignoringCase: ignoring)
        corpus.bytes.withUnsafeBufferPointer { buffer in
            if let pattern {
                var budget = Self.regexBudget
                for block in 0..<(corpus.starts.count - 1) {
                    if block % 256 == 0 && isCancelled() { return }
                    let range = corpus.starts[block]..<(corpus.starts[block + 1] - 1)
                    for m in pattern.matches(in: buffer, range, budget: &budget) {
                        result.hits.append(SearchHit(block: block, range: (m.lowerBound - range.lowerBound)..<(m.upperBound - range.lowerBound)))
                    }
                    if budget <= 0 { result.isTruncated = true; return }
                }
            } else {
                let needle = Folding.fold(query.text, ignoringCase: ignoring)
                literalHits(needle, buffer, corpus.starts, &result.hits, isCancelled)
            }
        }
        return result
    }

    /// How often a byte turns up in English text (higher is more common).
    static func commonness(_ b: UInt8) -> Int {
        switch b {
        case 0x20: return 100
        case UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"),
             UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "r"), UInt8(ascii: "h"): return 60
        case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "u"), UInt8(ascii: "m"): return 40
        case 0x61...0x7A: return 20
        case 0x80...0xBF: return 30   // continuation bytes are frequent in non-Latin text
        default: return 10
        }
    }

    private func literalHits(_ needle: [UInt8], _ haystack: UnsafeBufferPointer<UInt8>, _ starts: [Int],
                             _ hits: inout [SearchHit], _ isCancelled: () -> Bool) {
        guard !needle.isEmpty, let base = haystack.baseAddress else { return }
        var offset = 0
        var block = 0
        var checked = 0
        // memchr for the needle's rarest byte, then compare: memchr runs at memory speed, and a
        // rare byte keeps false starts few. (glibc's memmem is not visible from Swift.)
        let anchor = needle.indices.min { Self.commonness(needle[$0]) < Self.commonness(needle[$1]) } ?? 0
        let anchorByte = Int32(needle[anchor])
        needle.withUnsafeBufferPointer { n in
            guard let needleBase = n.baseAddress else { return }
            var probe = anchor
            while probe < haystack.count {
                guard let found = memchr(base + probe, anchorByte, haystack.count - probe) else { return }
                let candidate = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base - anchor
                probe = candidate + anchor + 1
                guard candidate >= offset, candidate + n.count <= haystack.count,
                      memcmp(base + candidate, needleBase, n.count) == 0 else { continue }
                let at = candidate
                while starts[block + 1] <= at { block += 1 }   // hits come in order: walk forward
                hits.append(SearchHit(block: block, range: (at - starts[block])..<(at - starts[block] + n.count)))
                offset = at + n.count
                probe = offset + anchor
                checked += 1
                if checked % 4096 == 0 && isCancelled() { return }
            }
        }
    }
}
