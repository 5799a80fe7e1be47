import Foundation

/// What each exchange is about in four terms: the things it names (countries, organisations,
/// topics, people, other capitalised names such as `Persian Gulf` or `INF Treaty`) and the
/// phrases and words it repeats (`chemical weapons`, `monuments`), weighed by TF-IDF across the
/// exchanges so that what the whole transcript is about does not head every exchange.
///
/// Variants are one term: the indexes already merge `Syria` and `Syrian`, and a term sharing a
/// word with one ranked above it is passed over (`gulf` after `Persian Gulf`, `Navalny` after
/// `Alexei Navalny`); a city or region is shown as itself (`Crimea`, not `Ukraine`), one a
/// country. Filler (`told`, `something`, `concept`) is in Data/key-term-stopwords.txt, and an
/// abstract noun alone (`intuition`, `difference`; Data/abstract-words.txt) weighs half.
/// Link-only paragraphs, web addresses and percent-encoded runs (a page's footer, `style`,
/// `cdiv`) are never read.
enum KeyTerms {
    /// How a candidate was found: what it weighs, and how often it must occur in an exchange.
    enum Kind: Int { case entity, name, phrase, word }

    /// - Parameter entities: the indexes in `EntityKind.allCases` order, countries first.
    static func perExchange(_ document: Document, entities: [MentionIndex], count: Int = 4) -> [Int: [String]] {
        guard document.exchanges.count > 1 else { return [:] }
        let tallied = tally(document, entities: entities)
        let n = Double(document.exchanges.count)
        var result: [Int: [String]] = [:]
        for (offset, exchange) in tallied.exchanges.enumerated() {
            result[exchange.number] = shown(offset, of: tallied, n: n, count: count).map(\.shown)
        }
        return result
    }

    /// The terms exchange `offset` of `tallied` shows, with their stems: its candidates in the
    /// rules' order, chosen.
    static func shown(_ offset: Int, of tallied: Tallied, n: Double, count: Int) -> [(shown: String, stems: Set<String>)] {
        let ranked = ranked(tallied.exchanges[offset].entries, spread: tallied.spread, n: n)
        let phrases = phrasings(ranked)
        // Only as far down as it takes to choose: each candidate's longer phrase is a scan.
        let places = tallied.places[offset], title = tallied.title, tails = tallied.tails
        let candidates = ranked.lazy.compactMap { ranked -> (key: String, entry: Tally.Entry, stems: Set<String>, whole: Bool)? in
            // (As shown: `news` said mostly in `news conference` is shown so.)
            guard let c = candidate(ranked.key, ranked.entry, phrases: phrases, places: places) else { return nil }
            return tails.isEmpty || !Tallied.namesTheOccasion(c.entry.shown.lowercased(), c.entry.kind, title: title, tails: tails) ? c : nil
        }
        return chosen(candidates.map { ($0.entry.shown, $0.stems, $0.whole) }, count: count)
    }

    /// What each exchange (by number) names and repeats, read and tallied, in the order the
    /// exchanges come.
    /// - Parameter noting: with the notes a fitted ranking reads (`Tally.Note`).
    static func tally(_ document: Document, entities: [MentionIndex], noting: Bool = false) -> Tallied {
        // Each index's codes by number, as shown and folded: read from the packed mentions, a
        // million of them in a large transcript, without unpacking one.
        let shown = entities.map { index -> [String] in
            let names = Dictionary(index.entities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            return index.mentions.codes.map { names[$0] ?? $0 }
        }
        let folded = shown.map { $0.map { $0.lowercased() } }
        // Who speaks is in every exchange; what they are asked about is not (`Vladimir Putin` in
        // his own interview). People are matched to the participants by their words.
        // A label of a title and a surname (`DR. FAUCI`, `SECRETARY KERRY`) is the person the
        // text names in full (`Anthony Fauci`, `John Kerry`).
        let speakers = document.participants.map { Set(PeopleIndex.key([$0.name]).split(separator: " ")) }
        let titles = PeopleWords.standard.titles
        let speaking = shown[peopleKind].map { name in
            let words = PeopleIndex.key([name]).split(separator: " ")
            return !words.isEmpty && speakers.contains { label in
                Set(words).isSubset(of: label)
                    || (words.count > 1 && label.count > 1 && label.contains(words.last!)
                        && label.allSatisfy { $0 == words.last! || titles.contains(String($0)) })
            }
        }
        var tally = Tally()
        tally.noting = noting
        var result = Tallied()
        result.exchanges.reserveCapacity(document.exchanges.count)
        var scratch = Scratch()
        for exchange in document.exchanges {
            var here: [String: Tally.Entry] = [:]
            var country: [String: Int32] = [:]
            here.reserveCapacity(256)
            tally.seen = 0
            tally.notes.removeAll(keepingCapacity: true)
            var wording: [String: [String: Int]] = [:]   // topic → the words the text used for it
            var phrased: [String: [String: Int]] = [:]   // those words → the phrases they open (`de-escalation zones`)
            var answered = false, answerWords = 0
            var askers: [Int32] = []   // who introduced themselves: whoever calls on them names them too
            var called: [Int32: Int] = [:]   // people as counted from the questions and the moderator
            for b in exchange.blocks where document.blocks[b].kind.isSpeech {
                // The question says what the exchange is about: what it names counts twice.
                tally.times = document.blocks[b].kind == .question ? 2 : 1
                var text = document.blocks[b].text
                if PeopleIndex.isLinkOnly(text) { continue }
                if mayHoldAddress(text) { text = withoutAddresses(text) }
                scratch.claims.removeAll(keepingCapacity: true)
                scratch.tokens.read(text)
                if noting {
                    let isQuestion = document.blocks[b].kind == .question
                    tally.placing(scratch.tokens, question: isQuestion, opening: !isQuestion && !answered, answerWords: answerWords)
                    if !isQuestion {
                        answered = true
                        answerWords += scratch.tokens.list.lazy.filter(\.isWord).count
                    }
                }
                let people = entities[peopleKind].mentions
                let introduced = document.blocks[b].kind == .question && b < people.count
                    ? introduction(in: scratch.tokens, names: people.packed[people.bounds(of: b)]) : nil
                let intro = introduced?.range
                if let intro { scratch.claims.append(PackedMention(code: 0, range: intro, kind: .name)) }
                // A moderator's short turn calls on the next to ask (`Sergei Brilyov, please go
                // ahead.`, `Andrea?`): whom it names is no subject. (A co-host's long turn may be.)
                let calling = document.blocks[b].kind == .moderator
                    && scratch.tokens.list.lazy.filter(\.isWord).prefix(41).count <= 40
                for (k, index) in entities.enumerated() where b < index.mentions.count {
                    tally.source = Int8(k)
                    for m in index.mentions.packed[index.mentions.bounds(of: b)] {
                        var range = Int(m.start)..<Int(m.end)
                        if let intro, intro.contains(range.lowerBound) {
                            if k == peopleKind, introduced!.announced { askers.append(m.code) }
                            continue
                        }
                        if noting { tally.at(firstToken(atOrAfter: range.lowerBound, in: scratch.tokens.list)) }
                        // `Berlin Conference`, `Sochi summit`: an event named after a place, not the place.
                        if k == 0, let (event, end) = event(after: range, in: scratch.tokens) {
                            tally.add(event, .name, to: &here)
                            range = range.lowerBound..<end
                        } else if k == 0, m.kind == .place, let said = written(range, in: scratch.tokens) {
                            // A city or region is what the exchange is about (`Crimea`, `Idlib`), not its
                            // country; but one place a country is shown, the gazetteer not knowing which of
                            // its names are one place (`Kiev` and `Kyiv`).
                            let key = said.lowercased()
                            tally.source = Tally.place
                            tally.add(key: key, shown: said, .entity, to: &here)
                            tally.source = Int8(k)
                            country[key] = m.code
                        } else if k == peopleKind, speaking[Int(m.code)] || addressed(range, in: scratch.tokens) || calling {
                            // (still claimed below, so that the name is not read again as words; a
                            // reporter called on by a given name, `Go ahead, Toluse.`, is who asks)
                        } else if k == topicKind, let said = written(range, in: scratch.tokens) {
                            // A topic is shown in the words the exchange used (`hackers`, not
                            // `cybersecurity`), counted under the topic so that variants are one.
                            // Said before the thing it qualifies (`de-escalation zones`), noted for the wording.
                            // (The noun is still read as a word: when the topic shows otherwise, it may show.)
                            if let thing = qualified(range, in: scratch.tokens) { phrased[said, default: [:]][said + " " + thing, default: 0] += 1 }
                            // …or after the word that says which (`presidential elections`, `economic sanctions`).
                            if let kind = qualifier(range, in: scratch.tokens) { phrased[said, default: [:]][kind + " " + said, default: 0] += 1 }
                            tally.add(key: folded[k][Int(m.code)], shown: said, .entity, to: &here)
                            wording[folded[k][Int(m.code)], default: [:]][said, default: 0] += 1
                        } else {
                            tally.add(key: folded[k][Int(m.code)], shown: shown[k][Int(m.code)], .entity, to: &here)
                            if k == peopleKind, document.blocks[b].kind != .answer { called[m.code, default: 0] += tally.times }
                        }
                        scratch.claims.append(PackedMention(code: 0, range: range, kind: m.kind))
                    }
                }
                tally.source = Tally.unindexed
                PeopleFinder.mark(scratch.tokens.list, inside: &scratch.claims, into: &scratch.claimed)
                read(scratch.tokens, claimed: scratch.claimed, into: &here, tally: &tally)
            }
            for (key, words) in wording {
                guard let most = words.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
                // Said mostly before one noun, and more than once, the topic is that phrase; its wordings in
                // either number count together (`presidential elections`, `presidential election campaign`).
                // (The wording shown: said most often, then after the word said most, then the later
                // in byte order, the plural of a tie: never the dictionaries' order, which changes
                // from run to run.)
                var phrases: [String: (count: Int, shown: String, most: Int, fromMost: Bool)] = [:]
                for said in words.keys {
                    for (phrase, n) in phrased[said] ?? [:] {
                        let key = phrase.split(separator: " ").map { stem(String($0)) }.joined(separator: " ")
                        var p = phrases[key] ?? (0, phrase, 0, false)
                        p.count += n
                        let fromMost = said == most.key
                        if (n, fromMost ? 1 : 0, phrase) > (p.most, p.fromMost ? 1 : 0, p.shown) { (p.shown, p.most, p.fromMost) = (phrase, n, fromMost) }
                        phrases[key] = p
                    }
                }
                if let phrase = phrases.values.max(by: { ($0.count, $1.shown) < ($1.count, $0.shown) }), phrase.count >= 2,
                   2 * phrase.count >= most.value {
                    here[key]?.shown = phrase.shown
                } else {
                    here[key]?.shown = most.key
                }
            }
            for code in askers {
                // Only what the questioner's side said of them: an answer may be about them after all.
                let key = folded[peopleKind][Int(code)]
                here[key]?.count -= called[code] ?? 0
                if let left = here[key]?.count, left <= 0 { here[key] = nil }
            }
            mergePlurals(&here)
            mergeDemonyms(&here)
            for key in here.keys { tally.spread[key, default: 0] += 1 }
            if noting {
                for key in tally.notes.keys where tally.notes[key]!.answerAt >= 0 { tally.notes[key]!.answerAt /= Double(max(answerWords, 1)) }
            }
            result.exchanges.append((exchange.number, here, tally.seen, tally.notes))
            result.places.append(country)
        }
        result.spread = tally.spread
        // What the title calls the occasion (`News conference of Vladimir Putin`, `Press Briefing by …`)
        // is what every exchange is part of, not what one is about.
        let title = Set((document.title ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map { stem(String($0)) })
        if !occasions.isDisjoint(with: title) {
            result.title = title
            result.tails = occasions.intersection(title).flatMap { [$0, $0 + "s"] }
        }
        return result
    }

    /// `presidential election` and `presidential elections`: a phrase said both in the singular and
    /// the plural is one term, counted together and shown as it was said most (the plural when as
    /// often). Not words alone: merged, any word said both ways (`conversation`, `engagements`)
    /// gained on what the exchange is about.
    static func mergePlurals(_ here: inout [String: Tally.Entry]) {
        var pairs: [(plural: String, single: String)] = []
        for (key, entry) in here where entry.kind == .phrase && key.utf8.last == UInt8(ascii: "s") {
            let single = stem(key)
            if single != key, let other = here[single], other.kind == .phrase { pairs.append((key, single)) }
        }
        for (plural, single) in pairs {
            guard let p = here[plural], let s = here[single] else { continue }
            let (into, from) = s.count > p.count ? (single, p) : (plural, s)
            here[into]!.count += from.count
            if from.answered { here[into]!.answered = true }
            if from.kind.rawValue < here[into]!.kind.rawValue { here[into]!.kind = from.kind }
            here[into == plural ? single : plural] = nil
        }
    }

    /// `Asian` and `Asia`, `European` and `Europe`, `Pakistani` and `Pakistan`: a place's adjective
    /// or people, named beside the place (capitalised, one word each), is counted as the place.
    /// (The countries index already reads `Syrian` as Syria; this is for what it does not know.)
    static func mergeDemonyms(_ here: inout [String: Tally.Entry]) {
        var names: [String] = [], suffixed: [(key: String, root: Substring)] = []
        for (key, entry) in here where entry.kind.rawValue <= Kind.name.rawValue && key.utf8.count >= 4 && !key.utf8.contains(0x20) {
            names.append(key)
            // Checked on the last byte first: most names end in none of the suffixes' letters.
            guard let last = key.utf8.last, demonymEnds.contains(last),
                  let suffix = demonymSuffixes.first(where: { key.hasSuffix($0) }) else { continue }
            suffixed.append((key, key.dropLast(suffix.count).trimmingSuffix(vowels)))
        }
        mergeStems(&here, names: names)
        guard !suffixed.isEmpty else { return }
        var plain: [Substring: String] = [:]   // a name less its final vowels → the name
        for key in names { plain[key.trimmingSuffix(vowels)] = key }
        // In key order, so that the result does not hang on the dictionary's.
        for (key, root) in suffixed.sorted(by: { $0.key < $1.key }) where root.count >= 2 {
            guard let place = plain[root], place != key, let entry = here[key], here[place] != nil else { continue }
            here[place]!.count += entry.count
            if entry.answered { here[place]!.answered = true }
            if entry.kind.rawValue < here[place]!.kind.rawValue { here[place]!.kind = entry.kind }
            here[key] = nil
        }
    }

    /// `Chechen` and `Chechnya`, `Afghan` and `Afghanistan`: a capitalised word no index knows,
    /// spelt as a thing the indexes found up to its last two letters (five at least), is counted
    /// as that thing.
    /// (Two things the indexes both know stay two: `Austria`, `Australia`.)
    private static func mergeStems(_ here: inout [String: Tally.Entry], names: [String]) {
        // In key order, so that the result does not hang on the dictionary's.
        let things = names.filter { here[$0]?.kind == .entity && $0.utf8.count >= 5 }.sorted()
        guard !things.isEmpty else { return }
        for key in names.sorted() where key.utf8.count >= 5 {
            guard let entry = here[key], entry.kind == .name else { continue }
            guard let thing = things.first(where: { other in
                zip(key.utf8, other.utf8).prefix(while: { $0 == $1 }).count >= max(key.utf8.count - 2, 5)
            }) else { continue }
            here[thing]!.count += entry.count
            if entry.answered { here[thing]!.answered = true }
            here[key] = nil
        }
    }

    /// The stem that makes the places of one country one term (`Kiev` and `Kyiv`).
    static let placeStem = "place "
    static let demonymSuffixes = ["ians", "eans", "ans", "ian", "ean", "an", "ese", "ish", "is", "i"]
    private static let demonymEnds: Set<UInt8> = Set(demonymSuffixes.compactMap { $0.utf8.last })
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// Every exchange's tally, and in how many exchanges each key occurs.
    struct Tallied {
        var exchanges: [(number: Int, entries: [String: Tally.Entry], seen: Int, notes: [String: Tally.Note])] = []
        /// Per exchange: a place's key → its country's number, to show one place a country.
        var places: [[String: Int32]] = []
        var spread: [String: Int] = [:]
        /// The title's words as stems, when it names its occasion (`news conference`): such a phrase is no term.
        var title: Set<String> = []
        /// The occasion words it holds, in both numbers: looked at first, on bytes.
        var tails: [String] = []

        /// `news conference` under `News conference of Vladimir Putin`: a word or phrase of the title ending in an occasion.
        static func namesTheOccasion(_ key: String, _ kind: Kind, title: Set<String>, tails: [String]) -> Bool {
            guard kind.rawValue >= Kind.phrase.rawValue,
                  tails.contains(where: { key.utf8.count >= $0.utf8.count && key.utf8.suffix($0.utf8.count).elementsEqual($0.utf8) })
            else { return false }
            let stems = key.split(separator: " ").map { KeyTerms.stem(String($0)) }
            return stems.last.map(KeyTerms.occasions.contains) == true && stems.allSatisfy(title.contains)
        }
    }

    /// The exchange's candidates in the order the rules rank them.
    static func ranked(_ here: [String: Tally.Entry], spread: [String: Int], n: Double) -> [(key: String, entry: Tally.Entry, score: Double)] {
        // Named things need one mention, words and phrases two; a name no index knows, said once,
        // comes after everything named or said twice: it seldom says what an exchange is about,
        // but it is better than an empty slot. (A person or place the indexes found, named once,
        // ranks with the rest: in a short exchange it says more than `solution` said twice.)
        var ranked: [(key: String, entry: Tally.Entry, score: Double)] = []
        for (key, entry) in here where entry.count >= (entry.kind == .entity || entry.kind == .name ? 1 : 2) {
            ranked.append((key, entry, score(key, entry, spread: spread[key] ?? 1, n: n)))
        }
        let tier = { (e: Tally.Entry) in e.count >= 2 || e.kind == .entity ? 1 : 0 }
        ranked.sort { (tier($0.entry), $0.score, $1.key) > (tier($1.entry), $1.score, $0.key) }
        return ranked
    }

    /// TF-IDF, weighed by kind; a word alone by how seldom English says it, and half if abstract.
    ///
    /// The question's words count twice only when the answer takes them up: what the answer never
    /// says again (`legacy`, `your favourite subject`, `a comment before`) is most often the
    /// question's preamble, not what the exchange is about. A thing the indexes know (`Kosovo`,
    /// `Magnitsky Act`) keeps its weight: the question names what it asks about.
    static func score(_ key: String, _ entry: Tally.Entry, spread: Int, n: Double) -> Double {
        let count = entry.answered || entry.kind == .entity ? Double(entry.count) : Double(entry.count) / 2
        let score = count * log((n + 1) / Double(spread)) * weight(entry.kind)
        guard entry.kind == .word else { return score }
        // (A word made with `-ness` names a quality whether WordNet's list has it or not: `readiness`.)
        return score * rarity(key) * (abstractWords.contains(key) || key.hasSuffix("ness") ? 0.5 : 1)
    }

    /// The first `count` candidates that share no word with one chosen before them; a name of
    /// several words (`whole`) only has to be neither inside one chosen nor hold it whole: `Gulf
    /// Cooperation Council` after `Persian Gulf`, `United Nations` after `United States` are other
    /// things, `Navalny` after `Alexei Navalny` and `gulf` after `Persian Gulf` the same. (Two
    /// places of one country may both show when one is such a name: `Moscow`, `St Petersburg`.)
    static func choose(_ candidates: some Sequence<(shown: String, stems: Set<String>, whole: Bool)>, count: Int) -> [String] {
        chosen(candidates, count: count).map(\.shown)
    }

    /// What `choose` chooses, each with its stems.
    private static func chosen(_ candidates: some Sequence<(shown: String, stems: Set<String>, whole: Bool)>,
                               count: Int) -> [(shown: String, stems: Set<String>)] {
        var chosen: [(shown: String, stems: Set<String>)] = [], used = Set<String>(), each: [Set<String>] = []
        var acronyms = Set<String>(), initials = Set<String>()   // of those chosen
        for (shown, stems, whole) in candidates {
            // Compared by their words, not the country a place is in (`New York Times` holds `New York`).
            let words = stems.contains(where: { $0.hasPrefix(placeStem) }) ? stems.filter { !$0.hasPrefix(placeStem) } : stems
            if whole {
                guard !each.contains(where: { $0.isSubset(of: words) || words.isSubset(of: $0) }) else { continue }
            } else {
                guard used.isDisjoint(with: stems) else { continue }
            }
            // `DPP` and `Democratic Progressive Party`, `AI` and `artificial intelligence`: one thing, either first.
            let acronym = isAcronym(shown) ? shown : nil, initial = initialsOf(shown)
            if let acronym, initials.contains(acronym) { continue }
            if let initial, acronyms.contains(initial) { continue }
            if let acronym { acronyms.insert(acronym) }
            if let initial { initials.insert(initial) }
            used.formUnion(stems)
            each.append(words)
            chosen.append((shown, stems))
            if chosen.count == count { break }
        }
        return chosen
    }

    /// Two to six capitals, nothing else (`DPP`, `AI`).
    static func isAcronym(_ shown: String) -> Bool {
        (2...6).contains(shown.utf8.count) && shown.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The capitals the first letters of a term of several words make, joiners left out
    /// (`Democratic Progressive Party` DPP, `artificial intelligence` AI); nil for one word.
    static func initialsOf(_ shown: String) -> String? {
        let words = shown.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !joiners.contains($0.lowercased()) }
        guard words.count >= 2, words.count <= 6 else { return nil }
        return String(words.compactMap(\.first)).uppercased()
    }

    /// A ranked term as it would be shown, or nil where it cannot be one.
    static func candidate(_ key: String, _ entry: Tally.Entry, phrases: [Phrasing],
                          places: [String: Int32]) -> (key: String, entry: Tally.Entry, stems: Set<String>, whole: Bool)? {
        var (key, entry) = (key, entry)
        if entry.kind == .word {
            // `presidential`, `denied`, `help`, `closer`: a word alone must name a thing.
            if looksLikeAdjective(key) || key.hasSuffix("ed") || actionWords.contains(key) { return nil }
        }
        let place = places[key]
        // A word or pair most often said in a longer phrase is shown as that phrase (`green
        // men`, `foreign currency reserves`).
        if entry.kind == .word || entry.kind == .phrase, let phrase = longest(containing: key, count: entry.count, in: phrases) {
            (key, entry) = (phrase.key, phrase.entry)
        }
        // A phrase ends in the thing it names (`realistic target`, not `parties participating`).
        if entry.kind == .phrase, let last = key.split(separator: " ").last, actionWords.contains(String(last)) { return nil }
        // …and opens with a kind of it, not a judgement of it (`horrendous crime`, `close links`).
        if entry.kind == .phrase, let first = key.split(separator: " ").first, judging.contains(String(first)) { return nil }
        // The words shown count too: a topic shown as `monument` and the word `monuments` are one.
        // A name of several words keeps every word but its joiners, for `choose` to compare whole
        // (`United States` is not inside `United Nations`, though `states` alone is filler); so does a
        // topic shown in several words (`voting rights` beside `civil rights leaders`).
        let whole = entry.kind.rawValue <= Kind.name.rawValue && (key.utf8.contains(0x20) || entry.shown.utf8.contains(0x20))
        var stems = Set((key + " " + entry.shown.lowercased()).split(separator: " ").map(String.init)
            .filter { whole ? !joiners.contains($0) : !stopWords.contains($0) }.map(stem))
        if let place { stems.insert(placeStem + String(place)) }
        // A hyphened word is also its last part: `fiction` after `non-fiction`, `speakers` after `co-speakers`.
        if key.utf8.contains(UInt8(ascii: "-")) {
            for w in key.split(separator: " ") where w.contains("-") { stems.insert(stem(String(w.split(separator: "-").last!))) }
        }
        return (key, entry, stems, whole)
    }

    /// A phrase a word may be shown as: a phrase said, or a topic said as one (`vaccine doses`).
    typealias Phrasing = (key: String, entry: Tally.Entry, text: String)

    /// The exchange's phrases, and its topics shown in words of lower case as phrases.
    static func phrasings(_ ranked: [(key: String, entry: Tally.Entry, score: Double)]) -> [Phrasing] {
        ranked.compactMap { r in
            if r.entry.kind == .phrase { return (r.key, r.entry, r.key) }
            guard r.entry.kind == .entity, r.entry.shown.utf8.contains(0x20), r.entry.shown.first?.isLowercase == true else { return nil }
            return (r.key, r.entry, r.entry.shown)
        }
    }

    /// The longest phrase that holds `key` whole and is said at least half as often (a word) or
    /// every time (a pair: `strategic stability` said alone too stays as it is), if any.
    static func longest(containing key: String, count: Int, in phrases: [Phrasing]) -> (key: String, entry: Tally.Entry)? {
        var best: Phrasing?
        let needed = key.contains(" ") ? count : (count + 1) / 2
        for p in phrases where p.entry.count >= needed && p.text.utf8.count > key.utf8.count && p.text.utf8.count > (best?.text.utf8.count ?? 0) {
            if (" " + p.text + " ").contains(" " + key + " ") { best = p }
        }
        return best.map { ($0.key, $0.entry) }
    }

    /// Named things and phrases say more than a word alone.
    static func weight(_ kind: Kind) -> Double {
        switch kind {
        case .entity, .name, .phrase: return 1.5
        case .word: return 1
        }
    }

    /// A word alone weighs by how seldom English says it (Data/word-frequency.txt): what every text
    /// says (`future`, `solution`, `world`) says little about one exchange, however often it is said
    /// there. 1 at Zipf 4 (`sanctions`), 0.75 at 5 (`solution`), 0.5 at 6 (`world`), 1.25 for a
    /// word rarer than 3 (not listed).
    static func rarity(_ word: String) -> Double {
        (8 - min(max(commonness[word] ?? 3, 3), 7)) / 4
    }

    /// Candidates by key (lower case): in each exchange how often, how found and how shown; across
    /// the exchanges, how many hold each.
    struct Tally {
        struct Entry {
            var count: Int, kind: Kind
            /// Said outside the question too (an answer, a moderator): see `score`.
            var answered = false
            var shown: String

            init(count: Int, kind: Kind, shown: String) {
                (self.count, self.kind, self.shown) = (count, kind, shown)
            }

            /// Found both ways (`Novichok` capitalised and as a topic): the stronger kind holds.
            mutating func add(_ times: Int, _ kind: Kind) {
                count += times
                if times == 1 { answered = true }
                if kind.rawValue < self.kind.rawValue { self.kind = kind }
            }
        }
        /// What fitting a ranking reads besides (`KeyTerms.candidates`): how often the question says
        /// a term, which term of the exchange it was in reading order, which index found it
        /// (`Tally.place`, `Tally.unindexed`). Kept apart, and only when noting: in the entries they
        /// made every transcript's key terms dearer (a news conference's by 16 M instructions, 8%).
        struct Note {
            var first: Int, kind: Kind, source: Int8
            var asked = 0
            /// Where it is said (`Zone` bits), where the answers first say it (a share of their
            /// words, -1 if never), how often it modifies the next word (`Syrian regime`).
            var zones: UInt8 = 0, answerAt = -1.0, modifier = 0
        }
        /// Per token of the block being read, when noting: its zone and its place in the answers.
        var tokenZones: [UInt8] = [], tokenAnswer: [Int] = []
        var zone: UInt8 = 0, answerWord = -1
        static let place: Int8 = 4, unindexed: Int8 = 5
        var spread: [String: Int] = [:]
        /// What one occurrence counts for in the block being read.
        var times = 1
        /// Whether notes are kept; the exchange's notes, the terms read so far in it, the index being read.
        var noting = false, notes: [String: Note] = [:], seen = 0, source = Tally.unindexed

        /// - Parameter lower: the term is already in lower case (a word read as such): not folded again.
        mutating func add(_ term: String, _ kind: Kind, lower: Bool = false, to counts: inout [String: Entry]) {
            add(key: lower ? term : term.lowercased(), shown: term, kind, to: &counts)
        }

        mutating func add(key: String, shown: String, _ kind: Kind, to counts: inout [String: Entry]) {
            counts[key, default: Entry(count: 0, kind: kind, shown: shown)].add(times, kind)   // one look-up
            if noting { note(key, kind) }
        }

        private mutating func note(_ key: String, _ kind: Kind) {
            var note = notes[key] ?? Note(first: seen, kind: kind, source: source)
            if times > 1 { note.asked += 1 }
            note.zones |= zone
            if note.answerAt < 0, answerWord >= 0 { note.answerAt = Double(answerWord) }
            if kind.rawValue < note.kind.rawValue { (note.kind, note.source) = (kind, source) }
            notes[key] = note
            seen += 1
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
        var lastPair: String?   // the pair that ended with it, for three words in a row
        var listed: (String, Int)?   // the word before an `and` just read (`oil` of `oil and gas`), and where `and` is
        var i = 0
        while i < list.count {
            let t = list[i]
            guard t.isWord, !claimed[i] else {
                if t.mark == UInt8(ascii: ".") || t.mark == UInt8(ascii: "|") { sentenceStart = true }
                if !t.isWord || claimed[i] { previous = nil; lastPair = nil }
                i += 1
                continue
            }
            tally.at(i)
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
                // Sentence openers and filler in capitals (`The`, `Yesterday`) are not part of a name,
                // but a word that says little alone may open one whose other word is no name
                // alone either (`the Far East`, `New START`).
                while let first = run.first, stopWords.contains(first.lowercased()) || joiners.contains(first) {
                    if !sentenceStart, run.count == 2, !PeopleFinder.openers.contains(first), !joiners.contains(first),
                       PeopleWords.standard.isCommon(run[1].lowercased()) { break }
                    run.removeFirst()
                }
                let whole = run.count
                while let last = run.last, stopWords.contains(last.lowercased()) || joiners.contains(last) { run.removeLast() }
                // `the Eastern Economic forum`, `the Normandy format`: an event named in lower case.
                if !run.isEmpty, run.count == whole, j < list.count, list[j].isWord, !claimed[j], !list[j].isCapitalised,
                   adjacentWords(list, j), eventWords.contains(word(tokens, list[j])) {
                    run.append(word(tokens, list[j]))
                    j += 1
                }
                let titles = PeopleWords.standard
                // A title alone (`Foreign Minister`, `Mr President`, `Mrs` before a claimed name) names no one.
                let title = { (w: String) in titles.titles.contains(w.lowercased()) || titles.modifiers.contains(w.lowercased()) }
                // A name alone (`Go ahead, Alex.` is whom the speaker addresses, not what the exchange
                // is about; a person it is about is named in full somewhere, and the people index
                // claims the name) counts when it is no common word, month or given name.
                let single = { (only: String) in
                    only.utf8.count >= 3 && !calendar.contains(only) && !PeopleWords.standard.isCommon(only.lowercased())
                        && !PeopleWords.standard.given.contains(only)
                }
                if run.count >= 2, let pair = listing(run), pair.allSatisfy({ single($0) || calendar.contains($0) }) {
                    // `Pliny and Herodotus`, `December and January`: two names listed, not one name
                    // (`Savings and Loan`, `Republicans and Democrats`, of common words, stay whole).
                    for only in pair where single(only) { tally.add(only, .name, to: &counts) }
                } else if run.count >= 2, !run.allSatisfy(title) {
                    tally.add(run.joined(separator: " "), .name, to: &counts)
                } else if run.count == 1, let only = run.first, !title(only) {
                    let acronym = list[i].isAllCaps && only.utf8.count >= 2 && only.utf8.count <= 6
                    if acronym ? !stopWords.contains(only.lowercased()) : !(sentenceStart && j == i + 1) && single(only) {
                        tally.add(only, .name, to: &counts)
                    }
                }
                previous = nil
                lastPair = nil
                sentenceStart = false
                i = max(j, i + 1)
                continue
            }
            sentenceStart = false
            // `self-determination`, `long-term ties`: words joined by hyphens are one word, its last the
            // one that says what it is (joined by `-` whatever the text's hyphen, U+2011 too).
            let last = hyphenedEnd(list, from: i, claimed: claimed, tokens) ?? i
            let w: String, head: String
            if last > i {
                w = stride(from: i, through: last, by: 2).map { word(tokens, list[$0]) }.joined(separator: "-")
                head = word(tokens, list[last])
            } else {
                // Checked on bytes before a string is made: splitting into `Character`s was most of
                // the time on a large export.
                guard t.end - t.start >= 3, !tokens.bytes[t.start..<t.end].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
                    previous = nil
                    lastPair = nil
                    i += 1
                    continue
                }
                // `this sprea- — this outreach`: a word broken off is no word.
                if t.end < tokens.bytes.count, tokens.bytes[t.end] == UInt8(ascii: "-"),
                   t.end + 1 == tokens.bytes.count || tokens.bytes[t.end + 1] == 0x20 {
                    previous = nil
                    lastPair = nil
                    i += 1
                    continue
                }
                w = word(tokens, t)
                head = w
            }
            // `Good afternoon, Mr President.`: a greeting's time of day is no subject.
            // (The word before is looked at first, on its bytes: hashing every word cost 1% of the key terms.)
            if last == i, i > 0, list[i - 1].isWord, list[i - 1].end - list[i - 1].start == 4,
               tokens.bytes[list[i - 1].start + 1..<list[i - 1].end].elementsEqual("ood".utf8),
               tokens.bytes[list[i - 1].start] | 0x20 == UInt8(ascii: "g"), greetingTimes.contains(w) {
                previous = nil
                lastPair = nil
                i += 1
                continue
            }
            // A word of three letters must be an English one (`oil`, `gas`, `war`; not `iof`).
            // (`follow-ups`, `run-up`: a verb and its particle is no thing; `long-term` may still open a phrase.)
            guard last > i ? !particles.contains(head.hasSuffix("s") ? String(head.dropLast()) : head) : !stopWords.contains(w), !w.hasSuffix("ly"), list[last].end - t.start > 3 || commonness[w] != nil else {
                // `oil and gas`: two things said as one, kept for the word after `and` (not two
                // qualities or thoughts: `courage and sympathy`, `hearts and minds`).
                listed = w == "and" && adjacentWords(list, i) && previous.map(namesAThing) == true ? (previous!, i) : nil
                previous = nil
                lastPair = nil
                i = last + 1
                continue
            }
            if last == i {
                tally.add(w, .word, lower: !t.isAllCaps, to: &counts)
            } else if head.utf8.count >= 3, !stopWords.contains(head), namesAThing(head),
                      !(last + 1 < list.count && list[last + 1].isWord && !list[last + 1].isCapitalised && !claimed[last + 1]
                        && namesAThing(word(tokens, list[last + 1])) && !stopWords.contains(word(tokens, list[last + 1]))) {
                // Alone, a hyphened word must name a thing by its last part and not qualify the next word (`long-term ties`).
                tally.add(w, .word, lower: true, to: &counts)
            }
            // (`criticise ministers and reprimand them`, `pass the bill and sign it`: a verb takes an object.)
            if let (first, and) = listed, and + 1 == i, last == i, namesAThing(w), !abstractWords.contains(first), !abstractWords.contains(w),
               !(i + 1 < list.count && list[i + 1].isWord && objects.contains(word(tokens, list[i + 1]).lowercased())) {
                tally.add(first + " and " + w, .phrase, lower: true, to: &counts)
            }
            listed = nil
            // A phrase is a thing (`chemical weapons`), not a verb's work (`party signed`, `thereby putting`,
            // `borrow money`); three words in a row make one too (`foreign currency reserves`).
            var pair: String?
            if let previous, adjacentWords(list, i), !w.hasSuffix("ed"), !previous.hasSuffix("ed"), !previous.hasSuffix("ing"),
               !verbWords.contains(previous) {
                let two = previous + " " + w
                tally.modifies(previous)
                tally.add(two, .phrase, lower: true, to: &counts)
                if let lastPair { tally.add(lastPair + " " + w, .phrase, lower: true, to: &counts) }
                pair = two
            }
            lastPair = pair
            previous = w
            i = last + 1
        }
    }

    /// Where a word joined to the next ones by hyphens ends (`self-determination`), if it is:
    /// lower-case words only, no digits, no blank between.
    static func hyphenedEnd(_ list: [Tokens.Token], from i: Int, claimed: [Bool], _ tokens: Tokens) -> Int? {
        var k = i
        while k + 2 < list.count, list[k + 1].mark == UInt8(ascii: "-"), list[k + 1].start == list[k].end,
              list[k + 2].isWord, list[k + 2].start == list[k + 1].end, !list[k + 2].isCapitalised, !claimed[k + 2] {
            k += 2
        }
        guard k > i, !tokens.bytes[list[i].start..<list[k].end].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return k
    }

    /// The two words of a run `X and Y` of one word each, else nil.
    static func listing(_ run: [String]) -> [String]? {
        run.count == 3 && run[1] == "and" ? [run[0], run[2]] : nil
    }

    /// The particles of phrasal verbs, which end a hyphened word that is a verb's work (`follow-up`, `run-up`).
    static let particles: Set<String> = ["up", "out", "in", "off", "on", "down", "over", "back", "away", "by"]

    /// What follows a verb rather than a noun: its object's pronoun, article or quantifier.
    static let objects: Set<String> = ["it", "them", "him", "her", "us", "me", "you", "the", "a", "an", "this", "that",
                                       "these", "those", "their", "his", "its", "our", "my", "your", "at", "with",
                                       "several", "some", "all", "any", "each", "every", "both", "many", "few", "no"]

    /// A word that can name a thing: no verb, adjective or participle.
    static func namesAThing(_ w: String) -> Bool {
        !actionWords.contains(w) && !verbWords.contains(w) && !w.hasSuffix("ed") && !w.hasSuffix("ing") && !looksLikeAdjective(w)
    }

    /// `presidential`, `eastern`: alone, an adjective says little (in a phrase it is kept).
    static func looksLikeAdjective(_ word: String) -> Bool {
        ["al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ian", "ern", "ish"].contains { word.hasSuffix($0) }
    }

    /// The event a place names when an event word follows it (`Berlin Conference`, `Astana
    /// format`), and where that word ends (a scalar offset).
    static func event(after range: Range<Int>, in tokens: Tokens) -> (String, Int)? {
        let list = tokens.list
        let low = firstToken(atOrAfter: range.upperBound, in: list)
        let first = firstToken(atOrAfter: range.lowerBound, in: list)
        guard low < list.count, list[low].isWord, eventWords.contains(word(tokens, list[low]).lowercased()), first < low else { return nil }
        return (String(decoding: tokens.bytes[list[first].start..<list[low].end], as: UTF8.self), list[low].scalarEnd)
    }

    /// The lower-case noun right after the words at `range` (`zones` after `de-escalation`): a
    /// word that can name a thing, no filler or verb.
    static func qualified(_ range: Range<Int>, in tokens: Tokens) -> String? {
        let list = tokens.list
        let next = firstToken(atOrAfter: range.upperBound, in: list)
        guard next < list.count, list[next].isWord, !list[next].isCapitalised, adjacentWords(list, next),
              list[next - 1].scalarEnd == range.upperBound, list[next].end - list[next].start > 3 else { return nil }
        let w = word(tokens, list[next])
        guard !stopWords.contains(w), !actionWords.contains(w), !verbWords.contains(w), !w.hasSuffix("ed"), !w.hasSuffix("ly"),
              !w.hasSuffix("ing"), !looksLikeAdjective(w), !w.contains(where: \.isNumber) else { return nil }
        return w
    }

    /// The lower-case word right before the words at `range` that says which of them
    /// (`presidential` of `presidential elections`): no filler, verb, judgement, adverb or number.
    static func qualifier(_ range: Range<Int>, in tokens: Tokens) -> String? {
        let list = tokens.list
        let at = firstToken(atOrAfter: range.lowerBound, in: list)
        guard at > 0, at < list.count, list[at].scalarStart == range.lowerBound, adjacentWords(list, at) else { return nil }
        let before = list[at - 1]
        guard !before.isCapitalised, before.end - before.start > 3 else { return nil }
        let w = word(tokens, before)
        guard !stopWords.contains(w), !verbWords.contains(w), !judging.contains(w), !w.hasSuffix("ed"), !w.hasSuffix("ly"),
              !w.hasSuffix("ing"), !w.contains(where: \.isNumber) else { return nil }
        return w
    }

    /// Where a questioner says who they are (`Oksana Panarina, columnist for the Kuzbass
    /// newspaper.`, `Mr President, Dmitry Suslov, Higher School of Economics.`, `Mr President, I am
    /// Alexander Kolesnichenko from Argumenty i Fakty.`): one of the first three sentences, short,
    /// a person named in its first six words, no verb or adjective in lower
    /// case (`Chancellor Merkel met Putin.` says what the question is about). A scalar range.
    /// `announced`: the name is said as the speaker's own, so whoever calls on them or answers
    /// them names the questioner, not what is asked.
    static func introduction(in tokens: Tokens, names: ArraySlice<PackedMention>) -> (range: Range<Int>, announced: Bool)? {
        guard !names.isEmpty else { return nil }
        let list = tokens.list
        var start = 0, sentences = 0
        while start < list.count, sentences < 3 {
            var end = start, words = 0, described = false
            while end < list.count, !endsSentence(list[end], in: tokens) {
                if list[end].isWord {
                    words += 1
                    if !list[end].isCapitalised {
                        let w = word(tokens, list[end])
                        // `I am Alexander Kolesnichenko`, `my name is …`: being someone is no action.
                        if w.hasSuffix("ed") || (actionWords.contains(w) && w != "am" && w != "is") { described = true }
                    }
                }
                end += 1
            }
            if words > 0, words <= 14, end < list.count, list[end].mark == UInt8(ascii: ".") {
                // A name in the first six words, or later after `my name is` (`Hello, Mr President, my name is …`).
                let firstWords = list[start..<end].lazy.filter(\.isWord).prefix(10)
                // (A sentence "begun" after `Dr.` or `Mr.` is the same sentence: its name opens nothing.)
                let afterTitle = start >= 2 && list[start - 2].isWord && list[start - 2].isCapitalised && list[start - 2].end - list[start - 2].start <= 3
                if let begin = firstWords.first?.scalarStart {
                    let six = firstWords.prefix(6).last!.scalarEnd, ten = firstWords.last!.scalarEnd
                    for name in names where Int(name.start) >= begin && Int(name.start) < ten {
                        let announced = announces(name, in: tokens, opening: afterTitle ? -1 : begin)
                        if (Int(name.start) < six || announced) && (!described || announced) {
                            return (begin..<list[end].scalarEnd, announced)
                        }
                    }
                }
            }
            sentences += 1
            start = end + 1
        }
        return nil
    }

    /// A name said as the speaker's own: `My name is Dina Gazaliyeva, I represent…`, `I am …`, or
    /// followed by a comma and what the speaker is (`Vladimir Semenchik, Sakhalin, the Gubernskiye
    /// Vedomosti publishing house.`), where the words after it may be verbs or nouns that are also verbs.
    /// (`Dr. Fauci, how much…` opens with a title: the one asked, not the one asking.)
    static func announces(_ name: PackedMention, in tokens: Tokens, opening: Int) -> Bool {
        let list = tokens.list
        let at = firstToken(atOrAfter: Int(name.start), in: list)
        guard at < list.count else { return false }
        if Int(name.start) == opening {
            let after = firstToken(atOrAfter: Int(name.end), in: list)
            return after < list.count && list[after].mark == UInt8(ascii: ",")
                && PeopleWords.standard.given.contains(word(tokens, list[at]))
        }
        // `my name is`, `I am`, `I'm` right before it (`the next guest is Shinzo Abe` introduces no one).
        guard at > 1, list[at - 1].isWord else { return false }
        let before = word(tokens, list[at - 1]), first = list[at - 2]
        if before == "is" { return first.isWord && word(tokens, first).lowercased() == "name" }
        if before == "am" { return first.isWord && word(tokens, first) == "I" }
        return before == "m" && first.mark == UInt8(ascii: "'") && at > 2 && list[at - 3].isWord && word(tokens, list[at - 3]) == "I"
    }

    /// A full stop, or the `!` or `?` the tokens mark only as a break (`Hello, Mr President! My name is…`).
    private static func endsSentence(_ token: Tokens.Token, in tokens: Tokens) -> Bool {
        if token.mark == UInt8(ascii: ".") { return true }
        guard token.mark == UInt8(ascii: "|") else { return false }
        let b = tokens.bytes[token.start]
        return b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    /// The first token starting at or after `scalar`: a binary search, tokens being in text order.
    static func firstToken(atOrAfter scalar: Int, in list: [Tokens.Token]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].scalarStart < scalar { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The words of the text at `range` (scalar offsets), as written.
    static func written(_ range: Range<Int>, in tokens: Tokens) -> String? {
        let list = tokens.list
        let low = firstToken(atOrAfter: range.lowerBound, in: list)
        var last = low
        while last + 1 < list.count, list[last + 1].scalarEnd <= range.upperBound { last += 1 }
        guard low < list.count, list[low].scalarEnd <= range.upperBound else { return nil }
        return String(decoding: tokens.bytes[list[low].start..<list[last].end], as: UTF8.self)
    }

    /// A given name alone between a sentence's edges and a comma (`Thanks, Alex.`, `Simon, go
    /// ahead.`): whom the speaker addresses. `range` is in scalars.
    static func addressed(_ range: Range<Int>, in tokens: Tokens) -> Bool {
        let list = tokens.list
        let low = firstToken(atOrAfter: range.lowerBound, in: list)
        guard low < list.count, list[low].isWord, list[low].scalarEnd == range.upperBound,
              PeopleWords.standard.given.contains(String(decoding: tokens.bytes[list[low].start..<list[low].end], as: UTF8.self))
        else { return false }
        let before = low == 0 ? UInt8(ascii: ".") : list[low - 1].mark
        let after = low + 1 == list.count ? UInt8(ascii: ".") : list[low + 1].mark
        let edges: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "|")]
        return (before == UInt8(ascii: ",") && (edges.contains(after) || after == UInt8(ascii: ",")))
            || (edges.contains(before) && after == UInt8(ascii: ","))
    }

    /// Adjectives that judge, measure or place a thing rather than say what kind it is.
    static let judging: Set<String> = [
        "realistic", "efficient", "horrendous", "benevolent", "favourite", "favorite", "current", "close",
        "terrible", "wonderful", "excellent", "enormous", "tremendous", "genuine", "proper", "interesting", "difficult",
        "serious", "significant", "particular", "specific", "certain", "various", "different", "similar", "entire",
        "whole", "overall", "obvious", "necessary", "possible", "huge", "big", "small", "good", "bad", "great",
        "important", "main", "basic", "simple", "clear", "strong", "weak", "positive", "negative", "normal", "usual",
    ]

    /// Words a title names its occasion by.
    static let occasions: Set<String> = [
        "conference", "briefing", "interview", "meeting", "call", "gaggle", "session", "conversation", "speech",
        "remark", "address", "roundtable", "hearing", "podcast", "episode", "show", "talk", "discussion", "forum",
    ]

    private static let greetingTimes: Set<String> = ["morning", "afternoon", "evening", "day", "night"]

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
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        // `presses`, `taxes`, `churches`, `wishes`: the plural adds `es`.
        return ["sses", "xes", "ches", "shes"].contains(where: w.hasSuffix) ? String(w.dropLast(2)) : String(w.dropLast())
    }

    /// Whether `://`, `www.`, a percent escape or page markup (`<div`, `</p>`, `&lt;div`) occurs,
    /// looked for on bytes: Foundation's `contains` on a `String` went through NSString and was
    /// a tenth of a large export's time.
    static func mayHoldAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 0..<(bytes.count - 3) {
                let b = bytes[i]
                if b == UInt8(ascii: "<") && isTagStart(bytes[i + 1]) { return true }
                if b == UInt8(ascii: "&") && bytes[i + 1] == UInt8(ascii: "l") && bytes[i + 2] == UInt8(ascii: "t") && bytes[i + 3] == UInt8(ascii: ";") { return true }
                if b == UInt8(ascii: ":") && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/") { return true }
                if b == UInt8(ascii: "w") && bytes[i + 1] == UInt8(ascii: "w") && bytes[i + 2] == UInt8(ascii: "w")
                    && bytes[i + 3] == UInt8(ascii: ".") { return true }
                if b == UInt8(ascii: "%") && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2]) { return true }
            }
            return false
        }
    }

    /// The text with web addresses blanked out, each scalar a space, so offsets still match; so
    /// is any unbroken run holding a percent escape (`%3Cdiv%20style%3D`): a share link's
    /// encoded page, whose words (`style`, `div`) are the page's, not the speaker's; and so is
    /// page markup left in the text, written or escaped (`<div style="text-align:right">`,
    /// `&lt;/p&gt;`), with what a script or style element holds.
    static func withoutAddresses(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if let end = markupEnd(scalars, from: i) {
                while i < end { out.append(" "); i += 1 }
                continue
            }
            if i == 0 || scalars[i - 1].properties.isWhitespace {
                var end = i, escaped = false
                while end < scalars.count, !scalars[end].properties.isWhitespace {
                    if scalars[end] == "%", end + 2 < scalars.count, isHexDigit(scalars[end + 1]), isHexDigit(scalars[end + 2]) { escaped = true }
                    end += 1
                }
                if escaped {
                    while i < end { out.append(" "); i += 1 }
                    continue
                }
            }
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

    /// Where the markup opening at `i` ends: a tag (`<` or `&lt;`, then a letter, `/` or `!`, up
    /// to its `>` or `&gt;` within 2,000 scalars), and after a `script` or `style` tag everything
    /// up to the tag that closes it; nil if none opens there.
    static func markupEnd(_ scalars: [Unicode.Scalar], from i: Int) -> Int? {
        func opens(_ k: Int) -> Int? {   // where the tag's name starts
            if scalars[k] == "<" { return k + 1 }
            if scalars[k] == "&", scalars[k...].starts(with: "&lt;".unicodeScalars) { return k + 4 }
            return nil
        }
        func closes(after k: Int) -> Int? {   // the end of the tag whose name starts at k
            var j = k
            while j < scalars.count, j - k < 2000 {
                if scalars[j] == ">" { return j + 1 }
                if scalars[j] == "&", scalars[j...].starts(with: "&gt;".unicodeScalars) { return j + 4 }
                // (Another tag opening first: this was none, and each `<` is looked past only once.)
                if scalars[j] == "<" || (scalars[j] == "&" && scalars[j...].starts(with: "&lt;".unicodeScalars)) { return nil }
                j += 1
            }
            return nil
        }
        guard scalars[i] == "<" || scalars[i] == "&", let name = opens(i), name < scalars.count,
              scalars[name].isASCII, isTagStart(UInt8(scalars[name].value)), var end = closes(after: name) else { return nil }
        let tag = String(String.UnicodeScalarView(scalars[name..<min(name + 6, scalars.count)])).lowercased()
        for element in ["script", "style"] where tag.hasPrefix(element) {
            // Everything up to `</script`, written or escaped.
            var j = end
            while j < scalars.count {
                if let inner = opens(j), inner < scalars.count, scalars[inner] == "/",
                   String(String.UnicodeScalarView(scalars[(inner + 1)..<min(inner + 1 + element.count, scalars.count)])).lowercased() == element,
                   let close = closes(after: inner) {
                    end = close
                    break
                }
                j += 1
            }
            if j == scalars.count { end = j }
        }
        return end
    }

    /// A byte that can follow `<` in a tag: a letter, `/` or `!`.
    private static func isTagStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "/") || b == UInt8(ascii: "!")
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }

    private static func isHexDigit(_ s: Unicode.Scalar) -> Bool { s.isASCII && isHexDigit(UInt8(s.value)) }

    static let joiners: Set<String> = ["of", "the", "for", "and", "de"]
    /// The people's and the topics' places in `EntityKind.allCases`.
    static let peopleKind = EntityKind.allCases.firstIndex(of: .people)!, topicKind = EntityKind.allCases.firstIndex(of: .topics)!
    /// Verbs, adjectives and adverbs (Data/action-words.txt, from WordNet): alone, or at a
    /// phrase's end, they name no thing (`help`, `tries`, `longer complaining`).
    static let actionWords: Set<String> = Set(EmbeddedPeopleWords.actionWords.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    /// Verbs that are no adjective (Data/verb-words.txt, from WordNet): `borrow money` is no thing.
    static let verbWords: Set<String> = Set(EmbeddedPeopleWords.verbWords.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    /// Nouns of qualities, thoughts, feelings, relations and times (Data/abstract-words.txt, from
    /// WordNet): alone they seldom say what an exchange is about (`intuition`, `difference`,
    /// `future`), so they weigh half; said often enough, they still show (`history`, `prices`).
    static let abstractWords: Set<String> = Set(EmbeddedPeopleWords.abstractWords.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    /// Zipf values by word (Data/word-frequency.txt, from wordfreq): how common each word is in English.
    static let commonness: [String: Double] = {
        var values: [String: Double] = [:]
        for line in EmbeddedPeopleWords.wordFrequency.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let zipf = Double(parts[1]) { values[String(parts[0])] = zipf }
        }
        return values
    }()
    /// Months and weekdays: when something happened, never what an exchange is about.
    static let calendar = PeopleFinder.months.union(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    static let stopWords: Set<String> = Set(EmbeddedPeopleWords.keyTermStopWords.split(whereSeparator: \.isNewline)
        .filter { !$0.hasPrefix("#") }.flatMap { $0.split(separator: " ").map(String.init) })
}

private extension StringProtocol {
    /// Less any run of `characters` at the end.
    func trimmingSuffix(_ characters: Set<Character>) -> SubSequence {
        var end = endIndex
        while end > startIndex, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
