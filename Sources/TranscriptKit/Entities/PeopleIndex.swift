/// People of a whole document: which of the finder's runs are persons, and whose each mention is.
///
/// A name of two or more words counts when a title, a given name (`Rex Tillerson`) or what
/// follows it (`… said`) vouches for it, or when it recurs and none of its words is an English
/// word (`Alsu Kurmasheva`, but not `Armed Forces`). A word alone is the one accepted full name
/// that ends or begins with it (`Navalny`, `Jake`, `President Xi`); else it is a person in its
/// own name, everywhere in the document, once one of its mentions is vouched for: a title
/// (`Chancellor Scholz`), what follows (`Hitler's`), a list of well-known people (`Merkel`), or,
/// for a given name, being spoken to or named again (`Thanks, Kirby.`). People are merged by name,
/// case and hyphens aside (`Tsai Ing Wen`, `Tsai Ing-Wen`); each is shown by its fullest name.
enum PeopleIndex {
    static func build(_ document: Document, _ finder: PeopleFinder) -> MentionIndex {
        var scratch = PeopleFinder.Scratch()
        // A site's navigation (`* [Vladimir Putin's Personal Website](…)`) names no one.
        let found = document.blocks.map { block -> [PeopleFinder.Found] in
            if isLinkOnly(block.text) { return [] }
            let people = finder.people(in: block.text, reusing: &scratch)
            // A speaker's label the parser left in the text names no one.
            let label = missedLabelEnd(block.text)
            return label == 0 ? people : people.filter { $0.range.lowerBound >= label }
        }
        let words = finder.words
        var seen: [String: Int] = [:]   // key → runs, full names and words alone
        var places = Set<String>()      // keys the text once calls a place (`the town of Tiksi`)
        var thingness: [String: Int] = [:]  // key → mentions after `in`, `on`, `at`, `of`, less those vouched for
        for f in found.joined() {
            seen[f.key, default: 0] += 1
            if f.placed { places.insert(f.key) }
            // (`on Ed's question`: the possessive's noun is what stands after `on`.)
            thingness[f.key, default: 0] += f.vouched ? -1 : f.located ? 1 : 0
        }

        func accepted(_ f: PeopleFinder.Found) -> Bool {
            if f.titled { return true }
            let given = words.given.contains(f.words[0])
            // `Black Women's Roundtable`: a possessive or a verb after English words alone names a thing.
            if f.vouched { return given || f.words.contains { !words.isCommon($0.lowercased()) } }
            // A given name of two letters vouches only for a name that is no English word (`En Route`).
            if given, f.words[0].count >= 3 || !words.isCommon(f.words[f.words.count - 1].lowercased()) { return true }
            return (seen[f.key] ?? 0) >= 2 && !f.words.contains { words.isCommon($0.lowercased()) }
        }
        var forms: [String: [String: Int]] = [:]    // key → spellings seen
        var byLast: [String: Set<String>] = [:], byFirst: [String: Set<String>] = [:]
        for f in found.joined() where f.words.count >= 2 && accepted(f) {
            let k = f.key
            forms[k, default: [:]][f.name, default: 0] += 1
            byLast[key([f.words[f.words.count - 1]]), default: []].insert(k)
            byFirst[key([f.words[0]]), default: []].insert(k)
        }
        // Words alone that name someone the document never names in full.
        var alone: [String: String] = [:]   // word → person key
        var known: [String: (common: Bool, given: Bool)] = [:]
        // Given names that are English words, known as people by being called on (`Go ahead, Rob.`) or
        // by a possessive (`Bob's audio`): a person where spoken to, vouched for or inside a sentence,
        // not as a word that opens one (`Rob the bank`).
        var wordNames = Set<String>()
        for f in found.joined() where f.words.count == 1 && !f.onlySurname {
            let w = f.key
            guard byLast[w] == nil, byFirst[w] == nil, alone[w] == nil || wordNames.contains(w), pair(f, words).isEmpty, !words.places.contains(f.words[0]),
                  !places.contains(w) else { continue }
            let word = f.words[0]
            // Worked out once a word: most words alone come again and again.
            let (common, given) = known[w] ?? (words.isCommon(w), words.given.contains(word) && word.count >= 3)
            known[w] = (common, given)
            if let full = words.wellKnown[w], !full.isEmpty {
                let fullWords = full.split(separator: " ").map(String.init)
                alone[w] = key(fullWords)
                forms[key(fullWords), default: [:]][full, default: 0] += 1
            // (A word vouched for, as `Ethereum's launch`, that stands after `in`, `on`, `at`, `of` as
            // often as that, `built on Ethereum`, names a thing.)
            } else if f.titled || words.wellKnown[w] != nil || (f.vouched && !common && !looksLikePlace(w) && (thingness[w] ?? 0) < 0)
                        || (given && !common && (f.addressed || (seen[w] ?? 0) >= 2)) {
                wordNames.remove(w)
                alone[w] = w
                forms[w, default: [:]][word, default: 0] += 1
            } else if given && (f.called || (f.possessive && !f.opensSentence && (thingness[w] ?? 0) < 0)) && alone[w] == nil {
                wordNames.insert(w)
                alone[w] = w
                forms[w, default: [:]][word, default: 0] += 1
            }
        }
        func person(_ f: PeopleFinder.Found) -> String? {
            if f.words.count >= 2 { return accepted(f) ? f.key : nil }
            let w = f.key
            // `the Skripals` after `Yulia Skripal`: a family by the one surname the document spells out.
            let family = w.hasSuffix("s") && w.count > 4 ? byLast[String(w.dropLast())] : nil
            // `Thanks, Mike.` after `Michael Tyler`: the short form of the one full given name it
            // can stand for (an English word, `Mike`, `Bill`, only when spoken to).
            var formal: Set<String>?
            if let longer = nicknames[w], f.addressed || !words.isCommon(w) {
                let people = longer.reduce(into: Set<String>()) { $0.formUnion(byFirst[$1] ?? []) }
                formal = people.isEmpty ? nil : people
            }
            if let full = f.onlySurname ? byLast[w] : byLast[w] ?? byFirst[w] ?? family ?? formal {
                if full.count == 1 { return full.first }
                // Two people share it: the well-known one if either is (`Biden`, beside Jill Biden); for a
                // surname no well-known person bears, the one named in full at least twice as often as
                // each other (`Dr. King`); else neither (`Clinton`, `Brian`).
                guard let known = words.wellKnown[w], !known.isEmpty else {
                    guard words.wellKnown[w] == nil, byLast[w] == full else { return nil }
                    let named = full.map { k in (k, forms[k]?.values.reduce(0, +) ?? 0) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
                    return named[0].1 >= 2 * named[1].1 ? named[0].0 : nil
                }
                let k = key(known.split(separator: " ").map(String.init))
                return full.contains(k) ? k : nil
            }
            return f.onlySurname || (wordNames.contains(w) && f.opensSentence && !f.addressed && !f.vouched) ? nil : alone[w]
        }
        // Each person under the spelling written most often (ties: the longer, then the first in order).
        var display: [String: String] = [:]
        for (k, spellings) in forms {
            display[k] = spellings.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key ?? k
        }
        var mentions: [[Mention]] = []
        mentions.reserveCapacity(found.count)
        for list in found {
            var block: [Mention] = []
            for f in list {
                // `the Obama-Biden administration`: two people joined by a hyphen.
                let two = f.words.count == 1 ? pair(f, words) : []
                if !two.isEmpty {
                    block += two.map { k, full, range in Mention(code: display[k] ?? full, range: range, kind: .name) }
                } else if let k = person(f), let name = display[k] {
                    block.append(Mention(code: name, range: f.range, kind: .name))
                }
            }
            mentions.append(block)
        }
        return MentionIndex(document: document, mentions: mentions, name: { $0 })
    }

    /// Short forms of given names (as `key` folds them) → the given names they stand for.
    static let nicknames: [String: [String]] = [
        "mike": ["michael"], "mick": ["michael"], "bill": ["william"], "billy": ["william"], "bob": ["robert"], "bobby": ["robert"],
        "rob": ["robert"], "jim": ["james"], "jimmy": ["james"], "joe": ["joseph"], "tom": ["thomas"], "tony": ["anthony"],
        "dick": ["richard"], "rick": ["richard"], "dave": ["david"], "steve": ["steven", "stephen"], "chris": ["christopher", "christine", "christina"],
        "kate": ["katherine", "catherine", "kathryn"], "katie": ["katherine", "catherine", "kathryn"], "liz": ["elizabeth"],
        "beth": ["elizabeth"], "sue": ["susan"], "jen": ["jennifer"], "jenny": ["jennifer"], "ed": ["edward"], "ted": ["edward", "theodore"],
        "ben": ["benjamin"], "sam": ["samuel", "samantha"], "dan": ["daniel"], "danny": ["daniel"], "matt": ["matthew"],
        "nick": ["nicholas", "nikolai"], "pete": ["peter"], "alex": ["alexander", "alexandra", "alexei"], "andy": ["andrew"],
        "greg": ["gregory"], "jeff": ["jeffrey"], "larry": ["lawrence"], "jerry": ["gerald", "jerome"], "ken": ["kenneth"],
        "tim": ["timothy"], "pat": ["patrick", "patricia"], "nate": ["nathan", "nathaniel"], "zeke": ["ezekiel"], "vince": ["vincent"],
        "sasha": ["alexander", "alexandra"], "misha": ["mikhail"], "dima": ["dmitry"], "volodya": ["vladimir"], "kolya": ["nikolai"],
    ]

    /// The two people of a hyphenated pair of well-known surnames (`Obama-Biden`), keyed as
    /// `build` keys them, with their full names and ranges; empty for any other word.
    private static func pair(_ f: PeopleFinder.Found, _ words: PeopleWords) -> [(key: String, full: String, range: Range<Int>)] {
        let parts = f.words[0].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return [] }
        var out: [(String, String, Range<Int>)] = []
        var start = f.range.lowerBound
        for part in parts {
            let length = part.unicodeScalars.count
            guard let full = words.wellKnown[key([String(part)])], !full.isEmpty else { return [] }
            out.append((key(full.split(separator: " ").map(String.init)), full, start..<start + length))
            start += length + 1
        }
        return out
    }

    /// Place names by their ending (`Mordovia`, `Kyrgyzstan`, `Stalingrad`): a verb after one
    /// (`Mordovia asked`) does not make it a person; a title still can.
    static func looksLikePlace(_ word: String) -> Bool {
        (word.hasSuffix("ia") && !word.hasSuffix("cia")) || ["stan", "land", "burg", "grad", "polis", "shire", "ville"].contains { word.hasSuffix($0) }
    }

    /// A name as people are merged: lower case, hyphens as spaces, no dots.
    static func key(_ words: [String]) -> String {
        var out: [UInt8] = []
        for (n, word) in words.enumerated() {
            if n > 0 { out.append(0x20) }
            for b in word.lowercased().utf8 where b != UInt8(ascii: ".") { out.append(b == UInt8(ascii: "-") ? 0x20 : b) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where a bold name after a timestamp at a paragraph's start ends, in scalars, or 0: a
    /// speaker's label that the parser did not take for one (`0:45:28.5**Name** Yeah.`, the
    /// space after the time lost; `0:45:49.2 **Name & Name** (laughing)`).
    static func missedLabelEnd(_ text: String) -> Int {
        // (Most paragraphs open with a letter: nothing is copied for them.)
        guard let opening = text.utf8.first, opening >= 0x30, opening <= 0x39 else { return 0 }
        let bytes = Array(text.utf8.prefix(200))
        var i = 0, colons = 0
        while i < bytes.count, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") || (bytes[i] >= 0x30 && bytes[i] <= 0x39) {
            if bytes[i] == UInt8(ascii: ":") { colons += 1 }
            i += 1
        }
        guard colons > 0 else { return 0 }
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        let star = UInt8(ascii: "*")
        guard i + 1 < bytes.count, bytes[i] == star, bytes[i + 1] == star else { return 0 }
        var j = i + 2
        while j + 1 < bytes.count, !(bytes[j] == star && bytes[j + 1] == star) { j += 1 }
        guard j + 1 < bytes.count else { return 0 }
        return String(decoding: bytes[..<(j + 2)], as: UTF8.self).unicodeScalars.count
    }

    /// A Markdown link and nothing else, perhaps as a list item: a site's navigation or footer.
    static func isLinkOnly(_ text: String) -> Bool {
        var rest = Substring(text)
        while let first = rest.first, first == " " || first == "*" || first == "-" { rest.removeFirst() }
        guard rest.hasPrefix("["), rest.hasSuffix(")"), let close = rest.firstIndex(of: "]") else { return false }
        return rest[close...].hasPrefix("](") && !rest[rest.index(after: close)...].dropFirst().contains("[")
    }
}
