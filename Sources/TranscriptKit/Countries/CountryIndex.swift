/// Every country mention in a document, by block and by country.
public struct CountryIndex: Sendable {
    public struct Country: Equatable, Sendable {
        public var code: String
        public var name: String
        public var mentions: Int
        /// Blocks that mention it, in reading order.
        public var blocks: [Int]
        public var exchanges: [Int]
    }

    /// Mentions per block, in text order.
    public let mentions: [[Mention]]
    /// Countries by number of mentions, most first (ties by name).
    public let countries: [Country]

    public init(document: Document, matcher: CountryMatcher = CountryMatcher()) {
        var tokens = Tokens()
        let mentions = document.blocks.map { matcher.mentions(in: $0.text, reusing: &tokens) }
        self.init(document: document, mentions: mentions, entities: matcher.gazetteer.codes.count,
                  name: { matcher.gazetteer.displayName($0) })
    }

    /// An index over mentions found by a matcher whose gazetteer numbers `entities` codes, or
    /// some other way (people: no numbers), named by `name`.
    init(document: Document, mentions: [[Mention]], entities: Int = 0, name: (String) -> String) {
        // Each code's place in the lists below: by the gazetteer's number, an array look-up per
        // mention (a million of them in a large transcript); by dictionary for the others.
        var slotOfEntity = [Int](repeating: -1, count: entities)
        var slotOfCode: [String: Int] = [:]
        var codes: [String] = [], counts: [Int] = [], blocks: [[Int]] = [], exchanges: [[Int]] = []
        for (index, found) in mentions.enumerated() where !found.isEmpty {
            let exchange = document.blocks[index].exchange
            for m in found {
                let entity = Int(m.entity)
                var slot = entity >= 0 && entity < entities ? slotOfEntity[entity] : slotOfCode[m.code] ?? -1
                if slot < 0 {
                    slot = codes.count
                    if entity >= 0 && entity < entities { slotOfEntity[entity] = slot } else { slotOfCode[m.code] = slot }
                    codes.append(m.code); counts.append(0); blocks.append([]); exchanges.append([])
                }
                counts[slot] += 1
                if blocks[slot].last != index { blocks[slot].append(index) }
                if let e = exchange, exchanges[slot].last != e { exchanges[slot].append(e) }
            }
        }
        self.mentions = mentions
        countries = codes.indices.map {
            Country(code: codes[$0], name: name(codes[$0]), mentions: counts[$0], blocks: blocks[$0], exchanges: exchanges[$0])
        }.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }

    /// Codes mentioned in a block, in order of first mention, each once.
    public func codes(inBlock index: Int) -> [String] {
        var seen: [String] = []
        for m in mentions[index] where !seen.contains(m.code) { seen.append(m.code) }
        return seen
    }

    public func country(_ code: String) -> Country? { countries.first { $0.code == code } }
}
