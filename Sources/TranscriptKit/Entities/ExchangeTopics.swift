import Foundation

/// What each exchange is about in a word or two: the countries and lexicon topics it mentions
/// most, weighed against how many exchanges mention them (TF-IDF), so that the country the whole
/// interview is about does not head every line. A question's first words often say little
/// (`We've discussed the situation in…`); the sidebar puts these in front of them.
public enum ExchangeTopics {
    /// Exchange number → up to `count` names, the most telling first, ties by first mention.
    public static func labels(_ document: Document, countries: MentionIndex, topics: MentionIndex,
                              count: Int = 2) -> [Int: [String]] {
        let names = [countries, topics].map { index in
            Dictionary(index.entities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        }
        var spread: [String: Int] = [:]   // name → exchanges that mention it
        for index in [countries, topics] {
            for entry in index.entities { spread[entry.name, default: 0] += entry.exchanges.count }
        }
        let exchanges = Double(max(1, document.exchanges.count))
        func weight(_ name: String, _ mentions: Int) -> Double {
            Double(mentions) * log((exchanges + 1) / Double(max(1, spread[name] ?? 1)))
        }
        var result: [Int: [String]] = [:]
        for exchange in document.exchanges where exchange.blocks.upperBound <= countries.mentions.count {
            var tally: [String: (mentions: Int, first: Int)] = [:]
            var order = 0
            for block in exchange.blocks {
                for (k, index) in [countries, topics].enumerated() where block < index.mentions.count {
                    for mention in index.mentions[block] {
                        let name = names[k][mention.code] ?? mention.code
                        order += 1
                        let seen = tally[name] ?? (0, order)
                        tally[name] = (seen.mentions + 1, seen.first)
                    }
                }
            }
            let ranked = tally.sorted {
                (weight($0.key, $0.value.mentions), -$0.value.first) > (weight($1.key, $1.value.mentions), -$1.value.first)
            }
            if !ranked.isEmpty { result[exchange.number] = ranked.prefix(count).map(\.key) }
        }
        return result
    }
}
