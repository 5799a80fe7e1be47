/// A paragraph of one document listed under it in the library's passages (`p`): where it is,
/// who says it, and one line of its text from a little before the hit or mention.
public struct LibraryPassage: Equatable, Sendable {
    public var block: Int
    public var exchange: Int?
    public var speaker: String?
    public var text: String

    public init(block: Int, exchange: Int?, speaker: String?, text: String) {
        self.block = block
        self.exchange = exchange
        self.speaker = speaker
        self.text = text
    }
}

/// One document's passages for a search or an entity across the library: how many paragraphs
/// hold it, and the first few of them only, so that a library of a thousand documents with a
/// hundred hits each keeps (and draws) a few thousand lines, not every hit.
public struct DocumentPassages: Equatable, Sendable {
    /// Paragraphs holding a hit or mention, in all.
    public var count: Int
    /// The first of them, at most `cap`, in reading order.
    public var first: [LibraryPassage]

    /// Passages kept per document.
    public static let cap = 3
    /// Scalars of context kept before the hit, and of the line in all.
    static let before = 40, length = 200

    public init(count: Int, first: [LibraryPassage]) {
        self.count = count
        self.first = first
    }

    /// The paragraphs of a search's hits (in block order, as a search returns them).
    public init(hits: [SearchHit], in document: Document, query: SearchQuery, cap: Int = cap) {
        var count = 0, first: [LibraryPassage] = []
        var last: Int?
        for hit in hits where hit.block != last {
            last = hit.block
            count += 1
            guard first.count < cap, document.blocks.indices.contains(hit.block) else { continue }
            let text = document.blocks[hit.block].text
            let start = Folding.scalarIndices(ofFolded: [hit.range.lowerBound], in: text, ignoringCase: query.ignoresCase)[0]
            first.append(Self.passage(hit.block, in: document, from: start))
        }
        self.init(count: count, first: first)
    }

    /// The paragraphs mentioning the entity `code` of `index` (built over `document`).
    public init(mentioning code: String, in index: MentionIndex, document: Document, cap: Int = cap) {
        let blocks = index.entity(code)?.blocks ?? []
        let first = blocks.prefix(cap).filter { document.blocks.indices.contains($0) }.map { block in
            // Mention ranges are in scalars of the block's text.
            Self.passage(block, in: document, from: index.mentions[block].first { $0.code == code }?.range.lowerBound ?? 0)
        }
        self.init(count: blocks.count, first: first)
    }

    /// Block `block` as a passage: its text on one line, from a few words before scalar `start`.
    static func passage(_ block: Int, in document: Document, from start: Int) -> LibraryPassage {
        let b = document.blocks[block]
        let scalars = b.text.unicodeScalars
        // A hit near the start is shown from the start: the speaker's first words say the most.
        var from = start <= 2 * before ? 0 : start - before
        // Begin at a word, unless that would lose the hit.
        if from > 0 {
            let words = scalars.dropFirst(from).prefix(start - from)
            if let space = words.firstIndex(where: { $0.properties.isWhitespace }) { from = scalars.distance(from: scalars.startIndex, to: space) + 1 }
        }
        var line = String.UnicodeScalarView()
        var blank = false
        let rest = scalars.dropFirst(from)
        for s in rest.prefix(length) {
            // Line breaks and runs of blanks become one space: a passage is one line.
            if s.properties.isWhitespace { blank = !line.isEmpty; continue }
            if blank { line.append(" "); blank = false }
            line.append(s)
        }
        let text = (from > 0 ? "…" : "") + Printable.sanitized(String(line)) + (rest.dropFirst(length).isEmpty ? "" : "…")
        return LibraryPassage(block: block, exchange: b.exchange, speaker: document.speakerName(of: b), text: text)
    }
}
