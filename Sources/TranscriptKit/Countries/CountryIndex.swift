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
        self.init(document: document, mentions: mentions, name: { matcher.gazetteer.displayName($0) })
    }

    /// An index over mentions found some other way (people), named by `name`.
    init(document: Document, mentions: [[Mention]], name: (String) -> String) {
        var slots: [String: Int] = [:]
        var list: [Country] = []
        for (index, block) in document.blocks.enumerated() {
            let found = mentions[index]
            var previous: (code: String, slot: Int)?
            for m in found {
                // One dictionary look-up per new code in a block; the array is mutated in place.
                let slot: Int
                if let p = previous, p.code == m.code {
                    slot = p.slot
                } else if let known = slots[m.code] {
                    slot = known
                } else {
                    slot = list.count
                    slots[m.code] = slot
                    list.append(Country(code: m.code, name: name(m.code), mentions: 0,
                                        blocks: [], exchanges: []))
                }
                previous = (m.code, slot)
                list[slot].mentions += 1
                if list[slot].blocks.last != index { list[slot].blocks.append(index) }
                if let e = block.exchange, list[slot].exchanges.last != e { list[slot].exchanges.append(e) }
            }
        }
        self.mentions = mentions
        countries = list.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }

    /// Codes mentioned in a block, in order of first mention, each once.
    public func codes(inBlock index: Int) -> [String] {
        var seen: [String] = []
        for m in mentions[index] where !seen.contains(m.code) { seen.append(m.code) }
        return seen
    }

    public func country(_ code: String) -> Country? { countries.first { $0.code == code } }
}
