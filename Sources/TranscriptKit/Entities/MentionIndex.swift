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
    public let mentions: [[Mention]]
    /// Entities by number of mentions, most first (ties by name).
    public let entities: [Entity]

    public init(document: Document, matcher: CountryMatcher = CountryMatcher()) {
        var tokens = Tokens()
        var tally = Tally(entities: matcher.gazetteer.codes.count)
        // Counted as found, while a block's mentions are still in the cache: a large transcript
        // holds a million of them.
        var mentions: [[Mention]] = []
        mentions.reserveCapacity(document.blocks.count)
        for index in document.blocks.indices {
            let found = matcher.mentions(in: document.blocks[index].text, reusing: &tokens)
            tally.add(found, block: index, exchange: document.blocks[index].exchange)
            mentions.append(found)
        }
        self.mentions = mentions
        entities = tally.entities(name: { matcher.gazetteer.displayName($0) })
    }

    /// An index over mentions found some other way (people), named by `name`.
    init(document: Document, mentions: [[Mention]], name: (String) -> String) {
        var tally = Tally(entities: 0)
        for (index, found) in mentions.enumerated() { tally.add(found, block: index, exchange: document.blocks[index].exchange) }
        self.mentions = mentions
        entities = tally.entities(name: name)
    }

    /// Mentions counted per code, with the blocks and exchanges where they are.
    private struct Tally {
        // Each code's place in the lists below: by the gazetteer's number (`Mention.entity`, below
        // `entities`), an array look-up per mention; by dictionary for the others.
        var slotOfEntity: [Int]
        var slotOfCode: [String: Int] = [:]
        var codes: [String] = [], counts: [Int] = [], blocks: [[Int]] = [], exchanges: [[Int]] = []
        // The last block and exchange listed per slot, flat: most mentions add to neither list.
        var lastBlock: [Int] = [], lastExchange: [Int] = []

        init(entities: Int) { slotOfEntity = Array(repeating: -1, count: entities) }

        mutating func add(_ found: [Mention], block: Int, exchange: Int?) {
            let exchange = exchange ?? -1
            for m in found {
                let entity = Int(m.entity), numbered = entity >= 0 && entity < slotOfEntity.count
                var slot = numbered ? slotOfEntity[entity] : slotOfCode[m.code] ?? -1
                if slot < 0 {
                    slot = codes.count
                    if numbered { slotOfEntity[entity] = slot } else { slotOfCode[m.code] = slot }
                    codes.append(m.code); counts.append(0); blocks.append([]); exchanges.append([])
                    lastBlock.append(-1); lastExchange.append(-1)
                }
                counts[slot] += 1
                if lastBlock[slot] != block { lastBlock[slot] = block; blocks[slot].append(block) }
                if exchange >= 0 && lastExchange[slot] != exchange { lastExchange[slot] = exchange; exchanges[slot].append(exchange) }
            }
        }

        /// By number of mentions, most first (ties by name).
        func entities(name: (String) -> String) -> [Entity] {
            codes.indices.map {
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
