/// Every mention of one kind of entity in a document (countries, people, organisations or
/// topics), by block and by entity.
public struct MentionIndex: Sendable {
    /// A country, person, organisation or topic, by its code (a person's code is the name).
    public struct Entity: Equatable, Sendable {
        public var code: String
        public var name: String
        public var mentions: Int
        /// Blocks that mention it, in reading order.
        public var blocks: [Int]
        public var exchanges: [Int]
    }

    /// Mentions per block, in text order.
    public let mentions: MentionsByBlock
    /// Entities by number of mentions, most first (ties by name).
    public let entities: [Entity]

    public init(document: Document, matcher: CountryMatcher = CountryMatcher()) {
        var tokens = Tokens()
        var mentions = MentionsByBlock(codes: matcher.gazetteer.codes)
        var tally = Tally(codes: mentions.codes.count)
        mentions.ends.reserveCapacity(document.blocks.count)
        for index in document.blocks.indices {
            let start = mentions.packed.count
            matcher.append(mentionsIn: document.blocks[index].text, to: &mentions.packed, reusing: &tokens)
            mentions.ends.append(mentions.packed.count)
            // Counted as found, while the block's mentions are still in the cache: a large
            // transcript holds a million of them.
            tally.add(mentions.packed[start...], block: index, exchange: document.blocks[index].exchange)
        }
        self.mentions = mentions
        entities = tally.entities(codes: mentions.codes, name: { matcher.gazetteer.displayName($0) })
    }

    /// An index over mentions found some other way (people), named by `name`.
    init(document: Document, mentions perBlock: [[Mention]], name: (String) -> String) {
        var mentions = MentionsByBlock(codes: [])
        var numbers: [String: Int32] = [:]
        for found in perBlock {
            for m in found {
                let number = numbers[m.code] ?? Int32(mentions.codes.count)
                if number == mentions.codes.count { numbers[m.code] = number; mentions.codes.append(m.code) }
                mentions.packed.append(PackedMention(code: number, range: m.range, kind: m.kind))
            }
            mentions.ends.append(mentions.packed.count)
        }
        var tally = Tally(codes: mentions.codes.count)
        for index in mentions.indices {
            tally.add(mentions.packed[mentions.bounds(of: index)], block: index, exchange: document.blocks[index].exchange)
        }
        self.mentions = mentions
        entities = tally.entities(codes: mentions.codes, name: name)
    }

    /// Mentions counted per code number, with the blocks and exchanges where they are.
    private struct Tally {
        var counts: [Int], blocks: [[Int]], exchanges: [[Int]]
        // The last block and exchange listed per code: most mentions add to neither list.
        var lastBlock: [Int], lastExchange: [Int]

        init(codes: Int) {
            counts = Array(repeating: 0, count: codes)
            blocks = Array(repeating: [], count: codes)
            exchanges = blocks
            lastBlock = Array(repeating: -1, count: codes)
            lastExchange = lastBlock
        }

        mutating func add(_ found: ArraySlice<PackedMention>, block: Int, exchange: Int?) {
            let exchange = exchange ?? -1
            for m in found {
                let code = Int(m.code)
                counts[code] += 1
                if lastBlock[code] != block { lastBlock[code] = block; blocks[code].append(block) }
                if exchange >= 0 && lastExchange[code] != exchange { lastExchange[code] = exchange; exchanges[code].append(exchange) }
            }
        }

        /// Those mentioned, by number of mentions, most first (ties by name).
        func entities(codes: [String], name: (String) -> String) -> [Entity] {
            counts.indices.filter { counts[$0] > 0 }.map {
                Entity(code: codes[$0], name: name(codes[$0]), mentions: counts[$0], blocks: blocks[$0], exchanges: exchanges[$0])
            }.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
        }
    }

    /// Codes mentioned in a block, in order of first mention, each once.
    public func codes(inBlock index: Int) -> [String] {
        var seen: [String] = []
        for m in mentions[index] where !seen.contains(m.code) { seen.append(m.code) }
        return seen
    }

    public func entity(_ code: String) -> Entity? { entities.first { $0.code == code } }
}

/// Each block's mentions, in text order, kept packed in one array for the whole document: a
/// million mentions are not a hundred thousand arrays of 40-byte values. A block's are unpacked
/// when asked for.
public struct MentionsByBlock: RandomAccessCollection, Sendable {
    var packed: [PackedMention] = []
    /// Codes by the numbers in `packed`.
    var codes: [String]
    /// Where each block's mentions end in `packed` (they start where the previous block's end).
    var ends: [Int] = []

    init(codes: [String]) { self.codes = codes }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }
    public subscript(block: Int) -> [Mention] { packed[bounds(of: block)].map { $0.unpacked(codes: codes) } }

    func bounds(of block: Int) -> Range<Int> { (block == 0 ? 0 : ends[block - 1])..<ends[block] }
}
