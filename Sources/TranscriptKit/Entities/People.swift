/// Finds the runs of capitalised words in a paragraph that may name a person, with what the text
/// around each says about it: a title before it (`Russian Foreign Minister Sergei Lavrov`,
/// `Mr. Saleh`), a possessive, a verb of speech or action or a person noun after it (`Hitler's`,
/// `Navalny said`, `the Obama administration`).
///
/// Words already claimed by a country or an organisation are never part of a name; titles and
/// job words are dropped from a name's front; a run that ends in the head word of a thing
/// (`… Party`, `… Strait`) is not a person. Whether a run is a person is settled over the whole
/// document (`PeopleIndex`), where a surname alone can lean on the full name.
struct PeopleFinder {
    let countries: CountryMatcher
    let organisations: CountryMatcher
    var words = PeopleWords.standard

    /// A run that may name a person.
    struct Found {
        /// The name's words as written, titles dropped (`Alexei`, `Navalny`; `Kara-Murza` is one).
        var words: [String]
        var range: Range<Int>
        /// A title stands before it (`Chancellor Scholz`).
        var titled: Bool
        /// A possessive, a verb of speech or action or a person noun follows it.
        var vouched: Bool
        /// One word between commas or a sentence's edges: someone spoken to (`Thanks, Kirby.`).
        var addressed = false
        /// Spoken to after a greeting, thanks or a call to go on (`Go ahead, Rob.`, `Thanks, Mike.`):
        /// a given name even where it is also an English word.
        var called = false
        /// A title's word alone (`the King family`): a person only as the surname of one named in full.
        var onlySurname = false
        /// A possessive follows it (`Bob's audio`).
        var possessive = false
        /// It begins a sentence, where any word is capitalised (`Rob the bank`).
        var opensSentence = false
        /// The text calls it a place (`the town of Tiksi`, `the port of Tiksi`).
        var placed = false
        /// It follows `in`, `on`, `at`, `of` (`in Ethereum`, `at Cato`, `the rise of Compaq`), as things
        /// and places do more often than people.
        var located = false
        var name: String { words.joined(separator: " ") }
        /// The name as people are merged (`PeopleIndex.key`), worked out once.
        var key: String
    }

    /// Storage that serves paragraph after paragraph.
    struct Scratch {
        var tokens = Tokens(), matched = Tokens()
        var claims: [PackedMention] = [], claimed: [Bool] = []
    }

    func people(in text: String) -> [Found] {
        var scratch = Scratch()
        return people(in: text, reusing: &scratch)
    }

    func people(in text: String, reusing scratch: inout Scratch) -> [Found] {
        scratch.tokens.read(text)
        let tokens = scratch.tokens, list = tokens.list
        // Words already claimed by a country or an organisation are not names.
        scratch.claims.removeAll(keepingCapacity: true)
        countries.append(mentionsIn: text, includingBlocks: true, to: &scratch.claims, reusing: &scratch.matched)
        organisations.append(mentionsIn: text, to: &scratch.claims, reusing: &scratch.matched)
        PeopleFinder.mark(list, inside: &scratch.claims, into: &scratch.claimed)
        let claimed = scratch.claimed
        var found: [Found] = []
        var i = 0
        while i < list.count {
            guard list[i].isWord, !claimed[i], list[i].isCapitalised || joinsByHyphen(tokens, i) else { i += 1; continue }
            // The run's words, each with its first and last token (hyphenated parts, initials).
            var parts: [Part] = []
            var j = i
            while j < list.count {
                let t = list[j]
                guard t.isWord, !t.isAllCaps, !claimed[j] else {
                    // `Mr.` and initials (`George W. Bush`) keep the run going.
                    if t.mark == UInt8(ascii: "."), let last = parts.last, last.last == j - 1,
                       last.text.utf8.count == 1 || words.titles.contains(last.lower) || PeopleFinder.abbreviations.contains(last.text) {
                        j += 1
                        continue
                    }
                    break
                }
                let text = word(tokens, t)
                guard t.isCapitalised || PeopleFinder.particles.contains(text) else { break }
                // A sentence opener or a thing's word ends a name (`Sergei Lavrov Talks About`),
                // but a month may follow a given name (`Theresa May`).
                if !parts.isEmpty, PeopleFinder.openers.contains(text),
                   !(PeopleFinder.months.contains(text) && parts.count == 1 && words.given.contains(parts[0].text)) { break }
                // `Mr Sargsyan [President of Armenia]`: an editor's note of who it is ends the name
                // (brackets are read through, for `[Gerard] Depardieu`).
                if let previous = parts.last, tokens.bytes[list[previous.last].end..<t.start].contains(UInt8(ascii: "[")),
                   words.titles.contains(text.lowercased()) || words.modifiers.contains(text.lowercased()) { break }
                var last = j
                // `Kara-Murza`, `Jong-un`, `al-Assad`, `O'Brien`: one word.
                while last + 2 < list.count, adjacent(list[last], list[last + 1]), adjacent(list[last + 1], list[last + 2]),
                      list[last + 2].isWord, !claimed[last + 2],
                      list[last + 1].mark == UInt8(ascii: "-")
                        || (list[last + 1].mark == UInt8(ascii: "'") && last == j && text.count == 1 && list[last + 2].isCapitalised) {
                    last += 2
                }
                // `Leader McCon- — or Senator McConnell`: a word broken off is no name, nor part of one.
                if last + 1 < list.count, list[last + 1].mark == UInt8(ascii: "-"), adjacent(list[last], list[last + 1]),
                   last + 2 == list.count || !adjacent(list[last + 1], list[last + 2]) {
                    break
                }
                let whole = String(decoding: tokens.bytes[t.start..<list[last].end], as: UTF8.self)
                parts.append(Part(text: whole, lower: whole.lowercased(), first: j, last: last))
                j = last + 1
            }
            defer { i = max(j, i + 1) }
            // `the Magnitsky Act`, `the Putin Palace`: the run names a thing after all.
            if j < list.count, list[j].isWord, list[j].isCapitalised, words.heads.contains(word(tokens, list[j]).lowercased()) { continue }
            if var run = person(parts, tokens: tokens, list: list, after: j) {
                if run.words.count == 1, parts.count == 1 {
                    let stops: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "|")]
                    run.addressed = (i == 0 || stops.contains(list[i - 1].mark)) && (j == list.count || stops.contains(list[j].mark))
                    run.called = run.addressed && i >= 2 && list[i - 1].mark == UInt8(ascii: ",") && list[i - 2].isWord
                        && PeopleFinder.calls.contains(word(tokens, list[i - 2]).lowercased())
                }
                found.append(run)
            }
        }
        return found
    }

    /// One word of a run: as written, folded once, and its first and last token.
    struct Part { var text: String, lower: String, first: Int, last: Int }

    /// The run as a possible person, titles and openers dropped from its front; nil when nothing
    /// of a name is left, or it names a thing.
    private func person(_ run: [Part], tokens: Tokens, list: [Tokens.Token], after end: Int) -> Found? {
        var parts = run[...]
        var titled = false
        // A title's word last in a run, after a given name, an initial or a title, is a surname
        // (`Martin Luther King`, `Mrs. Coretta Scott King`, `Dr. King`), not a title. After a
        // title alone it is a person only as the surname of one named in full (`Dr. King`, not
        // `Mr President`), so the title vouches for nothing.
        var surname = false, afterTitle = false
        // A title's word alone (`the King family`) may only be the surname of one named in full.
        let lone = parts.count == 1 && words.titles.contains(parts[parts.startIndex].lower)
        if lone { surname = true }
        if parts.count >= 2, let last = parts.last, words.titles.contains(last.lower) {
            let before = parts[parts.endIndex - 2]
            afterTitle = isTitle(before)
            // (`Vice President`: a modifier is no given name, though a list may hold it as one.)
            surname = (words.given.contains(before.text) && !words.modifiers.contains(before.lower)) || before.text.count == 1 || afterTitle
        }
        // `Massachusetts Governor Charlie Baker`, `Does President Biden`, `Senators Manchin`:
        // what stands before the last title qualifies it or opens the sentence.
        if let k = parts[..<(surname ? parts.endIndex - 1 : parts.endIndex)].lastIndex(where: isTitle) {
            // A plural names a thing when an English word follows (`Founders Hub`, `Governors Island`).
            if !words.titles.contains(parts[k].lower), parts[(k + 1)...].contains(where: { words.isCommon($0.lower) }) { return nil }
            parts = parts[(k + 1)...]
            titled = !(afterTitle && parts.count == 1)
        }
        while let first = parts.first, !(surname && parts.count == 1) {
            let lower = first.lower
            if words.titles.contains(lower) { titled = true } else if !words.modifiers.contains(lower) && !PeopleFinder.openers.contains(first.text) { break }
            parts.removeFirst()
        }
        while let last = parts.last, PeopleFinder.particles.contains(last.text) { parts.removeLast() }
        // `Envoy for Climate John Kerry`: an English word before a given name and a surname that is
        // none (not `Consumer Price Index`) is the end of what came before.
        if parts.count >= 3, !words.given.contains(parts[parts.startIndex].text), words.isCommon(parts[parts.startIndex].lower),
           words.given.contains(parts[parts.startIndex + 1].text), let surname = parts.last, !words.isCommon(surname.lower) {
            parts.removeFirst()
        }
        // `the Navalny Case`: the name before the noun stands on its own evidence.
        if parts.count >= 2, let last = parts.last, words.nouns.contains(last.lower) { parts.removeLast() }
        var vouched = false, possessive = false
        guard let first = parts.first, let last = parts.last else { return nil }
        var names = parts.map(\.text)
        // `MrPrigozhin`: a title run into the name by a lost space.
        var skipped = 0
        if let glued = PeopleFinder.gluedTitles.first(where: { first.text.hasPrefix($0) }), first.text.utf8.count > glued.utf8.count + 2,
           first.text.unicodeScalars.dropFirst(glued.count).first?.properties.isUppercase == true {
            names[0] = String(first.text.dropFirst(glued.count))
            skipped = glued.count
            titled = true
        }
        let initials = names.filter { $0.count == 1 }.count
        let givenFirst = words.given.contains(names[0])
        guard names.count <= 3 + initials, initials < names.count,
              !words.heads.contains(last.lower),
              parts.allSatisfy({ part in
                  (!words.titles.contains(part.lower) || (surname && part.first == last.first))
                      && (!PeopleFinder.openers.contains(part.text) || (givenFirst && part.text != names[0] && PeopleFinder.months.contains(part.text)))
              })
        else { return nil }
        // What follows: `Hitler's`, `Navalny said`, `Obama administration`.
        if end < list.count {
            let next = list[end]
            if next.mark == UInt8(ascii: "'"), adjacent(list[last.last], next) {
                // `Hitler's`, `Soros'`; not `Isn't`, `Jake'll`, nor a quoted word (`your ‘Def’`).
                let after = end + 1 < list.count && adjacent(next, list[end + 1]) && list[end + 1].isWord ? word(tokens, list[end + 1]) : nil
                let quoted = first.first > 0 && list[first.first - 1].mark == UInt8(ascii: "'") && adjacent(list[first.first - 1], list[first.first])
                vouched = (after == nil && !quoted) || after == "s" || after == "S"
                possessive = vouched
            } else if next.isWord, !next.isCapitalised {
                // `Navalny said`; `the Obama administration` (but not `the entire Chechen campaign`).
                let following = word(tokens, next)
                // (`the ‘Skripal case’`: an opening quote may stand between.)
                var before = first.first - 1
                if before > 0, list[before].mark == UInt8(ascii: "'") { before -= 1 }
                let the = before >= 0 && list[before].isWord && word(tokens, list[before]).lowercased() == "the"
                if words.verbs.contains(following) || (the && words.nouns.contains(following)) { vouched = true }
            }
        }
        var found = Found(words: names, range: list[first.first].scalarStart + skipped..<list[last.last].scalarEnd, titled: titled, vouched: vouched,
                          key: PeopleIndex.key(names))
        found.possessive = possessive
        found.onlySurname = lone
        found.opensSentence = first.first == 0 || [UInt8(ascii: "."), UInt8(ascii: "|")].contains(list[first.first - 1].mark)
        // `the newspaper Golos Chitatelya`, `the film Oppenheimer`: the name of the thing just named.
        if first.first >= 1, list[first.first - 1].isWord, PeopleFinder.thingNouns.contains(word(tokens, list[first.first - 1])) { return nil }
        if first.first >= 1, list[first.first - 1].isWord { found.located = PeopleFinder.locating.contains(word(tokens, list[first.first - 1])) }
        if first.first >= 2, list[first.first - 1].isWord, list[first.first - 2].isWord, word(tokens, list[first.first - 1]) == "of" {
            found.placed = PeopleFinder.placeNouns.contains(word(tokens, list[first.first - 2]))
        }
        return found
    }

    /// A title, or a title's plural (`Senators Manchin and Sinema`; not `Press`, whose `pres`
    /// is a title's short form).
    private func isTitle(_ part: Part) -> Bool {
        let lower = part.lower
        return words.titles.contains(lower)
            || (lower.count > 4 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && words.titles.contains(String(lower.dropLast())))
    }

    /// `al-Assad`: a lower-case particle joined by a hyphen to a capitalised word.
    private func joinsByHyphen(_ tokens: Tokens, _ i: Int) -> Bool {
        let list = tokens.list
        return i + 2 < list.count && list[i + 1].mark == UInt8(ascii: "-") && list[i + 2].isCapitalised
            && adjacent(list[i], list[i + 1]) && PeopleFinder.particles.contains(word(tokens, list[i]))
    }

    private func adjacent(_ a: Tokens.Token, _ b: Tokens.Token) -> Bool { a.end == b.start }

    /// Whether each token starts inside one of `claims` (sorted here by start; the two
    /// matchers' mentions may overlap): one pass over both, tokens being in text order.
    static func mark(_ list: [Tokens.Token], inside claims: inout [PackedMention], into claimed: inout [Bool]) {
        claims.sort { $0.start < $1.start }
        claimed.removeAll(keepingCapacity: true)
        var next = 0, reach = Int.min   // the furthest end of the claims starting at or before a token
        for token in list {
            let start = token.scalarStart
            while next < claims.count && Int(claims[next].start) <= start {
                reach = max(reach, Int(claims[next].end))
                next += 1
            }
            claimed.append(start < reach)
        }
    }

    private func word(_ tokens: Tokens, _ t: Tokens.Token) -> String {
        String(decoding: tokens.bytes[t.start..<t.end], as: UTF8.self)
    }

    /// Words before the comma that calls on someone by name (`Go ahead, Rob.`, `Thank you, Mike.`).
    static let calls: Set<String> = ["ahead", "thanks", "you", "hey", "hi", "hello", "morning", "afternoon", "evening", "yes", "yeah", "okay"]
    /// Nouns that, with `of`, say the name after them is a place (`the town of Tiksi`).
    static let placeNouns: Set<String> = ["town", "city", "village", "port", "region", "province", "district", "republic",
                                          "island", "capital", "settlement", "suburb", "county", "river", "lake", "valley", "oblast"]
    /// Prepositions that put what follows as a place or a thing (`built on Ethereum`, `at Cato`,
    /// `the rise of Compaq`), though a person may follow them too (`the death of Navalny`).
    static let locating: Set<String> = ["in", "on", "at", "into", "onto", "inside", "of"]
    /// Nouns of things that a name may follow as their own (`the newspaper Golos Chitatelya`).
    static let thingNouns: Set<String> = ["newspaper", "magazine", "journal", "channel", "station", "network", "company", "firm",
                                          "brand", "band", "film", "movie", "book", "novel", "album", "song", "ship", "vessel", "app",
                                          "website", "programme", "program", "show", "series", "restaurant", "hotel", "operation"]
    /// Titles that a lost space can glue to the name after them (`MrPrigozhin`).
    static let gluedTitles = ["Mrs", "Mr", "Ms", "Dr"]
    static let particles: Set<String> = ["de", "da", "di", "van", "von", "der", "al", "bin", "la", "le", "du", "dos", "el", "ibn"]
    /// Short titles written with a dot that the title list spells without one.
    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Jr", "Sr"]
    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    /// Capitalised words that open sentences or name things, never a person's: dropped from a
    /// run's front, and a run holding one elsewhere is not a name.
    static let openers: Set<String> = Set<String>([
        "The", "A", "An", "In", "On", "At", "As", "If", "But", "And", "Or", "So", "We", "I", "It", "They", "He", "She", "You",
        "This", "That", "These", "Those", "There", "Here", "When", "What", "Why", "How", "Who", "Which", "While", "With",
        "Without", "For", "From", "By", "Of", "To", "Our", "Their", "His", "Her", "My", "Your", "Its", "Yes", "No", "Not",
        "Yesterday", "Today", "Tomorrow", "Now", "Then", "Also", "However", "Moreover", "Although", "Unfortunately",
        "Speaking", "Regarding", "According", "After", "Before", "During", "Since", "Until", "Many", "Most", "Some", "All",
        "Both", "Each", "Every", "Other", "Another", "Such", "Let", "Please", "Thank", "Thanks", "Well", "Even", "Only",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sputnik", "God",
        "Republicans", "Democrats", "Republican", "Democratic", "Western", "West", "East", "Europe", "European", "Asia",
        "Africa", "African", "Arab", "Cold", "War", "World", "Internet", "Ministry", "Office", "Council", "Committee",
        "Mission", "Army", "Government", "Parliament", "Treaty", "Convention", "Centre", "Center", "Press", "House", "Court",
        "Union", "Nations", "United", "National", "International", "Federation", "Republic", "Kingdom", "Photo", "File",
        "News", "Commons", "Creative", "Attribution", "License", "Post", "Read", "About", "Affairs", "States", "Community",
        "Cooperation", "Economic", "Gulf", "Sea", "Ocean", "River", "Street", "Square", "Palace", "Hospital", "Complex",
        "Conference", "Summit", "Forum", "Agreement", "Accord", "Troika", "Format", "Process", "Charter", "Act", "Assembly",
        "Constitutional", "Support", "Security", "Foundation", "Institute", "University", "Agency", "Service", "Services",
        "Department", "Prosecutor", "Red", "Ministries", "Radio", "Nazi", "Baltic", "Euro", "Atlantic", "Middle", "Persian", "Civil", "Society",
        "Revisionism", "Historical", "Election", "Case", "Talks", "Exclusive", "Sprache", "Deiner", "Lisez", "Lealo",
        "Trotkyism", "Marxian", "Weapons", "Chemical", "Dialogue", "Dialogues", "Development", "Bank", "Fund", "Group",
        "Hey", "Hi", "Hello", "Okay", "OK", "Sure", "Right", "Oh", "Ah", "Yeah", "Dear", "Q", "Good", "Goodbye", "Welcome",
        // Questions and lists open with these (`Did Kowalczyk say`, `Neither Gina nor I`); not `Will`, `May`, `Can`.
        "Does", "Did", "Do", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Should", "Would", "Could", "Shall", "Must",
        "Neither", "Either", "Nor", "Whether", "Where", "Whose",
    ]).union(months)
}
