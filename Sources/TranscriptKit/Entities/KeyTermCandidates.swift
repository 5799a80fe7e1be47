import Foundation

extension KeyTerms {
    /// A term an exchange could show, the words that make a later term the same thing, and, for
    /// fitting a ranking (`Scripts/fit-key-terms`), what is known of it.
    struct Candidate {
        var key: String, shown: String, stems: Set<String>
        /// A name of several words, which `choose` passes over only when it holds or is inside one chosen.
        var whole = false
        /// In `Feature.allCases` order.
        var features: [Double]
        /// Where the rules rank it; nil for a word or phrase said once, which the rules never show.
        var ruleRank: Int?
    }

    /// What a fitted ranking could weigh: the rules' score and what it is made of, and more.
    enum Feature: String, CaseIterable {
        case rule, tier, listed
        case entity, name, phrase, word
        case country, person, organisation, topic, place
        case count, asked, answered, idf, spread, zipf, abstract, words, capitalised, first, substituted, size
        /// Where it is said: the question's asking sentence, its preamble, after `about`; the
        /// answer's first two sentences, the rest; where the answers first say it (a share).
        case asking, preamble, about, opening, answer, answerAt
        /// In the exchange before: among its candidates; sharing a word with one it showed.
        case carried, carriedShown
        /// The share of its occurrences that modify the next word (`Syrian regime`).
        case modifier
        /// The share of the document's mentions of it said here; how much more often this exchange
        /// says it than the document does, for its length (a log ratio).
        case share, lift
    }

    /// Each exchange's candidates (by exchange number) in the rules' order, then the words and
    /// phrases said once, which the rules never show; every one of them, with its features, for
    /// fitting (`perExchange` looks only as far down as it chooses).
    static func candidates(_ document: Document, entities: [MentionIndex]) -> [(number: Int, candidates: [Candidate])] {
        let tallied = tally(document, entities: entities, noting: true)
        let n = Double(document.exchanges.count)
        var result: [(number: Int, candidates: [Candidate])] = []
        result.reserveCapacity(tallied.exchanges.count)
        // What each exchange shows, as stems, for the next one's carried terms.
        // How often the whole document says each key, and how much it says, for `share` and `lift`.
        var volume: [String: Int] = [:]
        let sizes = tallied.exchanges.map { exchange in exchange.entries.values.reduce(0) { $0 + $1.count } }
        for exchange in tallied.exchanges { for (key, entry) in exchange.entries { volume[key, default: 0] += entry.count } }
        let total = Double(max(sizes.reduce(0, +), 1))
        let shownStems: [Set<String>] = tallied.exchanges.indices.map { offset in
            shown(offset, of: tallied, n: n, count: 4).reduce(into: Set<String>()) { $0.formUnion($1.stems) }
        }
        for (offset, exchange) in tallied.exchanges.enumerated() {
            let ranked = ranked(exchange.entries, spread: tallied.spread, n: n)
            let phrases = phrasings(ranked)
            let listed = Set(ranked.map(\.key))
            let pool = ranked.enumerated().map { (rank: Optional($0.offset), key: $0.element.key, entry: $0.element.entry) }
                + exchange.entries.filter { !listed.contains($0.key) }.sorted { $0.key < $1.key }.map { (nil, $0.key, $0.value) }
            var list: [Candidate] = []
            for (rank, key, entry) in pool {
                guard let c = candidate(key, entry, phrases: phrases, places: tallied.places[offset]) else { continue }
                let note = exchange.notes[key] ?? Tally.Note(first: 0, kind: entry.kind, source: Tally.unindexed)
                var f = features(key, entry, note, shownKey: c.key, spread: tallied.spread[key] ?? 1, n: n, seen: exchange.seen, listed: rank != nil)
                if offset > 0 {
                    let before = tallied.exchanges[offset - 1].entries[key]
                    f[featureIndex[.carried]!] = before.map { $0.count >= 2 || $0.kind == .entity || $0.kind == .name } == true ? 1 : 0
                    f[featureIndex[.carriedShown]!] = shownStems[offset - 1].isDisjoint(with: c.stems) ? 0 : 1
                }
                let all = Double(max(volume[key] ?? 1, 1)), said = Double(entry.count)
                f[featureIndex[.share]!] = said / all
                f[featureIndex[.lift]!] = log((said / Double(max(sizes[offset], 1))) / (all / total))
                list.append(Candidate(key: key, shown: c.entry.shown, stems: c.stems, whole: c.whole, features: f, ruleRank: rank))
            }
            result.append((exchange.number, list))
        }
        return result
    }

    /// A candidate's features in `Feature.allCases` order: counts as logs, shares of the exchange's
    /// terms and of the exchanges, and 1 or 0 for a kind or a property.
    static func features(_ key: String, _ entry: Tally.Entry, _ note: Tally.Note, shownKey: String, spread: Int, n: Double, seen: Int, listed: Bool) -> [Double] {
        let idf = log((n + 1) / Double(spread))
        let rule = score(key, entry, spread: spread, n: n)
        let words = shownKey.split(separator: " ")
        let zipf = words.map { commonness[String($0)] ?? 2.5 }.reduce(0, +) / Double(max(words.count, 1))
        var f = [Double](repeating: 0, count: Feature.allCases.count)
        func set(_ feature: Feature, _ value: Double) { f[featureIndex[feature]!] = value }
        func set(_ feature: Feature, _ value: Bool) { f[featureIndex[feature]!] = value ? 1 : 0 }
        set(.rule, log(1 + rule))
        set(.tier, entry.count >= 2 || entry.kind == .entity)
        set(.listed, listed)
        set(.entity, entry.kind == .entity); set(.name, entry.kind == .name)
        set(.phrase, entry.kind == .phrase); set(.word, entry.kind == .word)
        let sources: [Int8: Feature] = [0: .country, 1: .person, 2: .organisation, 3: .topic, Tally.place: .place]
        if let source = sources[note.source] { set(source, true) }
        set(.count, log(Double(entry.count)))
        set(.asked, note.asked > 0)
        set(.answered, log(1 + Double(max(entry.count - 2 * note.asked, 0))))
        set(.idf, idf)
        set(.spread, Double(spread) / n)
        set(.zipf, zipf)
        set(.abstract, words.last.map { abstractWords.contains(String($0)) } ?? false)
        set(.words, Double(words.count))
        set(.capitalised, entry.shown.first?.isUppercase ?? false)
        set(.first, Double(note.first) / Double(max(seen, 1)))
        set(.substituted, shownKey != key)
        set(.size, log(1 + Double(seen)))
        set(.asking, note.zones & Tally.Zone.asking != 0)
        set(.preamble, note.zones & Tally.Zone.preamble != 0)
        set(.about, note.zones & Tally.Zone.about != 0)
        set(.opening, note.zones & Tally.Zone.opening != 0)
        set(.answer, note.zones & Tally.Zone.answer != 0)
        set(.answerAt, note.answerAt < 0 ? 1.5 : note.answerAt)
        set(.modifier, Double(note.modifier) / Double(max(entry.count, 1)))
        return f
    }

    static let featureIndex: [Feature: Int] = Dictionary(uniqueKeysWithValues: Feature.allCases.enumerated().map { ($0.element, $0.offset) })
}

/// Where in an exchange a term is said, noted only for the dump (`KeyTerms.candidates`).
extension KeyTerms.Tally {
    /// Where in an exchange a word is said.
    enum Zone {
        static let asking: UInt8 = 1, preamble: UInt8 = 2, about: UInt8 = 4, opening: UInt8 = 8, answer: UInt8 = 16
    }

    /// The zone of token `i` of the block being read holds for what is added next.
    mutating func at(_ i: Int) {
        guard noting else { return }
        zone = i < tokenZones.count ? tokenZones[i] : 0
        answerWord = i < tokenAnswer.count ? tokenAnswer[i] : -1
    }

    mutating func modifies(_ key: String) {
        if noting { notes[key]?.modifier += 1 }
    }

    /// Each token's zone: in a question, the sentences that ask (ending in `?`, or the last
    /// one if none does) against the preamble, and the words after `about`; in the
    /// exchange's first answer, its first two sentences.
    mutating func placing(_ tokens: Tokens, question: Bool, opening: Bool, answerWords: Int) {
        let list = tokens.list
        tokenZones = [UInt8](repeating: 0, count: list.count)
        tokenAnswer = [Int](repeating: -1, count: list.count)
        var sentences: [(Range<Int>, asks: Bool)] = []
        var start = 0
        for (i, t) in list.enumerated() where !t.isWord {
            let b = tokens.bytes[t.start]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") {
                sentences.append((start..<(i + 1), b == UInt8(ascii: "?")))
                start = i + 1
            }
        }
        if start < list.count { sentences.append((start..<list.count, false)) }
        if question {
            let anyAsks = sentences.contains { $0.asks }
            for (k, s) in sentences.enumerated() {
                let asks = anyAsks ? s.asks : k == sentences.count - 1
                for i in s.0 { tokenZones[i] = asks ? Zone.asking : Zone.preamble }
            }
            var i = 0
            while i < list.count {
                if list[i].isWord, ["about", "regarding", "concerning", "on"].contains(String(decoding: tokens.bytes[list[i].start..<list[i].end], as: UTF8.self).lowercased()) {
                    var j = i + 1, words = 0
                    while j < list.count, words < 6, list[j].isWord || list[j].mark == UInt8(ascii: "-") || list[j].mark == UInt8(ascii: "'") {
                        tokenZones[j] |= Zone.about
                        if list[j].isWord { words += 1 }
                        j += 1
                    }
                }
                i += 1
            }
        } else {
            for (k, s) in sentences.enumerated() {
                for i in s.0 { tokenZones[i] = opening && k < 2 ? Zone.opening : Zone.answer }
            }
            var w = answerWords
            for (i, t) in list.enumerated() {
                tokenAnswer[i] = w
                if t.isWord { w += 1 }
            }
        }
    }
}
