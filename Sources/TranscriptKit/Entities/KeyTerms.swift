import Foundation

/// What each exchange is about in four terms: the things it names (countries, organisations,
/// topics, people, other capitalised names such as `Persian Gulf` or `INF Treaty`) and the
/// phrases and words it repeats (`chemical weapons`, `monuments`), weighed by TF-IDF across the
/// exchanges so that what the whole transcript is about does not head every exchange.
///
/// Variants are one term: the indexes already merge `Syria` and `Syrian`, and a term sharing a
/// word with one ranked above it is passed over (`gulf` after `Persian Gulf`, `Navalny` after
/// `Alexei Navalny`). Filler (`told`, `something`, `concept`) is in Data/key-term-stopwords.txt;
/// link-only paragraphs and web addresses (a page's footer, `style`, `cdiv`) are never read.
enum KeyTerms {
    /// How a candidate was found: what it weighs, and how often it must occur in an exchange.
    enum Kind: Int { case entity, name, phrase, word }

    /// - Parameter entities: the indexes in `EntityKind.allCases` order, countries first.
    static func perExchange(_ document: Document, entities: [MentionIndex], count: Int = 4) -> [Int: [String]] {
        guard document.exchanges.count > 1 else { return [:] }
        // Each index's codes by number, as shown and folded: read from the packed mentions, a
        // million of them in a large transcript, without unpacking one.
        let shown = entities.map { index -> [String] in
            let names = Dictionary(index.entities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            return index.mentions.codes.map { names[$0] ?? $0 }
        }
        let folded = shown.map { $0.map { $0.lowercased() } }
        var tally = Tally()
        var exchanges: [[String: Tally.Entry]] = []
        exchanges.reserveCapacity(document.exchanges.count)
        var scratch = Scratch()
        for exchange in document.exchanges {
            var here: [String: Tally.Entry] = [:]
            here.reserveCapacity(256)
            for b in exchange.blocks where document.blocks[b].kind.isSpeech {
                // The question says what the exchange is about: what it names counts twice.
                tally.times = document.blocks[b].kind == .question ? 2 : 1
                var text = document.blocks[b].text
                if PeopleIndex.isLinkOnly(text) { continue }
                if mayHoldAddress(text) { text = withoutAddresses(text) }
                scratch.claims.removeAll(keepingCapacity: true)
                scratch.tokens.read(text)
                for (k, index) in entities.enumerated() where b < index.mentions.count {
                    for m in index.mentions.packed[index.mentions.bounds(of: b)] {
                        var range = Int(m.start)..<Int(m.end)
                        // `Berlin Conference`, `Sochi summit`: an event named after a place, not the place.
                        if k == 0, let (event, end) = event(after: range, in: scratch.tokens) {
                            tally.add(event, .name, to: &here)
                            range = range.lowerBound..<end
                        } else {
                            tally.add(key: folded[k][Int(m.code)], shown: shown[k][Int(m.code)], .entity, to: &here)
                        }
                        scratch.claims.append(PackedMention(code: 0, range: range, kind: m.kind))
                    }
                }
                PeopleFinder.mark(scratch.tokens.list, inside: &scratch.claims, into: &scratch.claimed)
                read(scratch.tokens, claimed: scratch.claimed, into: &here, tally: &tally)
            }
            for key in here.keys { tally.spread[key, default: 0] += 1 }
            exchanges.append(here)
        }
        let n = Double(document.exchanges.count)
        var result: [Int: [String]] = [:]
        for (offset, here) in exchanges.enumerated() {
            // Named things need one mention, words and phrases two; a thing named once comes after
            // everything named or said twice: it seldom says what an exchange is about, but it is
            // better than an empty slot.
            var ranked: [(key: String, entry: Tally.Entry, score: Double)] = []
            for (key, entry) in here where entry.count >= (entry.kind == .entity || entry.kind == .name ? 1 : 2) {
                ranked.append((key, entry, Double(entry.count) * log((n + 1) / Double(tally.spread[key] ?? 1)) * weight(entry.kind)))
            }
            ranked.sort { ($0.entry.count >= 2 ? 1 : 0, $0.score, $1.key) > ($1.entry.count >= 2 ? 1 : 0, $1.score, $0.key) }
            let phrases = ranked.filter { $0.entry.kind == .phrase }
            var chosen: [String] = [], used = Set<String>()
            for candidate in ranked {
                var (key, entry) = (candidate.key, candidate.entry)
                if entry.kind == .word {
                    if looksLikeAdjective(key) || key.hasSuffix("ed") { continue }   // `presidential`, `denied`
                    // A word most often said in one phrase is shown as that phrase (`green men`).
                    if let phrase = phrases.first(where: { 2 * $0.entry.count >= entry.count && $0.key.split(separator: " ").contains(Substring(key)) }) {
                        (key, entry) = (phrase.key, phrase.entry)
                    }
                }
                let stems = Set(key.split(separator: " ").filter { !stopWords.contains(String($0)) }.map { stem(String($0)) })
                guard used.isDisjoint(with: stems) else { continue }
                used.formUnion(stems)
                chosen.append(entry.shown)
                if chosen.count == count { break }
            }
            result[document.exchanges[offset].number] = chosen
        }
        return result
    }

    /// Named things and phrases say more than a word alone.
    static func weight(_ kind: Kind) -> Double {
        switch kind {
        case .entity, .name, .phrase: return 1.5
        case .word: return 1
        }
    }

    /// Candidates by key (lower case): in each exchange how often, how found and how shown; across
    /// the exchanges, how many hold each.
    struct Tally {
        struct Entry {
            var count: Int, kind: Kind, shown: String

            /// Found both ways (`Novichok` capitalised and as a topic): the stronger kind holds.
            mutating func add(_ times: Int, _ kind: Kind) {
                count += times
                if kind.rawValue < self.kind.rawValue { self.kind = kind }
            }
        }
        var spread: [String: Int] = [:]
        /// What one occurrence counts for in the block being read.
        var times = 1

        /// - Parameter lower: the term is already in lower case (a word read as such): not folded again.
        func add(_ term: String, _ kind: Kind, lower: Bool = false, to counts: inout [String: Entry]) {
            add(key: lower ? term : term.lowercased(), shown: term, kind, to: &counts)
        }

        func add(key: String, shown: String, _ kind: Kind, to counts: inout [String: Entry]) {
            counts[key, default: Entry(count: 0, kind: kind, shown: shown)].add(times, kind)   // one look-up
        }
    }

    struct Scratch {
        var tokens = Tokens()
        var claims: [PackedMention] = [], claimed: [Bool] = []
    }

    /// Capitalised names that no index claimed (runs of capitalised words, `of`/`the`/`for`/`and`
    /// inside them, and acronyms), lower-case words that are not filler, and pairs of them.
    static func read(_ tokens: Tokens, claimed: [Bool], into counts: inout [String: Tally.Entry], tally: inout Tally) {
        let list = tokens.list
        var sentenceStart = true
        var previous: String?   // the lower-case content word just before, for pairs
        var i = 0
        while i < list.count {
            let t = list[i]
            guard t.isWord, !claimed[i] else {
                if t.mark == UInt8(ascii: ".") || t.mark == UInt8(ascii: "|") { sentenceStart = true }
                if !t.isWord || claimed[i] { previous = nil }
                i += 1
                continue
            }
            if t.isCapitalised {
                var run: [String] = []
                var j = i
                while j < list.count, list[j].isWord, !claimed[j] {
                    let w = word(tokens, list[j])
                    if list[j].isCapitalised {
                        run.append(w)
                    } else if joiners.contains(w), !run.isEmpty, j + 1 < list.count, list[j + 1].isWord, list[j + 1].isCapitalised, !claimed[j + 1] {
                        run.append(w)
                    } else {
                        break
                    }
                    j += 1
                }
                // Sentence openers and filler in capitals (`The`, `Yesterday`) are not part of a name.
                while let first = run.first, stopWords.contains(first.lowercased()) || joiners.contains(first) { run.removeFirst() }
                while let last = run.last, stopWords.contains(last.lowercased()) || joiners.contains(last) { run.removeLast() }
                let titles = PeopleWords.standard
                if run.count >= 2, !run.allSatisfy({ titles.titles.contains($0.lowercased()) || titles.modifiers.contains($0.lowercased()) }) {
                    // (A title alone, `Foreign Minister`, `Mr President`, names no one in particular.)
                    tally.add(run.joined(separator: " "), .name, to: &counts)
                } else if let only = run.first {
                    let acronym = list[i].isAllCaps && only.utf8.count >= 2 && only.utf8.count <= 6
                    if acronym || (!(sentenceStart && j == i + 1) && only.utf8.count >= 3 && !calendar.contains(only)
                                   && !PeopleWords.standard.isCommon(only.lowercased())) {
                        tally.add(only, .name, to: &counts)
                    }
                }
                previous = nil
                sentenceStart = false
                i = max(j, i + 1)
                continue
            }
            sentenceStart = false
            // Checked on bytes before a string is made: splitting into `Character`s was most of
            // the time on a large export.
            guard t.end - t.start >= 4, !tokens.bytes[t.start..<t.end].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
                previous = nil
                i += 1
                continue
            }
            let w = word(tokens, t)
            guard !stopWords.contains(w), !w.hasSuffix("ly") else {
                previous = nil
                i += 1
                continue
            }
            tally.add(w, .word, lower: !t.isAllCaps, to: &counts)
            // A phrase is a thing (`chemical weapons`), not a verb's work (`party signed`, `thereby putting`).
            if let previous, adjacentWords(list, i), !w.hasSuffix("ed"), !previous.hasSuffix("ed"), !previous.hasSuffix("ing") {
                tally.add(previous + " " + w, .phrase, lower: true, to: &counts)
            }
            previous = w
            i += 1
        }
    }

    /// `presidential`, `eastern`: alone, an adjective says little (in a phrase it is kept).
    static func looksLikeAdjective(_ word: String) -> Bool {
        ["al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ian", "ern", "ish"].contains { word.hasSuffix($0) }
    }

    /// The event a place names when an event word follows it (`Berlin Conference`, `Astana
    /// format`), and where that word ends (a scalar offset).
    static func event(after range: Range<Int>, in tokens: Tokens) -> (String, Int)? {
        let list = tokens.list
        // The first token at or after the place's end; binary search, tokens being in text order.
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].scalarStart < range.upperBound { low = mid + 1 } else { high = mid }
        }
        guard low < list.count, list[low].isWord, eventWords.contains(word(tokens, list[low]).lowercased()),
              let first = list.firstIndex(where: { $0.scalarStart >= range.lowerBound }), first < low else { return nil }
        return (String(decoding: tokens.bytes[list[first].start..<list[low].end], as: UTF8.self), list[low].scalarEnd)
    }

    static let eventWords: Set<String> = [
        "conference", "summit", "agreement", "agreements", "accord", "accords", "treaty", "format", "process", "declaration",
        "protocol", "forum", "talks", "convention", "memorandum", "initiative", "communique", "formula",
    ]

    /// Whether token `i` follows the word before it with only a space between.
    private static func adjacentWords(_ list: [Tokens.Token], _ i: Int) -> Bool { i > 0 && list[i - 1].isWord }

    private static func word(_ tokens: Tokens, _ t: Tokens.Token) -> String {
        String(decoding: tokens.bytes[t.start..<t.end], as: UTF8.self)
    }

    /// A word as variants compare: lower case, without a plural `s` (`sanctions`, `sanction`).
    static func stem(_ word: String) -> String {
        let w = word.lowercased()
        guard w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else { return w }
        return w.hasSuffix("ies") ? String(w.dropLast(3)) + "y" : String(w.dropLast())
    }

    /// Whether `://` or `www.` occurs, looked for on bytes: Foundation's `contains` on a
    /// `String` went through NSString and was a tenth of a large export's time.
    static func mayHoldAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 0..<(bytes.count - 3) {
                let b = bytes[i]
                if b == UInt8(ascii: ":") && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/") { return true }
                if b == UInt8(ascii: "w") && bytes[i + 1] == UInt8(ascii: "w") && bytes[i + 2] == UInt8(ascii: "w")
                    && bytes[i + 3] == UInt8(ascii: ".") { return true }
            }
            return false
        }
    }

    /// The text with web addresses blanked out, each scalar a space, so offsets still match.
    static func withoutAddresses(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let rest = scalars[i...]
            if rest.starts(with: "http".unicodeScalars) || rest.starts(with: "www.".unicodeScalars) {
                while i < scalars.count, !scalars[i].properties.isWhitespace, scalars[i] != ")" { out.append(" "); i += 1 }
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    static let joiners: Set<String> = ["of", "the", "for", "and", "de"]
    /// Months and weekdays: when something happened, never what an exchange is about.
    static let calendar = PeopleFinder.months.union(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    static let stopWords: Set<String> = Set(EmbeddedPeopleWords.keyTermStopWords.split(whereSeparator: \.isNewline)
        .filter { !$0.hasPrefix("#") }.flatMap { $0.split(separator: " ").map(String.init) })
}
