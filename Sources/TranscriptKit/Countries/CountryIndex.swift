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
        var mentions: [[Mention]] = []
        mentions.reserveCapacity(document.blocks.count)
        var byCode: [String: Country] = [:]
        for (index, block) in document.blocks.enumerated() {
            let found = matcher.mentions(in: block.text)
            mentions.append(found)
            for m in found {
                var c = byCode[m.code] ?? Country(code: m.code, name: matcher.gazetteer.displayName(m.code), mentions: 0,
                                                   blocks: [], exchanges: [])
                c.mentions += 1
                if c.blocks.last != index { c.blocks.append(index) }
                if let e = block.exchange, c.exchanges.last != e { c.exchanges.append(e) }
                byCode[m.code] = c
            }
        }
        self.mentions = mentions
        countries = byCode.values.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }

    /// Codes mentioned in a block, in order of first mention, each once.
    public func codes(inBlock index: Int) -> [String] {
        var seen: [String] = []
        for m in mentions[index] where !seen.contains(m.code) { seen.append(m.code) }
        return seen
    }

    public func country(_ code: String) -> Country? { countries.first { $0.code == code } }
}
